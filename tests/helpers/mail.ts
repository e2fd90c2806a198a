/** Reading raw messages as smtp-server receives them (shared by integration and end-to-end tests; no app imports). */

export interface ReceivedMail {
	to: string[];
	subject: string;
	text: string;
}

/** Subject and plain text of a raw message from smtp-server (quoted-printable or base64 bodies). */
export function parseMail(to: string[], raw: string): ReceivedMail {
	const split = raw.indexOf('\r\n\r\n');
	const head = raw.slice(0, split).replace(/\r\n[ \t]+/g, ' ');
	let body = raw.slice(split + 4);
	const header = (name: string) => new RegExp(`^${name}:\\s*(.*)$`, 'im').exec(head)?.[1]?.trim() ?? '';
	const encoding = header('Content-Transfer-Encoding').toLowerCase();
	if (encoding === 'quoted-printable')
		body = Buffer.from(
			body
				.replace(/=\r?\n/g, '')
				.replace(/=([0-9A-F]{2})/gi, (_, h: string) => String.fromCharCode(parseInt(h, 16))),
			'latin1'
		).toString('utf8');
	else if (encoding === 'base64') body = Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
	const subject = header('Subject').replace(
		/=\?utf-8\?([QB])\?(.*?)\?=\s*/gi,
		(_, kind: string, data: string) =>
			kind.toUpperCase() === 'B'
				? Buffer.from(data, 'base64').toString('utf8')
				: Buffer.from(
						data
							.replace(/_/g, ' ')
							.replace(/=([0-9A-F]{2})/gi, (__, h: string) => String.fromCharCode(parseInt(h, 16))),
						'latin1'
					).toString('utf8')
	);
	return { to, subject, text: body.replace(/\r\n/g, '\n') };
}
