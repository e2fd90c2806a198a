import type { MapLayer } from '$lib/components/map';
import type { LatLng } from '$lib/domain/boef/geo';
import { t } from '$lib/i18n/t';

/**
 * The two markers every report map draws on top: the phone's own position (once known) and the
 * place chosen for the report. Last in the list, so they lie above homes, reports and clues.
 */
export function pickLayers(me: LatLng | null, place: LatLng | null, placeLabel: string): MapLayer[] {
	const out: MapLayer[] = [];
	if (me) out.push({ kind: 'marker', id: 'me', position: me, style: 'me', label: t('map.style.me') });
	if (place) out.push({ kind: 'marker', id: 'place', position: place, style: 'vertex', label: placeLabel });
	return out;
}
