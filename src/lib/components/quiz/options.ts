/**
 * Answer options are told apart by shape and label as well as colour, so colour-blind
 * players can use them. Each colour has ≥ 4.5:1 contrast with its text colour.
 */
export const OPTION_STYLES = [
	{ shape: 'triangle', background: '#b3261e', color: '#ffffff' },
	{ shape: 'diamond', background: '#1c5fb8', color: '#ffffff' },
	{ shape: 'circle', background: '#f2c230', color: '#1a1a1a' },
	{ shape: 'square', background: '#1e7b34', color: '#ffffff' },
	{ shape: 'star', background: '#6a3fa0', color: '#ffffff' },
	{ shape: 'hexagon', background: '#0f6e6e', color: '#ffffff' }
] as const;

export type ShapeName = (typeof OPTION_STYLES)[number]['shape'];

export function optionStyle(index: number) {
	return OPTION_STYLES[index % OPTION_STYLES.length]!;
}
