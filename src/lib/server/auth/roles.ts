/** Account roles. Participants and the boef have no account; see realtime identity. */
export const ROLES = ['beheerder', 'organisator', 'presentator'] as const;
export type Role = (typeof ROLES)[number];

/**
 * What each role may do. Kept as data so that one table answers every permission
 * question in forms and socket handlers alike.
 */
const PERMISSIONS = {
	'accounts:manage': ['beheerder'],
	'outcomes:review': ['beheerder', 'organisator'],
	'sessions:host': ['beheerder', 'presentator'],
	'workshops:edit': ['beheerder', 'presentator']
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function can(role: Role, permission: Permission): boolean {
	return (PERMISSIONS[permission] as readonly Role[]).includes(role);
}

export function isRole(value: unknown): value is Role {
	return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
