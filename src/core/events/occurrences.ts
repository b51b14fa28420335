/**
 * Dataset events -> dated occurrences in a window. Recurring events are expanded in wall time
 * and each occurrence is converted to UTC on its own, so a 6 pm workshop stays at 6 pm local
 * across DST changes. Events that cannot be expanded (unknown zone, impossible date, a rule
 * outside the supported subset) are returned as problems instead of thrown.
 */
import type {CommunityEvent} from '../dataset/schema/index.js';
import {Times, cachedRule, expandRuleInto} from './recurrence.js';
import {TimeZoneError, formatWall, isValidZone, offsetAt, parseWall, toInstant} from './tz.js';

const DAY = 86_400_000;
const HOUR = 3_600_000;

const MIN = 60_000;

/**
 * One dated occurrence of an event. Times are kept as whole minutes (small integers, which V8
 * stores inline) and read back in ms: expanding a year of 1,000 series makes ~50,000 of these,
 * so an occurrence holds five fields and derives the rest.
 */
export class Occurrence {
  private readonly w: number;
  private readonly wEnd: number;
  private readonly m: number;
  private readonly mEnd: number;

  /** All four times in whole minutes (wall: floating; start/end: since the epoch, UTC). */
  constructor(
    readonly event: CommunityEvent,
    wallStartMinute: number,
    wallEndMinute: number,
    startMinute: number,
    endMinute: number,
  ) {
    this.w = wallStartMinute;
    this.wEnd = wallEndMinute;
    this.m = startMinute;
    this.mEnd = endMinute;
  }

  /** Wall-clock start and end (floating ms) in the event's zone. */
  get wallStart(): number {
    return this.w * MIN;
  }
  get wallEnd(): number {
    return this.wEnd * MIN;
  }
  /** UTC instants (ms). */
  get start(): number {
    return this.m * MIN;
  }
  get end(): number {
    return this.mEnd * MIN;
  }
  /** A date-only event. */
  get allDay(): boolean {
    return this.event.start.length === 10;
  }
  /** Part of a recurring series. */
  get recurring(): boolean {
    return !!this.event.recurrence;
  }

  /** `<event id>@<local start>`, unique and stable. */
  get key(): string {
    return `${this.event.id}@${formatWall(this.wallStart, this.allDay)}`;
  }
}

export interface ExpansionProblem {
  id: string;
  reason: string;
}

export interface ExpandWindow {
  /** Instants (UTC ms): occurrences ending before `from` or starting after `to` are left out. */
  from: number;
  to: number;
}

/**
 * The occurrences of `events` that overlap the window, sorted by start (then title),
 * plus a problem for every event that could not be expanded.
 */
export function expandEvents(
  events: readonly CommunityEvent[],
  window: ExpandWindow,
): {occurrences: Occurrence[]; problems: ExpansionProblem[]} {
  const all: Occurrence[] = [];
  const problems: ExpansionProblem[] = [];
  // Expanding in title order, each event's occurrences in time order, makes the index a
  // tie-break: one numeric sort (start minute, then index) orders everything.
  const order = events.map((_, i) => i);
  order.sort((a, b) => {
    const x = events[a]!.title.en;
    const y = events[b]!.title.en;
    return x < y ? -1 : x > y ? 1 : a - b;
  });
  const failed: number[] = [];
  for (const i of order) {
    const event = events[i]!;
    try {
      expandInto(event, window, all);
    } catch (error) {
      // RecurrenceError, TimeZoneError, RangeError, or anything unexpected: skip and report, never throw to the page.
      failed.push(i);
      problems.push({id: event.id, reason: error instanceof Error ? error.message : String(error)});
    }
  }
  if (problems.length > 1) {
    const rank = new Map(problems.map((p, k) => [p, failed[k]!]));
    problems.sort((a, b) => rank.get(a)! - rank.get(b)!);
  }
  return {occurrences: sortByStart(all, window.from), problems};
}

/**
 * Occurrences ordered by start minute, ties kept in input order: a radix sort by minute (stable,
 * no comparisons, much cheaper than sorting ~50,000 objects), or a plain sort for long spans.
 */
function sortByStart(all: Occurrence[], from: number): Occurrence[] {
  const n = all.length;
  if (n < 2) return all;
  const base = Math.floor(from / MIN) - 2 ** 24; // occurrences may start up to ~30 years before `from`
  const minutes = new Int32Array(n);
  let min = 2 ** 31 - 1;
  let max = 0;
  for (let i = 0; i < n; i++) {
    const m = Math.max(0, Math.floor(all[i]!.start / MIN) - base);
    minutes[i] = m;
    if (m < min) min = m;
    if (m > max) max = m;
  }
  const range = max - min + 1;
  // Over ~8 years: a plain stable sort (input order breaks ties).
  if (range > 1 << 22) return all.slice().sort((a, b) => a.start - b.start);
  // Two stable counting passes over 11-bit digits of the minute (ranges up to ~8 years).
  const low = new Int32Array(2049);
  const high = new Int32Array(2049);
  for (let i = 0; i < n; i++) {
    const m = minutes[i]! - min;
    low[(m & 2047) + 1]!++;
    high[(m >>> 11) + 1]!++;
  }
  for (let k = 1; k <= 2048; k++) {
    low[k]! += low[k - 1]!;
    high[k]! += high[k - 1]!;
  }
  const byLow = new Int32Array(n);
  for (let i = 0; i < n; i++) byLow[low[(minutes[i]! - min) & 2047]!++] = i;
  const out = new Array<Occurrence>(n);
  for (let j = 0; j < n; j++) {
    const i = byLow[j]!;
    out[high[(minutes[i]! - min) >>> 11]!++] = all[i]!;
  }
  return out;
}

/** Wall start, wall duration and all-day flag of one event, validated. */
export function eventTiming(event: CommunityEvent): {wallStart: number; duration: number; allDay: boolean} {
  if (!isValidZone(event.timeZone)) throw new TimeZoneError(`unknown time zone "${event.timeZone}"`);
  const wallStart = parseWall(event.start);
  if (wallStart === undefined) throw new RangeError(`impossible start "${event.start}"`);
  const allDay = event.start.length === 10;
  let duration = allDay ? DAY : HOUR;
  if (event.end) {
    const wallEnd = parseWall(event.end);
    if (wallEnd === undefined || event.end.length !== event.start.length || wallEnd < wallStart) {
      throw new RangeError(`impossible end "${event.end}"`);
    }
    // An all-day end date is the last day, inclusive.
    duration = allDay ? wallEnd - wallStart + DAY : wallEnd - wallStart;
  }
  return {wallStart, duration, allDay};
}

/** The occurrences of one event in the window (throws RecurrenceError, TimeZoneError or RangeError). */
export function expandEvent(event: CommunityEvent, window: ExpandWindow): Occurrence[] {
  const out: Occurrence[] = [];
  expandInto(event, window, out);
  return out;
}

/** Reused by every expansion (single-threaded, never re-entered): no array per series. */
const scratch = new Times();

/** Appends the occurrences of one event in the window to `out`, in time order. */
function expandInto(event: CommunityEvent, {from, to}: ExpandWindow, out: Occurrence[]): void {
  const {wallStart, duration, allDay} = eventTiming(event);
  const zone = event.timeZone;
  const recurrence = event.recurrence;
  if (!recurrence) {
    add(event, wallStart, duration, from, to, out);
    return;
  }
  const rule = cachedRule(recurrence.rrule);
  // Wall times run at most ~14 h from UTC: a day of margin keeps edge occurrences.
  expandRuleInto(
    rule,
    wallStart,
    {from: from - duration - 2 * DAY, to: to + 2 * DAY, toUtc: rule.untilUtc ? (w) => toInstant(w, zone) : undefined},
    scratch,
  );
  const timeOfDay = wallStart % DAY;
  const wallOf = (text: string): number => {
    const w = parseWall(text);
    if (w === undefined) throw new RangeError(`impossible date "${text}"`);
    return text.length === 10 && !allDay ? w + timeOfDay : w;
  };
  const exdates = recurrence.exdates;
  // EXDATE as a date (for a timed series) removes that whole day; otherwise the exact start.
  const exact: number[] = [];
  const wholeDays: number[] = [];
  if (exdates?.length) {
    for (const x of exdates) {
      if (x.length === 10 && !allDay) wholeDays.push(wallOf(x) - timeOfDay);
      else exact.push(wallOf(x));
    }
  }
  const rdates = recurrence.rdates;
  let starts: ArrayLike<number> = scratch.a;
  let n = scratch.n;
  if (rdates?.length) {
    const list = Array.from(scratch.a.subarray(0, n));
    for (const r of rdates) {
      const w = wallOf(r);
      if (!list.includes(w)) list.push(w);
    }
    list.sort((a, b) => a - b);
    starts = list;
    n = list.length;
  }
  // Long EXDATE lists: a set; a few: a scan is cheaper than hashing.
  const exactSet = exact.length > 16 ? new Set(exact) : undefined;
  const checkExact = exact.length > 0;
  const checkDays = wholeDays.length > 0;
  for (let i = 0; i < n; i++) {
    const s = starts[i]!;
    if (checkExact && (exactSet ? exactSet.has(s) : exact.includes(s))) continue;
    if (checkDays && wholeDays.includes(s - (s % DAY))) continue;
    add(event, s, duration, from, to, out);
  }
}

/** One occurrence starting at wall time `s`, converted to UTC, if it overlaps the window. */
function add(event: CommunityEvent, s: number, duration: number, from: number, to: number, out: Occurrence[]): void {
  // Wall and UTC differ by at most 14 h: skip long-past occurrences before converting them.
  if (s + duration < from - DAY) return;
  const zone = event.timeZone;
  // Fast path: one offset a day before the start and a day after the end means no DST change
  // in between (a zone never changes twice within a week).
  const offset = offsetAt(zone, s - DAY);
  const same = duration <= 5 * DAY && offset === offsetAt(zone, s + duration + DAY);
  const start = same ? s - offset : toInstant(s, zone);
  const end = same ? s + duration - offset : toInstant(s + duration, zone);
  if (end <= from && !(end === start && start >= from)) return;
  if (start > to) return;
  // Minutes are small integers: passing them avoids boxing four doubles per occurrence.
  const w = Math.floor(s / MIN);
  const wEnd = Math.floor((s + duration) / MIN);
  out.push(new Occurrence(event, w, wEnd, Math.floor(start / MIN), Math.floor(end / MIN)));
}
