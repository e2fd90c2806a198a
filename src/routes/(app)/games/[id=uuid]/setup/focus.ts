import { tick } from 'svelte';

/** Moves keyboard focus to the first of these elements that exists, once the DOM has caught up. */
export async function focusById(...ids: string[]): Promise<void> {
	await tick();
	for (const id of ids) {
		const el = document.getElementById(id);
		if (el && !(el as HTMLButtonElement).disabled) {
			el.focus();
			return;
		}
	}
}
