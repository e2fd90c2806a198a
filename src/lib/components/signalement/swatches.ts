/**
 * Swatches shown beside colour names. Decoration only: the name is always written next to it,
 * so nobody needs to tell colours apart (WCAG 1.4.1).
 */
import type { Colour, HairColour } from '$lib/domain/boef/signalement';

export const COLOUR_SWATCHES: Record<Colour, string> = {
	zwart: '#1a1a1a',
	wit: '#ffffff',
	grijs: '#8a8f98',
	blauw: '#1f5fbf',
	rood: '#c62828',
	groen: '#2e7d32',
	geel: '#f5d20a',
	oranje: '#ef7d00',
	bruin: '#6d4c2f',
	beige: '#d9c7a3',
	roze: '#f49ac1',
	paars: '#6a3d9a',
	goud: 'linear-gradient(135deg, #a87a06, #f3d36b 50%, #a87a06)',
	zilver: 'linear-gradient(135deg, #8d949b, #eceff1 50%, #8d949b)',
	bont: 'conic-gradient(#c62828, #f5d20a, #2e7d32, #1f5fbf, #6a3d9a, #c62828)'
};

export const HAIR_SWATCHES: Record<HairColour, string> = {
	zwart: '#1a1a1a',
	bruin: '#5a3a22',
	blond: '#e3c16f',
	rood: '#b5542c',
	grijs: '#a3a3a3',
	wit: '#f4f4f4'
};
