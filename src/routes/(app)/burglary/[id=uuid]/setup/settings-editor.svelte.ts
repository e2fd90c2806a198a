import type { CampaignSettings } from '$lib/domain/burglary/campaign';
import { issuesAt, type PlacedIssue } from './settings-issues';
import {
	addBoef,
	removeBoef,
	setMovement,
	toDraft,
	type RouteDraft,
	type SettingsDraft
} from './settings-draft';

/**
 * The set-up form's state: the campaign's name and settings being edited and the problems
 * the last save reported. Components bind to `title` and `draft` directly; the whole draft is
 * posted as JSON and checked by the server, which answers per field.
 */
export class SettingsEditor {
	title = $state('');
	draft: SettingsDraft = $state(toDraft({} as CampaignSettings));
	issues: PlacedIssue[] = $state([]);
	saving = $state(false);
	/** Polite live-region text: what adding or removing a boef did. */
	announcement = $state('');
	readonly json = $derived(JSON.stringify(this.draft));

	/** Routes put aside while a boef is on live GPS. */
	#stash: Record<string, RouteDraft> = {};
	#saved = $state('');
	readonly dirty = $derived(`${this.title}\n${this.json}` !== this.#saved);

	constructor(title: string, draft: SettingsDraft, issues: PlacedIssue[] = [], saved?: string) {
		this.title = title;
		this.draft = draft;
		this.issues = issues;
		this.#saved = saved ?? `${title}\n${JSON.stringify(draft)}`;
	}

	at(slot: string): PlacedIssue[] {
		return issuesAt(this.issues, slot);
	}

	markSaved(title: string, json: string) {
		this.#saved = `${title}\n${json}`;
		this.issues = [];
	}

	addBoef(name: string): string | null {
		return addBoef(this.draft, name);
	}

	removeBoef(boefId: string) {
		delete this.#stash[boefId];
		removeBoef(this.draft, boefId);
	}

	setMovement(boefId: string, kind: 'gps' | 'route') {
		const boef = this.draft.boeven.find((b) => b.id === boefId);
		if (boef) setMovement(boef, kind, this.#stash);
	}
}
