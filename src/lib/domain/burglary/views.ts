/**
 * What each role receives about a campaign. The organiser's view holds the drawn homes'
 * addresses (every delivery of it is logged by the service); the boef's view holds only his
 * own target; a resident gets nothing about other households, the boef or the attempts.
 */
import type { LatLng } from '../boef/geo';
import type { Channel } from '../boef/report';
import type { QualityFlag } from '../boef/report-quality';
import type { Signalement } from '../boef/signalement';
import type { TrackPoint } from '../boef/track';
import type { BoefMovementPlan } from '../boef/game';
import type { CampaignPhase, CampaignSettings, Precondition, Preconditions } from './campaign';
import type { CallNumber, Outcome } from './outcome';
import type { PreventionChecklist } from './prevention';
import type { PublicOutcome } from './public-outcome';

export interface TargetAddress {
	registrationId: string;
	name: string;
	postcode: string;
	houseNumber: string;
	street: string | null;
	city: string | null;
	place: LatLng;
}

export interface HostBurglaryReport {
	id: string;
	attemptId: string | null;
	seenAtMs: number;
	reportedAtMs: number;
	receivedAtMs: number;
	behaviour: string;
	signalement: Signalement;
	channel: Channel;
	place: LatLng;
	flags: QualityFlag[];
}

export interface HostCall {
	id: string;
	number: CallNumber;
	atMs: number;
}

export interface HostAttempt {
	id: string;
	number: number;
	boefId: string;
	plannedDate: string;
	startedAtMs: number | null;
	endedAtMs: number | null;
	/** Null when the household withdrew after the draw (draw again before the start). */
	target: TargetAddress | null;
	prevention: PreventionChecklist;
	preventionBy: string | null;
	override: { stopped: boolean } | null;
	calls: HostCall[];
	/** Null before the start. */
	outcome: Outcome | null;
}

export interface HostDraw {
	date: string;
	atMs: number;
	eligible: number;
	excludedNoConsent: number;
	excludedAway: number;
	chosen: number;
}

export interface BurglaryHostView {
	id: string;
	title: string;
	joinCode: string;
	phase: CampaignPhase;
	settings: CampaignSettings;
	preconditions: Preconditions;
	missing: Precondition[];
	registrations: number;
	draw: HostDraw | null;
	attempts: HostAttempt[];
	/** Every report, newest last; `attemptId` null: outside any attempt. */
	reports: HostBurglaryReport[];
	/** The boeven's true positions during attempts (dashboards only). */
	tracks: Record<string, TrackPoint[]>;
	publicOutcome: PublicOutcome | null;
	publishedAtMs: number | null;
	deletionDueAtMs: number;
	personalDataDeletedAtMs: number | null;
	nowMs: number;
}

/** The boef's phone: his own attempt and nothing else. */
export interface BurglaryBoefView {
	game: 'houd_de_boef';
	title: string;
	boef: { id: string; name: string; movement: BoefMovementPlan['kind'] };
	attempt: {
		id: string;
		number: number;
		plannedDate: string;
		startedAtMs: number | null;
		endedAtMs: number | null;
		target: Omit<TargetAddress, 'registrationId'> | null;
		prevention: PreventionChecklist;
	} | null;
	/** His fixes are stored (only while his attempt runs). */
	sharing: boolean;
}

/** A household's own registration, on its personal page. */
export interface OwnRegistration {
	id: string;
	campaignTitle: string;
	joinCode: string;
	name: string;
	email: string;
	postcode: string;
	houseNumber: string;
	street: string | null;
	city: string | null;
	place: LatLng;
	awayDates: string[];
	consentAtMs: number;
	periodStart: string;
	periodEnd: string;
	/** When the data will be deleted at the latest, epoch ms. */
	deletionDueAtMs: number;
	/** The campaign is still open for reports and changes. */
	open: boolean;
	publicOutcome: PublicOutcome | null;
	area: LatLng[];
}

/** The public page of a campaign (registration form, later the anonymous outcome). */
export interface PublicCampaign {
	title: string;
	joinCode: string;
	phase: 'open' | 'published' | 'closed';
	periodStart: string;
	periodEnd: string;
	retentionDays: number;
	/** Latest deletion moment if registering now (period end + retention), epoch ms. */
	deletionDueAtMs: number;
	area: LatLng[];
	/** The address is looked up from postcode and number (else: a pin on the map). */
	geocoder: boolean;
	publicOutcome: PublicOutcome | null;
}
