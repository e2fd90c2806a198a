import { defaultCluePlan, type BoefPlan } from '$lib/domain/boef/game';
import type { FieldError } from '$lib/form-types';
import type { PlanIssueView } from './issues';
import {
	blankBoef,
	blankClue,
	nextBoefId,
	removeBoef,
	setRoundCount,
	type PlanDraft,
	type RouteDraft
} from './plan-draft';

/**
 * The set-up editor's state: the game's name and plan being edited and what the last save
 * said. Components change `plan` directly or through these methods; the whole plan is posted
 * on save and checked by the server, which answers with problems per field.
 */
export class SetupEditor {
	title = $state('');
	plan: PlanDraft = $state({
		area: [],
		scheduledAt: null,
		schedule: { roundsMs: [] },
		radiiM: [],
		boeven: [],
		clues: []
	});
	issues: PlanIssueView[] = $state([]);
	saving = $state(false);
	/** Text for the polite live region: what an addition or removal did. */
	announcement = $state('');

	/** Routes put aside when a boef switches to live GPS, so switching back keeps the drawing. */
	#routes: Record<string, RouteDraft> = {};
	#saved = $state('');
	readonly planJson = $derived(JSON.stringify(this.plan));
	readonly dirty = $derived(`${this.title}\n${this.planJson}` !== this.#saved);

	constructor(title: string, plan: PlanDraft) {
		this.title = title;
		this.plan = plan;
		this.#saved = `${title}\n${JSON.stringify(plan)}`;
	}

	markSaved(title: string, planJson: string) {
		this.#saved = `${title}\n${planJson}`;
		this.issues = [];
	}

	/** The problems shown at one place (see PlanIssueView.slot). */
	at(slot: string): PlanIssueView[] {
		return this.issues.filter((i) => i.slot === slot);
	}

	/** Problems inside a boef's signalement, by path, as SignalementFields shows them. */
	signalementErrors(boefId: string): Record<string, FieldError> {
		const errors: Record<string, FieldError> = {};
		for (const i of this.at(`boef:${boefId}:signalement`))
			if (i.signalementPath !== undefined) errors[i.signalementPath] ??= { key: i.key, params: i.params };
		return errors;
	}

	/** Adds a boef who starts with the game, on live GPS; returns his id. */
	addBoef(name: (number: number) => string): string {
		const id = nextBoefId(this.plan.boeven);
		this.plan.boeven.push(blankBoef(id, name(this.plan.boeven.length + 1)));
		return id;
	}

	/** Removes a boef and his clues; returns how many clues went with him. */
	removeBoef(boefId: string): number {
		delete this.#routes[boefId];
		return removeBoef(this.plan, boefId);
	}

	setMovement(boefId: string, kind: 'gps' | 'route') {
		const boef = this.plan.boeven.find((b) => b.id === boefId);
		if (!boef || boef.movement.kind === kind) return;
		if (boef.movement.kind === 'route') this.#routes[boefId] = $state.snapshot(boef.movement.route);
		boef.movement = kind === 'gps' ? { kind } : { kind, route: this.#routes[boefId] ?? { waypoints: [] } };
	}

	setRoundCount(count: number) {
		setRoundCount(this.plan, count);
	}

	/** Adds a clue at the start of a round; returns its id. */
	addClue(round: number): string {
		const clue = blankClue(this.plan, round);
		this.plan.clues.push(clue);
		return clue.id;
	}

	removeClue(clueId: string) {
		this.plan.clues = this.plan.clues.filter((c) => c.id !== clueId);
	}

	/** Replaces every clue by the default plan: each round a circle and more of each boef's description. */
	defaultClues() {
		// defaultCluePlan reads only the boeven's ids and entry, which a draft has as a plan does.
		this.plan.clues = defaultCluePlan(this.plan.boeven as unknown as BoefPlan[], this.plan.schedule);
	}
}
