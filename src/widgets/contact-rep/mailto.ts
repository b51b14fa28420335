/**
 * `mailto:` URLs per RFC 6068: one recipient, `subject` and `body` percent-encoded, line breaks as
 * `%0D%0A`. Some mail apps truncate or refuse long URLs, so the whole URL must stay under
 * {@link MAILTO_LIMIT} characters; when it would not, the caller offers "copy the message" plus a
 * subject-only `mailto:`.
 */

export const MAILTO_LIMIT = 2000;

export type MailtoResult =
  | {ok: true; url: string}
  | {ok: false; reason: 'too-long'; length: number; subjectOnly: string}
  | {ok: false; reason: 'invalid-address'};

/** RFC 6068 encoding: like encodeURIComponent, with CRLF line breaks. */
const encode = (value: string) => encodeURIComponent(value.replace(/\r?\n/g, '\r\n'));

function url(to: string, fields: [string, string][]): string {
  const query = fields
    .filter(([, v]) => v)
    .map(([k, v]) => `${k}=${encode(v)}`)
    .join('&');
  return `mailto:${encodeURIComponent(to).replace('%40', '@')}${query ? `?${query}` : ''}`;
}

export function buildMailto(to: string, subject: string, body: string, limit = MAILTO_LIMIT): MailtoResult {
  const address = to.trim();
  if (!/^[^\s@,;?]+@[^\s@,;?]+\.[^\s@,;?]+$/.test(address)) return {ok: false, reason: 'invalid-address'};
  const full = url(address, [
    ['subject', subject],
    ['body', body],
  ]);
  if (full.length < limit) return {ok: true, url: full};
  return {ok: false, reason: 'too-long', length: full.length, subjectOnly: url(address, [['subject', subject]])};
}
