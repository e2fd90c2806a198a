/**
 * CSV for reports that people open in a spreadsheet. RFC 4180 (quoted fields, doubled quotes,
 * CRLF line ends), with a UTF-8 byte order mark, because Excel reads a BOM-less file as
 * Windows-1252 and turns "Beëindigd" into "BeÃ«indigd". Text that a spreadsheet would run as
 * a formula is defused (OWASP "CSV injection"): participants type nicknames and open answers,
 * and a cell like =HYPERLINK(...) must stay text on the organiser's computer.
 */

/** A cell: text, a number (written as a number), or nothing (an empty cell). */
export type CsvCell = string | number | null | undefined;

export interface CsvOptions {
	/**
	 * Field separator. ',' is the RFC default; ';' is what Excel expects by default in
	 * Dutch regional settings (where ',' is the decimal separator).
	 */
	separator?: ',' | ';';
	/** Start with a UTF-8 byte order mark (default true). */
	bom?: boolean;
}

export const CSV_BOM = '\uFEFF';
export const CSV_EOL = '\r\n';

/** Characters that make Excel, LibreOffice and Google Sheets read a cell as a formula (OWASP). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One cell as CSV text. Text that could start a formula gets a leading apostrophe, which
 * spreadsheets show as plain text; numbers are written as numbers, so a real -5 stays a number.
 */
export function csvField(value: CsvCell, separator: ',' | ';' = ','): string {
	if (value === null || value === undefined) return '';
	if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
	const text = FORMULA_START.test(value) ? `'${value}` : value;
	const needsQuotes =
		text.includes(separator) || text.includes('"') || text.includes('\n') || text.includes('\r');
	return needsQuotes ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A whole file: every row ends with CRLF, the first is usually the header. */
export function toCsv(rows: readonly (readonly CsvCell[])[], options: CsvOptions = {}): string {
	const separator = options.separator ?? ',';
	const body = rows.map((row) => row.map((cell) => csvField(cell, separator)).join(separator) + CSV_EOL);
	return (options.bom === false ? '' : CSV_BOM) + body.join('');
}

/**
 * A file name that is safe in a Content-Disposition header and on every file system: plain
 * ASCII letters, digits and hyphens (accents dropped), never empty.
 */
export function safeFileName(base: string, extension: string, fallback = 'export'): string {
	const slug = base
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 80)
		.replace(/-+$/, '');
	return `${slug || fallback}.${extension}`;
}
