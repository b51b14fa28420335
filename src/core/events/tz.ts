/**
 * Wall-clock time in an IANA zone <-> UTC instants, with `Intl.DateTimeFormat` only.
 *
 * Wall times are handled as "floating" milliseconds: `Date.UTC(y, m - 1, d, h, mi)` of the
 * clock reading, so calendar arithmetic (add a day, a week, a month) never meets a DST change.
 * {@link toInstant} converts one wall time to a real instant the way Temporal's
 * `disambiguation: 'compatible'` does: a time skipped by a spring-forward gap moves forward by
 * the gap's length (2:30 becomes 3:30), a time repeated by a fall-back overlap takes the
 * earlier of the two instants.
 */

const DAY = 86_400_000;

/** Thrown for a zone the browser does not know. */
export class TimeZoneError extends Error {
  override name = 'TimeZoneError';
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    try {
      f = new Intl.DateTimeFormat('en-US', {
        timeZone: zone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
        era: 'short',
      });
    } catch {
      throw new TimeZoneError(`unknown time zone "${zone}"`);
    }
    formatters.set(zone, f);
  }
  return f;
}

/** Whether the browser knows `zone`. */
export function isValidZone(zone: string): boolean {
  try {
    formatter(zone);
    return true;
  } catch {
    return false;
  }
}

/** The zone's UTC offset in ms at instant `utc` (exact, one `Intl` call). */
export function exactOffset(zone: string, utc: number): number {
  const parts: Record<string, string> = {};
  for (const p of formatter(zone).formatToParts(utc)) parts[p.type] = p.value;
  let year = Number(parts.year);
  if (parts.era === 'BC' || parts.era === 'B') year = 1 - year;
  const wall = Date.UTC(year, Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute), Number(parts.second));
  return wall - (utc - (((utc % 1000) + 1000) % 1000));
}

/** Days 1970-01-01 .. 2059 held in a typed array per zone; other days are computed each time. */
const CACHED_DAYS = 32_768;
const UNKNOWN = 1e15;
/** Days filled per probe: zones never change offset twice within a week. */
const SPAN = 7;
interface ZoneCache {
  /** Per UTC day: the day's offset; NaN when it changes during the day; UNKNOWN before first use. */
  days: Float64Array;
  /** Days with a change: [instant of the change, offset before, offset after]. */
  changes: Map<number, [number, number, number]>;
}
const zoneCaches = new Map<string, ZoneCache>();
let lastZone = '';
let lastCache: ZoneCache | undefined;

function zoneCache(zone: string): ZoneCache {
  if (zone === lastZone && lastCache) return lastCache;
  let cache = zoneCaches.get(zone);
  if (!cache) zoneCaches.set(zone, (cache = {days: new Float64Array(CACHED_DAYS).fill(UNKNOWN), changes: new Map()}));
  lastZone = zone;
  return (lastCache = cache);
}

/**
 * Fills the cache for the week starting at `day` with two `Intl` calls when the offset is the same
 * at both ends (no change in between), else finds the change to the minute.
 */
function fill(zone: string, cache: ZoneCache, day: number): void {
  const first = day - (day % SPAN);
  const last = Math.min(first + SPAN, CACHED_DAYS) - 1;
  const start = first * DAY;
  const a = exactOffset(zone, start);
  const b = exactOffset(zone, (last + 1) * DAY - 1);
  if (a === b) {
    for (let d = first; d <= last; d++) cache.days[d] = a;
    return;
  }
  // Find the change to the minute (zones change at most once a week).
  let lo = start;
  let hi = (last + 1) * DAY - 1;
  while (hi - lo > 60_000) {
    const mid = lo + Math.floor((hi - lo) / 120_000) * 60_000;
    if (exactOffset(zone, mid) === a) lo = mid;
    else hi = mid;
  }
  const changeDay = Math.floor(hi / DAY);
  for (let d = first; d <= last; d++) cache.days[d] = d < changeDay ? a : d > changeDay ? b : hi === changeDay * DAY ? b : NaN;
  if (hi !== changeDay * DAY) cache.changes.set(changeDay, [hi, a, b]); // the first minute with the new offset
}

/** The zone's UTC offset at `utc`; cached per UTC day so expanding thousands of occurrences stays fast. */
export function offsetAt(zone: string, utc: number): number {
  const day = Math.floor(utc / DAY);
  if (day < 0 || day >= CACHED_DAYS) return exactOffset(zone, utc);
  const cache = zoneCache(zone);
  let offset = cache.days[day]!;
  if (offset === UNKNOWN) {
    fill(zone, cache, day);
    offset = cache.days[day]!;
  }
  if (offset === offset) return offset;
  const [at, before, after] = cache.changes.get(day)!;
  return utc < at ? before : after;
}

/**
 * The UTC instant of wall time `wall` (floating ms) in `zone`, resolving DST gaps and overlaps
 * like Temporal's `'compatible'` disambiguation.
 */
export function toInstant(wall: number, zone: string): number {
  const before = offsetAt(zone, wall - DAY);
  const after = offsetAt(zone, wall + DAY);
  // Same offset a day either side: no transition near this wall time (zones never change twice in two days).
  if (before === after) return wall - before;
  const t1 = wall - before;
  const t2 = wall - after;
  const ok1 = offsetAt(zone, t1) === before;
  const ok2 = offsetAt(zone, t2) === after;
  // Overlap: the earlier instant. Gap (no candidate): shift forward by the gap, i.e. read the
  // wall time with the offset in force before the transition.
  if (ok1 && ok2) return Math.min(t1, t2);
  return ok2 && !ok1 ? t2 : t1;
}

/** The wall time (floating ms) that instant `utc` shows in `zone`. */
export function toWall(utc: number, zone: string): number {
  return utc + offsetAt(zone, utc);
}

/**
 * Parses a local date or date-time (`2026-12-05`, `2026-12-05T18:00`) into floating ms.
 * Undefined for impossible dates (`2026-02-30`) or malformed text.
 */
export function parseWall(text: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?)?$/.exec(text);
  if (!m) return undefined;
  const [y, mo, d, h = 0, mi = 0, s = 0] = m.slice(1).map((v) => (v === undefined ? undefined : Number(v))) as number[];
  const ms = Date.UTC(y!, mo! - 1, d!, h, mi, s);
  const check = new Date(ms);
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== mo! - 1 || check.getUTCDate() !== d) return undefined;
  if (h > 23 || mi > 59 || s > 59) return undefined;
  return ms;
}

/** `2026-12-05T18:00` for floating ms (date only with `dateOnly`). */
export function formatWall(wall: number, dateOnly = false): string {
  const iso = new Date(wall).toISOString();
  return dateOnly ? iso.slice(0, 10) : iso.slice(0, 16);
}
