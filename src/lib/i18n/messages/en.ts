import type { Catalogue } from '../catalogue';
import { authoring } from './en/authoring';
import { core } from './en/core';
import { play } from './en/play';
import { map } from './en/map';
import { signalement } from './en/signalement';
import { game } from './en/game';
import { gameSetup } from './en/game-setup';
import { gamePhone } from './en/game-phone';
import { gameDashboard } from './en/game-dashboard';
import { boefPhone } from './en/boef-phone';
import { boefLink } from './en/boef-link';
import { burglary } from './en/burglary';
import { burglaryAdmin } from './en/burglary-admin';
import { burglaryOutcome } from './en/burglary-outcome';
import { burglaryLive } from './en/burglary-live';
import { burglaryPhone } from './en/burglary-phone';
import { securityData } from './en/security-data';
import { securityGuess } from './en/security-guess';

export const en: Catalogue = {
	...core,
	...authoring,
	...play,
	...map,
	...signalement,
	...game,
	...gameSetup,
	...gamePhone,
	...gameDashboard,
	...boefPhone,
	...boefLink,
	...burglary,
	...burglaryAdmin,
	...burglaryOutcome,
	...burglaryLive,
	...burglaryPhone,
	...securityData,
	...securityGuess
};
