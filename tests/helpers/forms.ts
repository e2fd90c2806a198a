import fs from 'node:fs';
import path from 'node:path';
import type { LaunchedServer } from './server';
import { DEEP_ARRAY_JSON, DEEP_OBJECT_JSON, MEGABYTE } from './hostile';

/**
 * Form actions under fire: posts a form the way SvelteKit's enhanced forms do (the result
 * comes back as JSON), with field values that may be raw bytes, so a body can carry invalid
 * UTF-8 (a CESU-8 lone surrogate, 0xFF) that no JavaScript string can hold.
 */

export type RawValue = string | Buffer;
export type FormBody = [name: string, value: RawValue][];

export interface ActionResult {
	status: number;
	/** SvelteKit's action result type, or 'non-json' (e.g. a 413 from the body limit). */
	type: string;
	text: string;
}

const enc = (v: RawValue) =>
	Buffer.isBuffer(v) ? v : Buffer.from(new URLSearchParams({ v }).toString().slice(2), 'latin1');

/** An urlencoded body; Buffer values go in as they are (already percent-encoded or raw bytes). */
export function encodeForm(fields: FormBody): Buffer {
	const parts = fields.map(([k, v]) => Buffer.concat([enc(k), Buffer.from('='), enc(v)]));
	return Buffer.concat(parts.flatMap((p, i) => (i ? [Buffer.from('&'), p] : [p])));
}

export async function postAction(
	server: LaunchedServer,
	pathname: string,
	body: Buffer | FormData,
	cookie?: string,
	contentType = 'application/x-www-form-urlencoded'
): Promise<ActionResult> {
	const res = await fetch(`${server.url}${pathname}`, {
		method: 'POST',
		redirect: 'manual',
		headers: {
			origin: server.url,
			accept: 'application/json',
			'x-sveltekit-action': 'true',
			...(body instanceof FormData ? {} : { 'content-type': contentType }),
			...(cookie ? { cookie } : {})
		},
		body: body instanceof FormData ? body : new Uint8Array(body)
	});
	const text = await res.text();
	let type = 'non-json';
	try {
		type = String((JSON.parse(text) as { type?: unknown }).type ?? 'non-json');
	} catch {
		// not JSON: a page, or a plain-text refusal
	}
	return { status: res.status, type, text: text.slice(0, 300) };
}

export type FormKind =
	| 'nul'
	| 'cesu-percent'
	| 'raw-invalid-utf8'
	| 'percent-garbage'
	| 'megabyte'
	| 'missing'
	| 'repeated'
	| 'non-uuid'
	| 'other-org'
	| 'json-malformed'
	| 'json-deep-array'
	| 'json-deep-object'
	| 'json-wrong-type'
	| 'json-proto';

export interface FormCase {
	field: string;
	kind: FormKind;
	body: FormBody;
}

/** The hostile values of one field: NUL, both spellings of a lone surrogate, a megabyte. */
function values(v: string, json: boolean, id: boolean): [FormKind, RawValue][] {
	const out: [FormKind, RawValue][] = [
		['nul', `${v}\u0000`],
		// "%ED%A0%BD": the CESU-8 bytes of a lone high surrogate, percent-encoded; then raw.
		['cesu-percent', Buffer.concat([enc(v), Buffer.from('%ED%A0%BD')])],
		['raw-invalid-utf8', Buffer.concat([enc(v), Buffer.from([0xed, 0xa0, 0xbd, 0xff])])],
		['percent-garbage', Buffer.concat([enc(v), Buffer.from('%zz%')])],
		['megabyte', MEGABYTE]
	];
	if (id) out.push(['non-uuid', 'not-a-uuid'], ['non-uuid', '../../etc/passwd']);
	if (json)
		out.push(
			['json-malformed', '{"title": '],
			['json-deep-array', DEEP_ARRAY_JSON],
			['json-deep-object', DEEP_OBJECT_JSON],
			['json-wrong-type', '"x"'],
			['json-wrong-type', 'null'],
			['json-wrong-type', '[]'],
			['json-proto', '{"__proto__": {"admin": true}, "constructor": {"prototype": {"admin": true}}}']
		);
	return out;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Every field of a valid form bent one at a time, plus another organisation's ids. */
export function formCases(
	valid: Record<string, string>,
	{ json = [], otherOrg = {} }: { json?: string[]; otherOrg?: Record<string, string> } = {}
): FormCase[] {
	const base = Object.entries(valid);
	const cases: FormCase[] = [];
	for (const [field, v] of base) {
		const others = base.filter(([k]) => k !== field);
		for (const [kind, value] of values(v, json.includes(field), UUID.test(v)))
			cases.push({ field, kind, body: [...others, [field, value]] });
		cases.push({ field, kind: 'missing', body: others });
		cases.push({ field, kind: 'repeated', body: [...base, [field, `${v} ${v}`]] });
	}
	for (const [field, value] of Object.entries(otherOrg))
		cases.push({
			field,
			kind: 'other-org',
			body: [...base.filter(([k]) => k !== field), [field, value]]
		});
	return cases;
}

/** The form actions the routes declare: "route?/name" ("default" for a default action). */
export function declaredActions(root = 'src/routes'): string[] {
	const out: string[] = [];
	const walk = (dir: string) => {
		for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
			const p = path.join(dir, e.name);
			if (e.isDirectory()) walk(p);
			else if (e.name === '+page.server.ts') {
				const src = fs.readFileSync(p, 'utf8');
				const start = src.indexOf('export const actions');
				if (start < 0) continue;
				const route = path.relative(root, dir).split(path.sep).join('/');
				for (const m of src.slice(start).matchAll(/^\t([a-zA-Z]+): (?:async )?\(/gm))
					out.push(`/${route}?/${m[1]}`);
			}
		}
	};
	walk(root);
	return out.sort();
}
