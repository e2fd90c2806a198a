/**
 * Hostile payloads for the fuzz suites: every way a phone, a broken client or an attacker can
 * bend a valid payload. `mutations(valid)` replaces one node at a time (every field, every
 * nested object, array and array element) with each hostile value, and adds whole-payload cases.
 * Each case is named by its path and kind, so a failure list reads as "game:report behaviour nul".
 */

/** Above the socket frame limit (attach.ts MAX_PAYLOAD_BYTES, 64 kB): socket.io closes the connection. */
export const MEGABYTE = 'x'.repeat(1024 * 1024);
/** Just under the socket frame limit: reaches the handler, must be refused or cut by the schema. */
export const LARGE = 'x'.repeat(60_000);
/** Deep enough to overflow a naive recursive walker; still small as JSON (20 kB / 60 kB). */
export const DEPTH = 10_000;

/**
 * A 10,000-deep value stands in the payload as a marker string, because JSON.stringify and
 * structuredClone in the test process recurse and overflow on it; `toWire` puts the JSON text
 * in its place (the server's JSON.parse is not recursive and reads it fine).
 */
const DEEP_ARRAY_MARK = '\u2063deep-array\u2063';
const DEEP_OBJECT_MARK = '\u2063deep-object\u2063';

export function deepArray(): unknown {
	return DEEP_ARRAY_MARK;
}

export function deepObject(): unknown {
	return DEEP_OBJECT_MARK;
}

export const DEEP_ARRAY_JSON = '['.repeat(DEPTH) + ']'.repeat(DEPTH);
export const DEEP_OBJECT_JSON = '{"a":'.repeat(DEPTH) + '{}' + '}'.repeat(DEPTH);

/** JSON text of a payload, with the deep markers replaced by the deep values themselves. */
export function toWire(value: unknown): string {
	return JSON.stringify(value)
		.replaceAll(JSON.stringify(DEEP_ARRAY_MARK), DEEP_ARRAY_JSON)
		.replaceAll(JSON.stringify(DEEP_OBJECT_MARK), DEEP_OBJECT_JSON);
}

export type HostileKind =
	| 'nul'
	| 'lone-high-surrogate'
	| 'lone-low-surrogate'
	| 'large-60kB'
	| 'megabyte'
	| 'deep-array'
	| 'deep-object'
	| 'number'
	| 'huge'
	| 'negative-huge'
	| 'string'
	| 'array'
	| 'object'
	| 'null'
	| 'boolean'
	| 'missing'
	| 'extra-key'
	| 'proto-key'
	| 'other-org';

/** Kinds that keep a string a string: a free-text field may accept them after cleaning. */
export const TEXT_KINDS: readonly HostileKind[] = ['nul', 'lone-high-surrogate', 'lone-low-surrogate'];

export interface HostileCase {
	/** "behaviour", "signalement.person.clothing.0.part", or "(payload)". */
	path: string;
	kind: HostileKind;
	payload: unknown;
}

type Json = unknown;

/** The hostile replacements of one node (its current value decides the string variants). */
function replacements(current: Json): { kind: HostileKind; value: Json }[] {
	const s = typeof current === 'string' ? current : 'x';
	const out: { kind: HostileKind; value: Json }[] = [
		{ kind: 'nul', value: `${s}\u0000` },
		{ kind: 'lone-high-surrogate', value: `${s}\uD83D` },
		{ kind: 'lone-low-surrogate', value: `\uDE00${s}` },
		{ kind: 'large-60kB', value: LARGE },
		{ kind: 'deep-array', value: deepArray() },
		{ kind: 'deep-object', value: deepObject() },
		{ kind: 'huge', value: 1e308 },
		{ kind: 'negative-huge', value: -1e308 },
		{ kind: 'array', value: [] },
		{ kind: 'object', value: {} },
		{ kind: 'null', value: null }
	];
	// A number where a number belongs, or a boolean where one belongs, is no wrong type.
	if (typeof current !== 'number') out.push({ kind: 'number', value: 42 });
	if (typeof current !== 'boolean') out.push({ kind: 'boolean', value: true });
	if (typeof current !== 'string') out.push({ kind: 'string', value: 'x' });
	// Replacing a value by itself (null by null, [] by []) proves nothing.
	return out.filter((r) => JSON.stringify(r.value) !== JSON.stringify(current));
}

function clone<T>(v: T): T {
	return structuredClone(v);
}

/** Every node below the root: [path segments, value]. */
function nodes(value: Json, prefix: (string | number)[] = []): [(string | number)[], Json][] {
	const out: [(string | number)[], Json][] = [];
	if (Array.isArray(value)) {
		value.forEach((v, i) => {
			out.push([[...prefix, i], v]);
			out.push(...nodes(v, [...prefix, i]));
		});
	} else if (value && typeof value === 'object') {
		for (const [k, v] of Object.entries(value)) {
			out.push([[...prefix, k], v]);
			out.push(...nodes(v, [...prefix, k]));
		}
	}
	return out;
}

function setAt(root: Json, path: (string | number)[], value: Json | typeof REMOVE): Json {
	const copy = clone(root) as Record<string | number, Json>;
	let parent = copy;
	for (const seg of path.slice(0, -1)) parent = parent[seg] as Record<string | number, Json>;
	const last = path.at(-1)!;
	if (value === REMOVE) {
		if (Array.isArray(parent)) parent.splice(last as number, 1);
		else delete parent[last];
	} else parent[last] = value;
	return copy;
}
const REMOVE = Symbol('remove');

/** Objects of the payload (root included) that get an extra key. */
function objectPaths(value: Json, prefix: (string | number)[] = []): (string | number)[][] {
	if (!value || typeof value !== 'object') return [];
	const own = Array.isArray(value) ? [] : [prefix];
	const children = Array.isArray(value)
		? value.flatMap((v, i) => objectPaths(v, [...prefix, i]))
		: Object.entries(value).flatMap(([k, v]) => objectPaths(v, [...prefix, k]));
	return [...own, ...children];
}

/**
 * The hostile cases of one event. `valid` makes a fresh valid payload per case (fresh ids, so a
 * case is never answered from an earlier one); `otherOrg` names fields whose valid value may be
 * swapped for another organisation's id.
 */
export function mutations(valid: () => Json, otherOrg: Record<string, Json> = {}): HostileCase[] {
	const cases: HostileCase[] = [];
	const template = valid();
	for (const [path, current] of nodes(template)) {
		const name = path.join('.');
		for (const { kind, value } of replacements(current))
			cases.push({ path: name, kind, payload: setAt(valid(), path, value) });
		cases.push({ path: name, kind: 'missing', payload: setAt(valid(), path, REMOVE) });
	}
	for (const path of objectPaths(template)) {
		const extra = setAt(valid(), [...path, 'extra'], 'x');
		cases.push({ path: path.length ? path.join('.') : '(payload)', kind: 'extra-key', payload: extra });
	}
	// An own "__proto__" key, as JSON.parse makes it on the server: must not pollute or pass.
	const proto = clone(valid()) as Record<string, Json>;
	if (proto && typeof proto === 'object' && !Array.isArray(proto))
		Object.defineProperty(proto, '__proto__', { value: { admin: true }, enumerable: true });
	cases.push({ path: '(payload)', kind: 'proto-key', payload: proto });
	for (const [field, value] of Object.entries(otherOrg))
		cases.push({ path: field, kind: 'other-org', payload: setAt(valid(), field.split('.'), value) });
	// Whole payloads of the wrong shape.
	for (const [kind, payload] of [
		['string', 'x'],
		['number', 42],
		['null', null],
		['boolean', false],
		['array', [template]],
		['deep-array', deepArray()],
		['deep-object', deepObject()],
		['nul', '\u0000'],
		['lone-high-surrogate', '\uD800']
	] as [HostileKind, Json][])
		cases.push({ path: '(payload)', kind, payload });
	cases.push({ path: '(payload)', kind: 'missing', payload: undefined });
	// One megabyte per event: socket.io refuses the frame before any handler sees it, so the
	// field it sits in does not matter; the 60 kB variant above goes into every field.
	const firstString = nodes(template).find(([, v]) => typeof v === 'string');
	cases.push({
		path: firstString ? firstString[0].join('.') : '(payload)',
		kind: 'megabyte',
		payload: firstString ? setAt(valid(), firstString[0], MEGABYTE) : MEGABYTE
	});
	return cases;
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Whether a value the server sent back holds a NUL or a lone surrogate anywhere. */
export function holdsUnstorable(value: unknown): boolean {
	if (typeof value === 'string') return value.includes('\u0000') || LONE_SURROGATE.test(value);
	if (Array.isArray(value)) return value.some(holdsUnstorable);
	if (value && typeof value === 'object') return Object.values(value).some(holdsUnstorable);
	return false;
}

/** A short description of a value for failure lists (never megabytes of it). */
export function brief(value: unknown): string {
	const s = JSON.stringify(value) ?? String(value);
	return s.length > 160 ? `${s.slice(0, 160)}…` : s;
}
