import { SvelteSet } from 'svelte/reactivity';
import type { QuestionType, Workshop } from '$lib/domain/workshop';
import type { IssueView } from '../issues';
import { blankInfo, blankQuestion, moveItem, newId } from './slides';

/**
 * The editor's state: the workshop being edited, which slides are open, what the last save
 * said. Components change `workshop` directly (bind:value) or through these methods; the
 * whole document is posted on save and checked by the server.
 */
export class WorkshopEditor {
	workshop: Workshop = $state({ title: '', description: '', slides: [] });
	/** When the server last saved it; sent back so a colleague's save in between is noticed. */
	updatedAt = $state('');
	/** Ids of the slides whose fields are shown. */
	readonly open = new SvelteSet<string>();
	issues: IssueView[] = $state([]);
	saving = $state(false);
	/** Text for the polite live region: what a move, addition or removal did. */
	announcement = $state('');

	#saved = $state('');
	readonly json = $derived(JSON.stringify(this.workshop));
	readonly dirty = $derived(this.json !== this.#saved);

	constructor(workshop: Workshop, updatedAt: string) {
		this.workshop = structuredClone(workshop);
		this.updatedAt = updatedAt;
		this.#saved = JSON.stringify(this.workshop);
	}

	markSaved(savedJson: string, updatedAt: string) {
		this.#saved = savedJson;
		this.updatedAt = updatedAt;
		this.issues = [];
	}

	/** Shows the server's problems and opens every slide that has one. */
	showIssues(issues: IssueView[]) {
		this.issues = issues;
		for (const issue of issues) if (issue.slideId) this.open.add(issue.slideId);
	}

	issuesAt(target: string): IssueView[] {
		return this.issues.filter((i) => i.target === target);
	}

	toggle(slideId: string) {
		if (this.open.has(slideId)) this.open.delete(slideId);
		else this.open.add(slideId);
	}

	#freshId() {
		return newId(this.workshop.slides.map((s) => s.id));
	}

	/** Adds a slide at the end, opened; returns its id. */
	add(kind: 'info' | QuestionType): string {
		const id = this.#freshId();
		this.workshop.slides.push(kind === 'info' ? blankInfo(id) : blankQuestion(id, kind));
		this.open.add(id);
		return id;
	}

	remove(index: number) {
		const [gone] = this.workshop.slides.splice(index, 1);
		if (gone) this.open.delete(gone.id);
	}

	/** Moves a slide one place; returns its new index. */
	move(index: number, delta: -1 | 1): number {
		return moveItem(this.workshop.slides, index, delta);
	}
}
