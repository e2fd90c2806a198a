import type { map as nl } from '../nl/map';

export const map: Record<keyof typeof nl, string> = {
	'map.legend': 'Legend',
	'map.zoomIn': 'Zoom in',
	'map.zoomOut': 'Zoom out',
	'map.tilesUnavailable': 'Background map unavailable. The map still works.',
	'map.style.area': 'Play area',
	'map.style.area-draft': 'Play area (draft)',
	'map.style.clue': 'Clue (area)',
	'map.style.clue-old': 'Earlier clue',
	'map.style.track': 'Route walked',
	'map.style.route': 'Route',
	'map.style.route-draft': 'Route (draft)',
	'map.style.report': 'Report',
	'map.style.report-matched': 'Report that matches',
	'map.style.report-waiting': 'Report, not yet assessed',
	'map.style.boef': 'Boef',
	'map.style.boef-caught': 'Boef caught',
	'map.style.me': 'Your position',
	'map.style.find': 'Boef found',
	'map.style.vertex': 'Point'
};
