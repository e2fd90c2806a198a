/** The map wrapper: declarative layers in, Leaflet out. Import from '$lib/components/map'. */
export { default as LeafletMap } from './LeafletMap.svelte';
export { default as MapLegend } from './MapLegend.svelte';
export { default as PointsEditor } from './PointsEditor.svelte';
export type * from './layers';
export { MARKER_LOOKS, PATH_LOOKS } from './styles';
