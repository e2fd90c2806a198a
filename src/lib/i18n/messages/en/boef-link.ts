import type { boefLink as nl } from '../nl/boef-link';

/** English messages of a new boef link. */
export const boefLink: Record<keyof typeof nl, string> = {
	'boefLink.newTitle': 'New boef link for {boef}',
	'boefLink.url': 'Link',
	'boefLink.copy': 'Copy',
	'boefLink.copied': 'Copied.',
	'boefLink.copyFailed': 'Copying failed. The link is selected: copy it with Ctrl+C.',
	'boefLink.qr': 'QR code of the boef link for {boef}'
};
