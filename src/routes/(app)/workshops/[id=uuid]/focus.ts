import { tick } from 'svelte';

/** Moves keyboard focus to an element once the DOM has caught up with the state. */
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
