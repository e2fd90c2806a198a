import type { MessageKey } from '$lib/i18n';

/** True/false options carry ids, not text: their labels come from the catalogue. */
export function optionText(
	t: (key: MessageKey) => string,
	type: string,
	option: { id: string; text: string }
): string {
	if (type !== 'truefalse') return option.text;
	return option.id === 'true' ? t('phone.true') : t('phone.false');
}
