/**
 * Does a text look like something a mail client or browser would turn into a link: a scheme
 * ("http://", "mailto:"), "www.", an e-mail address, or a domain name (letters, a dot, two or
 * more letters, with no space after the dot: "evil.example", also with a full-width dot)?
 * Used to refuse such a name at registration. Initials ("J.P. de Vries") pass; a rare name
 * like "Mr.Smith" without a space is refused and can be typed with one.
 */
const SCHEME = /[a-z][a-z\d+.-]*:(\/\/|[^\s]*@)/i;
const MAIL_OR_WWW = /@|\bwww[.．。]/i;
const DOMAIN = /[\p{L}\d-][.．。][\p{L}]{2,}/u;

export function looksLikeLink(text: string): boolean {
	const t = text.normalize('NFKC');
	return (
		SCHEME.test(t) || MAIL_OR_WWW.test(t) || DOMAIN.test(t) || /\b(https?|ftp|mailto|javascript):/i.test(t)
	);
}
