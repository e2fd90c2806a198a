import { describe, expect, it } from 'vitest';
import { CSV_BOM, csvField, safeFileName, toCsv } from './csv';

describe('csvField', () => {
	it('leaves plain text alone', () => {
		expect(csvField('Anna')).toBe('Anna');
		expect(csvField('Beëindigd – één keer')).toBe('Beëindigd – één keer');
		expect(csvField('')).toBe('');
	});

	it('writes numbers as numbers and nothing as an empty cell', () => {
		expect(csvField(1000)).toBe('1000');
		expect(csvField(3.5)).toBe('3.5');
		expect(csvField(-5)).toBe('-5');
		expect(csvField(0)).toBe('0');
		expect(csvField(Number.NaN)).toBe('');
		expect(csvField(Number.POSITIVE_INFINITY)).toBe('');
		expect(csvField(null)).toBe('');
		expect(csvField(undefined)).toBe('');
	});

	it('quotes fields with the separator, quotes or line breaks (RFC 4180)', () => {
		expect(csvField('112, of 0900-8844')).toBe('"112, of 0900-8844"');
		expect(csvField('zei "help"')).toBe('"zei ""help"""');
		expect(csvField('regel 1\nregel 2')).toBe('"regel 1\nregel 2"');
		expect(csvField('regel 1\r\nregel 2')).toBe('"regel 1\r\nregel 2"');
		expect(csvField('"')).toBe('""""');
	});

	it('quotes by the separator in use', () => {
		expect(csvField('a;b', ',')).toBe('a;b');
		expect(csvField('a;b', ';')).toBe('"a;b"');
		expect(csvField('a,b', ';')).toBe('a,b');
	});

	it('defuses text that a spreadsheet would run as a formula', () => {
		expect(csvField('=1+2')).toBe("'=1+2");
		expect(csvField('+31 6 12345678')).toBe("'+31 6 12345678");
		expect(csvField('-5')).toBe("'-5");
		expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
		expect(csvField('\tverborgen')).toBe("'\tverborgen");
	});

	it('defuses first and then quotes, so the apostrophe ends up inside the quotes', () => {
		expect(csvField('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
		expect(csvField('=1,2')).toBe(`"'=1,2"`);
		expect(csvField('\r=1+2')).toBe(`"'\r=1+2"`);
		expect(csvField('-1;2', ';')).toBe(`"'-1;2"`);
	});

	it('only looks at the first character', () => {
		expect(csvField('1+2=3')).toBe('1+2=3');
		expect(csvField('info@example.nl')).toBe('info@example.nl');
		expect(csvField('Jan-Willem')).toBe('Jan-Willem');
		expect(csvField("'s-Hertogenbosch")).toBe("'s-Hertogenbosch");
	});
});

describe('toCsv', () => {
	it('starts with a BOM and ends every row with CRLF', () => {
		const csv = toCsv([
			['Naam', 'Score'],
			['Anna', 1500],
			['Bram', 0]
		]);
		expect(csv).toBe(`${CSV_BOM}Naam,Score\r\nAnna,1500\r\nBram,0\r\n`);
		expect(csv.charCodeAt(0)).toBe(0xfeff);
	});

	it('keeps empty cells in their column', () => {
		expect(toCsv([['a', null, undefined, 'd']], { bom: false })).toBe('a,,,d\r\n');
	});

	it('keeps a line break inside a quoted field within one record', () => {
		expect(toCsv([['x', 'een\r\ntwee']], { bom: false })).toBe('x,"een\r\ntwee"\r\n');
	});

	it('can write semicolon-separated files without a BOM', () => {
		expect(toCsv([['a', 'b;c', 1.5]], { separator: ';', bom: false })).toBe('a;"b;c";1.5\r\n');
	});

	it('writes an empty file as just the BOM', () => {
		expect(toCsv([])).toBe(CSV_BOM);
	});

	it('defuses a malicious answer in a whole row', () => {
		expect(toCsv([['Anna', '=HYPERLINK("http://x","klik")', 10]], { bom: false })).toBe(
			`Anna,"'=HYPERLINK(""http://x"",""klik"")",10\r\n`
		);
	});
});

describe('safeFileName', () => {
	it('makes plain ASCII names', () => {
		expect(safeFileName('Meld Verdacht Gedrag – Rivierenwijk 2025', 'csv')).toBe(
			'meld-verdacht-gedrag-rivierenwijk-2025.csv'
		);
		expect(safeFileName('Café één', 'csv')).toBe('cafe-een.csv');
	});

	it('strips anything that could break the header or a path', () => {
		expect(safeFileName('../../etc/passwd"; x=1\r\n', 'csv')).toBe('etc-passwd-x-1.csv');
	});

	it('falls back when nothing is left', () => {
		expect(safeFileName('???', 'csv')).toBe('export.csv');
		expect(safeFileName('', 'csv', 'resultaten')).toBe('resultaten.csv');
	});

	it('keeps names short', () => {
		expect(safeFileName('a'.repeat(200), 'csv')).toBe(`${'a'.repeat(80)}.csv`);
	});
});
