/**
 * Text helpers shared by the importers: how people write things in spreadsheets (accents or not,
 * capitals or not, "Org. Name:" or "org name") folded to one comparable form, readable ids, and
 * the free-text lists people type into one cell ("Spanish, Mixteco y Zapoteco").
 */

/**
 * Lowercase, accents removed, punctuation turned into spaces, spaces collapsed: `"Organización:"`
 * → `"organizacion"`. Letters of every script are kept (`"华人法律服务"` stays itself).
 */
export function fold(value: string): string {
  return value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** A readable id part: `"Centro Legal de la Raza"` → `"centro-legal-de-la-raza"` (ASCII, at most `max` characters). */
export function slug(value: string, max = 60): string {
  const s = fold(value)
    .replace(/[^a-z0-9 ]+/g, ' ')
    .trim()
    .replace(/ +/g, '-');
  return s.length <= max ? s : s.slice(0, max).replace(/-[^-]*$/, '') || s.slice(0, max);
}

/**
 * The items of a list typed into one cell: split on `,` `;` `/` `|` `+` `&`, line breaks, and the
 * words "and", "y", "e", "or", "o". Empty items are dropped; each item is trimmed.
 */
export function splitList(value: string): string[] {
  return value
    .split(/[,;/|+&\n\r•·]|\s+(?:and|y|e|or|o)\s+/i)
    .map((item) => item.trim())
    .filter(Boolean);
}

/** `value` without surrounding white space, or undefined when nothing is left. */
export const clean = (value: string | undefined): string | undefined => {
  const trimmed = value?.replace(/\s+/g, (space) => (space.includes('\n') ? '\n' : ' ')).trim();
  return trimmed ? trimmed : undefined;
};

/** The date `now` as `YYYY-MM-DD` in UTC. */
export const isoDate = (now: Date) => now.toISOString().slice(0, 10);
