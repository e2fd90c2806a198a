import type { PlayerClue } from '$lib/domain/boef/game-views';
import type { MessageKey, MessageParams } from '$lib/i18n';

type Translate = (key: MessageKey, params?: MessageParams) => string;

/** "21:07" in the page's language. */
export function timeOfDay(ms: number, locale: string): string {
	return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'nl-NL', {
		hour: '2-digit',
		minute: '2-digit'
	}).format(ms);
}

/** A clue's heading: the spelleider's own text, else a standard one about the boef or the game. */
export function clueTitle(clue: Pick<PlayerClue, 'text' | 'boefName'>, t: Translate): string {
	if (clue.text.trim()) return clue.text;
	return clue.boefName ? t('game.clue.defaultTitle', { boef: clue.boefName }) : t('game.clue.generalTitle');
}
