import { authoring } from './nl/authoring';
import { core } from './nl/core';
import { play } from './nl/play';
import { map } from './nl/map';
import { signalement } from './nl/signalement';
import { game } from './nl/game';
import { gameSetup } from './nl/game-setup';
import { gamePhone } from './nl/game-phone';
import { gameDashboard } from './nl/game-dashboard';
import { boefPhone } from './nl/boef-phone';
import { boefLink } from './nl/boef-link';
import { burglary } from './nl/burglary';
import { burglaryAdmin } from './nl/burglary-admin';
import { burglaryOutcome } from './nl/burglary-outcome';
import { burglaryLive } from './nl/burglary-live';
import { burglaryPhone } from './nl/burglary-phone';
import { securityData } from './nl/security-data';
import { securityGuess } from './nl/security-guess';

/**
 * Dutch, the default language. The keys of this catalogue define the MessageKey type: every
 * other language must have exactly the same keys (checked by the type system and a unit test).
 * Placeholders are {name}. One file per feature, so features can grow without colliding.
 */
export const nl = {
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
} as const;
