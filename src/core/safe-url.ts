/** The only URL schemes Amparo ever renders into `href`/`src`. */
export const SAFE_PROTOCOLS = ['http:', 'https:', 'tel:', 'mailto:'] as const;
export type SafeProtocol = (typeof SAFE_PROTOCOLS)[number];

/**
 * Returns `value` as an absolute URL string when it is http(s), tel or mailto, else undefined.
 *
 * Every URL that comes from a dataset, an attribute or a feed goes through this one check
 * before it reaches the DOM, so `javascript:`, `data:` and friends can never be rendered.
 * Relative URLs resolve against `base` (the dataset's URL, so a self-hosted dataset can link
 * to its own pages).
 */
export function safeUrl(
  value: string | null | undefined,
  options: {base?: string; protocols?: readonly SafeProtocol[]} = {},
): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  if (!trimmed) return undefined;
  let url: URL;
  try {
    url = new URL(trimmed, options.base ?? document.baseURI);
  } catch {
    return undefined;
  }
  const allowed: readonly string[] = options.protocols ?? SAFE_PROTOCOLS;
  return allowed.includes(url.protocol) ? url.href : undefined;
}

/**
 * A `tel:` URL for a phone number as written in a dataset ("+1 (415) 555-0100 ext. 2").
 * Keeps a leading `+`, digits, and an extension as `;ext=`; undefined when no digits remain.
 */
export function telUrl(phone: string): string | undefined {
  const [main = '', ext] = phone.split(/\s*(?:ext\.?|x|#)\s*/i);
  const digits = main.replace(/[^\d+]/g, '').replace(/(?!^)\+/g, '');
  if (!/\d{3,}/.test(digits)) return undefined;
  const extDigits = ext?.replace(/\D/g, '');
  return `tel:${digits}${extDigits ? `;ext=${extDigits}` : ''}`;
}
