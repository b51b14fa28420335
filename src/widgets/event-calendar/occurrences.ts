/**
 * Dataset events -> dated occurrences in a window. Recurring events are expanded in wall time
 * and each occurrence is converted to UTC on its own, so a 6 pm workshop stays at 6 pm local
 * across DST changes. Events that cannot be expanded (unknown zone, impossible date, a rule
 * outside the supported subset) are returned as problems instead of thrown.
 */
import type {CommunityEvent} from '../../core/dataset/schema/index.js';
import {expandRule, parseRule} from './recurrence.js';
import {TimeZoneError, formatWall, isValidZone, offsetAt, parseWall, toInstant} from './tz.js';

const DAY = 86_400_000;
const HOUR = 3_600_000;

const MIN = 60_000;

/**
 * One dated occurrence of an event. Times are kept as whole minutes (small integers, which V8
 * stores inline) and read back in ms: expanding a year of 1,000 series makes ~50,000 of these.
 */
export class Occurrence {
  private readonly m: number;
  private readonly mEnd: number;
  private readonly w: number;
  private readonly wEnd: number;
  private _key?: string;

  constructor(
    readonly event: CommunityEvent,
    wallStart: number,
    wallEnd: number,
    start: number,
    end: number,
    readonly allDay: boolean,
    /** Part of a recurring series. */
    readonly recurring: boolean,
  ) {
    this.w = Math.floor(wallStart / MIN);
    this.wEnd = Math.floor(wallEnd / MIN);
    this.m = Math.floor(start / MIN);
    this.mEnd = Math.floor(end / MIN);
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

  /** `<event id>@<local start>`, unique and stable (computed on first use). */
  get key(): string {
    return (this._key ??= `${this.event.id}@${formatWall(this.wallStart, this.allDay)}`);
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
  const byTitle = [...events].sort((a, b) => (a.title.en < b.title.en ? -1 : a.title.en > b.title.en ? 1 : 0));
  byTitle.forEach((event) => {
    try {
      for (const o of expandEvent(event, window)) all.push(o);
    } catch (error) {
      // RecurrenceError, TimeZoneError, RangeError, or anything unexpected: skip and report, never throw to the page.
      problems.push({id: event.id, reason: error instanceof Error ? error.message : String(error)});
    }
  });
  problems.sort((a, b) => events.findIndex((e) => e.id === a.id) - events.findIndex((e) => e.id === b.id));
  const INDEX = 2 ** 27;
  const keys = new Float64Array(all.length);
  const base = window.from - 2 ** 24 * MIN; // occurrences may start up to ~30 years before `from`
  all.forEach((o, i) => (keys[i] = Math.max(0, Math.floor((o.start - base) / MIN)) * INDEX + i));
  keys.sort();
  const occurrences = Array.from(keys, (k) => all[k % INDEX]!);
  return {occurrences, problems};
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
export function expandEvent(event: CommunityEvent, {from, to}: ExpandWindow): Occurrence[] {
  const {wallStart, duration, allDay} = eventTiming(event);
  const zone = event.timeZone;
  const recurrence = event.recurrence;
  let starts: number[];
  if (recurrence) {
    const rule = parseRule(recurrence.rrule);
    // Wall times run at most ~14 h from UTC: a day of margin keeps edge occurrences.
    starts = expandRule(rule, wallStart, {from: from - duration - 2 * DAY, to: to + 2 * DAY, toUtc: (w) => toInstant(w, zone)});
    const timeOfDay = wallStart % DAY;
    const wallOf = (text: string): number => {
      const w = parseWall(text);
      if (w === undefined) throw new RangeError(`impossible date "${text}"`);
      return text.length === 10 && !allDay ? w + timeOfDay : w;
    };
    const exdates = (recurrence.exdates ?? []).map((x) => ({w: wallOf(x), day: x.length === 10}));
    starts = starts.filter((s) => !exdates.some((x) => (x.day ? x.w - timeOfDay === s - (s % DAY) : x.w === s)));
    for (const r of recurrence.rdates ?? []) {
      const w = wallOf(r);
      if (!starts.includes(w)) starts.push(w);
    }
    starts.sort((a, b) => a - b);
  } else {
    starts = [wallStart];
  }
  const out: Occurrence[] = [];
  for (const s of starts) {
    // Wall and UTC differ by at most 14 h: skip long-past occurrences before converting them.
    if (s + duration < from - DAY) continue;
    // Fast path: one offset a day before the start and a day after the end means no DST change
    // in between (a zone never changes twice within a week).
    const offset = offsetAt(zone, s - DAY);
    const same = duration <= 5 * DAY && offset === offsetAt(zone, s + duration + DAY);
    const start = same ? s - offset : toInstant(s, zone);
    const end = same ? s + duration - offset : toInstant(s + duration, zone);
    if (end <= from && !(end === start && start >= from)) continue;
    if (start > to) continue;
    out.push(new Occurrence(event, s, s + duration, start, end, allDay, !!recurrence));
  }
  return out;
}
