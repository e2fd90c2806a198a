import type { LatLng } from '$lib/domain/boef/geo';
import type { Channel } from '$lib/domain/boef/report';

/** What a game may say in its own words on the report form; each defaults to Boef in de Wijk's. */
export interface ReportFormTexts {
	title?: string;
	intro?: string;
	channelLegend?: string;
	/** Empty string: no intro line under the channel question. */
	channelIntro?: string;
	channelError?: string;
	/** The label (and optional hint) of each channel choice. */
	channels?: Partial<Record<Channel, { label: string; hint?: string }>>;
}

/** The reporter's own home as a one-tap place (Houd u de boef tegen?: a neighbour reports from home). */
export interface HomeChoice {
	at: LatLng;
	/** The button's text, e.g. "Bij mijn huis". */
	button: string;
	/** What the status line says once it is chosen. */
	chosen: string;
}
