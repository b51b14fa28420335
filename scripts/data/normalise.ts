/**
 * Small pure helpers shared by the import modules: phone numbers, postal addresses, coordinates.
 * They normalise the form of upstream facts and never make facts up: input they cannot read is
 * refused (`undefined`), and the caller leaves the field out and reports it.
 */
import type {Address, Geo} from '../../src/core/dataset/schema/index.js';

/**
 * A US phone number as `415-555-0100`, or `undefined` when it is not a valid North American
 * number (10 digits, optional leading 1; area code and exchange cannot start with 0 or 1).
 */
export function usPhone(raw: unknown): string | undefined {
  if (typeof raw !== 'string' && typeof raw !== 'number') return undefined;
  const digits = String(raw).replace(/\D/g, '').replace(/^1(?=\d{10}$)/, '');
  const m = /^([2-9]\d{2})([2-9]\d{2})(\d{4})$/.exec(digits);
  return m ? `${m[1]}-${m[2]}-${m[3]}` : undefined;
}

/** `x` rounded to `decimals` places (deterministic, no trailing zeros). */
export const round = (x: number, decimals: number) => {
  const f = 10 ** decimals;
  return Math.round(x * f) / f;
};

/** Office coordinates, rounded to 5 decimals (about 1 m); `undefined` unless both are numbers in range. */
export function geo(lat: unknown, lng: unknown): Geo | undefined {
  if (typeof lat !== 'number' || typeof lng !== 'number') return undefined;
  if (!(Math.abs(lat) <= 90 && Math.abs(lng) <= 180)) return undefined;
  return {lat: round(lat, 5), lng: round(lng, 5)};
}

const ZIP_RE = /^(\d{5})(?:-(\d{4}))?-?$/;

/** `95814`, `95814-1234`; a dangling `95814-` is read as `95814`. */
export function zipCode(raw: unknown): string | undefined {
  const m = ZIP_RE.exec(String(raw ?? '').trim());
  return m ? (m[2] ? `${m[1]}-${m[2]}` : m[1]) : undefined;
}

/** Suite-like tails of a street line: "Suite 10", "Room E116", "Building 4", "Third Floor". */
const SUITE_RE =
  /\s+((?:Suite|Ste\.?|Room|Rm\.?|Unit|Building|Bldg\.?)\s+\S.*|(?:First|Second|Third|Fourth|Fifth|Ground|\d+(?:st|nd|rd|th)) Floor.*)$/i;
/** A line that is the street itself (starts with a house number, "One", or a P.O. box). */
const STREET_RE = /^(\d|One\s|P\.?\s?O\.?\s+Box)/i;

/**
 * A one-line US address as written by Open States ("113 Presley Way Suite 10, Grass Valley, CA 95945",
 * "Room 5710, 1021 O St. P.O. Box 942849, Sacramento, CA 94249"): the street line is the part that
 * starts with a number (or "One", or a P.O. box); suite, room, floor and building parts go to
 * `suite`, in their original order. `;` separates lines like `,`. `undefined` when there is no
 * street, city, state or ZIP code.
 */
export function parseAddress(raw: string): Address | undefined {
  const parts = raw
    .split(/[;,]/)
    .map((p) => p.trim())
    .filter(Boolean);
  const last = parts.pop();
  const city = parts.pop();
  const m = /^([A-Z]{2})\s+(\S+)$/.exec(last ?? '');
  const zip = zipCode(m?.[2]);
  if (!m || !zip || !city || /\d/.test(city)) return undefined;
  const streetIndex = parts.findIndex((p) => STREET_RE.test(p));
  if (streetIndex < 0) return undefined;
  const extra: string[] = [];
  let street = parts[streetIndex]!;
  const tail = SUITE_RE.exec(street);
  if (tail && tail.index > 0) {
    street = street.slice(0, tail.index);
    extra.push(tail[1]!);
  }
  extra.push(...parts.filter((_, i) => i !== streetIndex));
  return {street, ...(extra.length ? {suite: extra.join(', ')} : {}), city, state: m[1]!, zip};
}

/** Address from separate fields (congress-legislators district offices); `undefined` if any part is missing. */
export function addressFromFields(f: {
  address?: unknown;
  suite?: unknown;
  building?: unknown;
  city?: unknown;
  state?: string;
  zip?: unknown;
}): Address | undefined {
  const text = (v: unknown) => (typeof v === 'string' || typeof v === 'number' ? String(v).trim() : '');
  const street = text(f.address);
  const city = text(f.city);
  const zip = zipCode(f.zip);
  if (!street || !city || !zip) return undefined;
  const suite = [text(f.suite), text(f.building)].filter(Boolean).join(', ');
  return {street, ...(suite ? {suite} : {}), city, state: f.state ?? 'CA', zip};
}
