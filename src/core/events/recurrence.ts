/**
 * The RFC 5545 RRULE subset the calendar expands, in wall-clock time (floating ms, see tz.ts):
 * FREQ=DAILY|WEEKLY|MONTHLY, INTERVAL, BYDAY (with ordinals such as 1MO or -1FR for MONTHLY),
 * BYMONTHDAY (1..31, -1..-31), COUNT, UNTIL, WKST. Anything else is a {@link RecurrenceError},
 * so the event is skipped and reported instead of shown on the wrong days.
 *
 * The series start is always the first occurrence (RFC 5545: "DTSTART ... always counts as the
 * first occurrence") and counts toward COUNT.
 */
import {parseWall} from './tz.js';

const DAY = 86_400_000;
export const WEEKDAY_CODES = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'] as const;

export class RecurrenceError extends Error {
  override name = 'RecurrenceError';
}

export interface ByDay {
  /** 0 = Sunday ... 6 = Saturday. */
  day: number;
  /** 1..5 or -1..-5 within the month; 0 = every such weekday. */
  nth: number;
}

export interface Rule {
  freq: 'DAILY' | 'WEEKLY' | 'MONTHLY';
  interval: number;
  count?: number;
  /** Last allowed start: floating wall ms, or a UTC instant when `untilUtc`. */
  until?: number;
  untilUtc?: boolean;
  /** UNTIL was a date: the whole day is included. */
  untilDate?: boolean;
  byDay?: ByDay[];
  byMonthDay?: number[];
  /** Week start, 0 = Sunday ... 6 = Saturday (default Monday). */
  wkst: number;
}

/** Parses `FREQ=WEEKLY;BYDAY=TU,TH;COUNT=6`, throwing {@link RecurrenceError} for anything outside the subset. */
export function parseRule(text: string): Rule {
  const parts = new Map<string, string>();
  for (const piece of text.replace(/^RRULE:/i, '').split(';')) {
    const [key, value, extra] = piece.split('=');
    if (!key || value === undefined || extra !== undefined || !value) throw new RecurrenceError(`malformed part "${piece}"`);
    if (parts.has(key)) throw new RecurrenceError(`${key} given twice`);
    parts.set(key, value);
  }
  const freq = parts.get('FREQ');
  if (freq !== 'DAILY' && freq !== 'WEEKLY' && freq !== 'MONTHLY') throw new RecurrenceError(`unsupported FREQ "${freq ?? ''}"`);
  const rule: Rule = {freq, interval: 1, wkst: 1};
  for (const [key, value] of parts) {
    switch (key) {
      case 'FREQ':
        break;
      case 'INTERVAL':
        rule.interval = positive(key, value);
        break;
      case 'COUNT':
        rule.count = positive(key, value);
        break;
      case 'UNTIL': {
        const m = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})(Z?))?$/.exec(value);
        const wall = m && parseWall(`${m[1]}-${m[2]}-${m[3]}${m[4] ? `T${m[4]}:${m[5]}:${m[6]}` : ''}`);
        if (wall === undefined || wall === null) throw new RecurrenceError(`bad UNTIL "${value}"`);
        rule.until = wall;
        rule.untilUtc = m![7] === 'Z';
        rule.untilDate = !m![4];
        break;
      }
      case 'WKST':
        rule.wkst = weekday(value);
        break;
      case 'BYDAY':
        rule.byDay = value.split(',').map((v) => {
          const m = /^([+-]?\d{1,2})?([A-Z]{2})$/.exec(v);
          if (!m) throw new RecurrenceError(`bad BYDAY "${v}"`);
          const nth = m[1] ? Number(m[1]) : 0;
          if (nth && (Math.abs(nth) > 5 || freq !== 'MONTHLY')) throw new RecurrenceError(`unsupported BYDAY "${v}"`);
          return {day: weekday(m[2]!), nth};
        });
        break;
      case 'BYMONTHDAY':
        if (freq === 'WEEKLY') throw new RecurrenceError('BYMONTHDAY is not allowed with FREQ=WEEKLY');
        rule.byMonthDay = value.split(',').map((v) => {
          const n = /^[+-]?\d{1,2}$/.test(v) ? Number(v) : NaN;
          if (!n || Math.abs(n) > 31) throw new RecurrenceError(`bad BYMONTHDAY "${v}"`);
          return n;
        });
        break;
      default:
        throw new RecurrenceError(`unsupported rule part ${key}`);
    }
  }
  if (rule.count !== undefined && rule.until !== undefined) throw new RecurrenceError('COUNT and UNTIL together');
  return rule;
}

const rules = new Map<string, Rule | RecurrenceError>();

/**
 * {@link parseRule} remembered per text (datasets repeat the same few rules). The returned rule is
 * shared: treat it as read-only.
 */
export function cachedRule(text: string): Rule {
  let rule = rules.get(text);
  if (!rule) {
    try {
      rule = parseRule(text);
    } catch (error) {
      if (!(error instanceof RecurrenceError)) throw error;
      rule = error;
    }
    if (rules.size > 500) rules.clear();
    rules.set(text, rule);
  }
  if (rule instanceof RecurrenceError) throw new RecurrenceError(rule.message);
  return rule;
}

function positive(key: string, value: string): number {
  const n = /^\d{1,6}$/.test(value) ? Number(value) : 0;
  if (n < 1) throw new RecurrenceError(`bad ${key} "${value}"`);
  return n;
}

function weekday(code: string): number {
  const i = (WEEKDAY_CODES as readonly string[]).indexOf(code);
  if (i < 0) throw new RecurrenceError(`bad weekday "${code}"`);
  return i;
}

/** Days in month `m` (0-11) of year `y`, without creating a Date. */
const daysInMonth = (y: number, m: number) =>
  m === 1 ? (y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28) : m === 3 || m === 5 || m === 8 || m === 10 ? 30 : 31;
/** 0 = Sunday for floating ms at midnight (1970-01-01 was a Thursday). */
const weekdayOf = (t: number) => (((Math.floor(t / DAY) + 4) % 7) + 7) % 7;

/** Days of the month being expanded (reused: no allocation per month). */
const monthBuffer = new Float64Array(31);

/**
 * Writes the days (floating ms at midnight) of one month that the rule's BYDAY/BYMONTHDAY select
 * into `monthBuffer`, in order, and returns how many.
 */
function monthDays(rule: Rule, y: number, m: number, startDay: number): number {
  const len = daysInMonth(y, m);
  const first = Date.UTC(y, m, 1);
  const firstWeekday = weekdayOf(first);
  let n = 0;
  if (rule.byMonthDay) {
    for (let d = 1; d <= len; d++) {
      let hit = false;
      for (const k of rule.byMonthDay) if ((k > 0 ? k : len + k + 1) === d) hit = true;
      if (hit && (!rule.byDay || matchesByDay(rule.byDay, d, len, firstWeekday))) monthBuffer[n++] = first + (d - 1) * DAY;
    }
  } else if (rule.byDay) {
    for (let d = 1; d <= len; d++) if (matchesByDay(rule.byDay, d, len, firstWeekday)) monthBuffer[n++] = first + (d - 1) * DAY;
  } else if (startDay <= len) {
    monthBuffer[n++] = first + (startDay - 1) * DAY;
  }
  return n;
}

function matchesByDay(byDay: ByDay[], d: number, len: number, firstWeekday: number): boolean {
  const wd = (firstWeekday + d - 1) % 7;
  for (const b of byDay) {
    if (b.day !== wd) continue;
    if (!b.nth) return true;
    if (b.nth > 0 ? Math.ceil(d / 7) === b.nth : Math.ceil((len - d + 1) / 7) === -b.nth) return true;
  }
  return false;
}

export interface ExpandOptions {
  /** Stop after this wall time (floating ms); occurrences before `from` are still counted for COUNT. */
  to: number;
  /** Converts a wall time to UTC; needed only for `UNTIL=...Z`. */
  toUtc?: (wall: number) => number;
  /** Without COUNT, periods ending before this wall time are skipped (the start is still returned). */
  from?: number;
  /** Safety cap on generated occurrences. */
  max?: number;
}

/** A growable list of wall times: a Float64Array and a length, reused between expansions. */
export class Times {
  a = new Float64Array(256);
  n = 0;
  push(t: number): void {
    if (this.n === this.a.length) {
      const bigger = new Float64Array(this.n * 2);
      bigger.set(this.a);
      this.a = bigger;
    }
    this.a[this.n++] = t;
  }
}

/**
 * Start times (floating ms) of the series that starts at wall time `start`, up to `to`,
 * in order. EXDATE/RDATE are applied by the caller (occurrences.ts).
 */
export function expandRule(rule: Rule, start: number, options: ExpandOptions): number[] {
  const times = new Times();
  expandRuleInto(rule, start, options, times);
  return Array.from(times.a.subarray(0, times.n));
}

/** {@link expandRule} writing into a reusable {@link Times} (emptied first): no allocation per series. */
export function expandRuleInto(rule: Rule, start: number, {to, toUtc, from = -Infinity, max = 5000}: ExpandOptions, out: Times): void {
  out.n = 0;
  const timeOfDay = ((start % DAY) + DAY) % DAY;
  const startDay = start - timeOfDay;
  const s = new Date(startDay);
  const limit = Math.min(to, rule.until !== undefined && !rule.untilUtc ? rule.until + (rule.untilDate ? DAY - 1 : 0) : Infinity);
  const count = rule.count ?? Infinity;
  const accept = (t: number): boolean => {
    if (t < start) return true;
    if (t > limit) return false;
    if (rule.untilUtc && toUtc && toUtc(t) > rule.until!) return false;
    out.push(t);
    return out.n < count && out.n < max;
  };
  if (!accept(start)) return;
  /** Whole periods of `size` ms to jump over when they all end before `from` (never with COUNT). */
  const skip = (size: number) => (rule.count === undefined && from > startDay + size ? Math.floor((from - startDay) / size) - 1 : 0);
  const wd = (t: number) => new Date(t).getUTCDay();
  // Each loop visits one period (day, week or month) and stops when the period starts past the limit.
  if (rule.freq === 'DAILY') {
    const step = rule.interval * DAY;
    let mask = 127;
    if (rule.byDay) {
      mask = 0;
      for (const b of rule.byDay) mask |= 1 << b.day;
    }
    for (let day = startDay + Math.max(1, skip(step)) * step; day <= limit; day += step) {
      const weekday = (Math.floor(day / DAY) + 4) % 7; // 1970-01-01 was a Thursday
      if (!(mask & (1 << weekday))) continue;
      if (rule.byMonthDay) {
        const date = new Date(day);
        const len = daysInMonth(date.getUTCFullYear(), date.getUTCMonth());
        const d = date.getUTCDate();
        if (!rule.byMonthDay.some((n) => (n > 0 ? n : len + n + 1) === d)) continue;
      }
      if (day + timeOfDay > start && !accept(day + timeOfDay)) return;
    }
  } else if (rule.freq === 'WEEKLY') {
    const weekStart = startDay - ((wd(startDay) - rule.wkst + 7) % 7) * DAY;
    const days = rule.byDay ? [...new Set(rule.byDay.map((b) => (b.day - rule.wkst + 7) % 7))].sort((a, b) => a - b) : [(wd(startDay) - rule.wkst + 7) % 7];
    const step = rule.interval * 7 * DAY;
    for (let week = weekStart + Math.max(0, skip(step)) * step; week <= limit; week += step) {
      for (const offset of days) {
        const t = week + offset * DAY + timeOfDay;
        if (t > start && !accept(t)) return;
      }
    }
  } else {
    const y0 = s.getUTCFullYear();
    const m0 = s.getUTCMonth();
    const startDate = s.getUTCDate();
    // Months vary in length: count 31 days each, so the jump never passes `from`.
    for (let i = Math.max(0, skip(rule.interval * 31 * DAY)) * rule.interval; ; i += rule.interval) {
      const y = y0 + Math.floor((m0 + i) / 12);
      const m = (m0 + i) % 12;
      const first = Date.UTC(y, m, 1);
      if (first > limit) break;
      const n = monthDays(rule, y, m, startDate);
      for (let k = 0; k < n; k++) {
        const t = monthBuffer[k]! + timeOfDay;
        if (t > start && !accept(t)) return;
      }
    }
  }
}
