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

const daysInMonth = (y: number, m: number) => new Date(Date.UTC(y, m + 1, 0)).getUTCDate();

/** The days (floating ms at midnight) of one month that the rule's BYDAY/BYMONTHDAY select, sorted. */
function monthDays(rule: Rule, y: number, m: number, startDay: number): number[] {
  const len = daysInMonth(y, m);
  const first = Date.UTC(y, m, 1);
  const firstWeekday = new Date(first).getUTCDay();
  let days: number[];
  if (rule.byMonthDay) {
    days = rule.byMonthDay.map((n) => (n > 0 ? n : len + n + 1)).filter((d) => d >= 1 && d <= len);
    if (rule.byDay) days = days.filter((d) => matchesByDay(rule.byDay!, y, m, d, len, firstWeekday));
  } else if (rule.byDay) {
    days = [];
    for (let d = 1; d <= len; d++) if (matchesByDay(rule.byDay, y, m, d, len, firstWeekday)) days.push(d);
  } else {
    days = startDay <= len ? [startDay] : [];
  }
  return [...new Set(days)].sort((a, b) => a - b).map((d) => first + (d - 1) * DAY);
}

function matchesByDay(byDay: ByDay[], _y: number, _m: number, d: number, len: number, firstWeekday: number): boolean {
  const wd = (firstWeekday + d - 1) % 7;
  return byDay.some((b) => {
    if (b.day !== wd) return false;
    if (!b.nth) return true;
    return b.nth > 0 ? Math.ceil(d / 7) === b.nth : Math.ceil((len - d + 1) / 7) === -b.nth;
  });
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

/**
 * Start times (floating ms) of the series that starts at wall time `start`, up to `to`,
 * in order. EXDATE/RDATE are applied by the caller (occurrences.ts).
 */
export function expandRule(rule: Rule, start: number, {to, toUtc, from = -Infinity, max = 5000}: ExpandOptions): number[] {
  const out: number[] = [];
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
    return out.length < count && out.length < max;
  };
  if (!accept(start)) return out;
  /** Whole periods of `size` ms to jump over when they all end before `from` (never with COUNT). */
  const skip = (size: number) => (rule.count === undefined && from > startDay + size ? Math.floor((from - startDay) / size) - 1 : 0);
  const wd = (t: number) => new Date(t).getUTCDay();
  // Each loop visits one period (day, week or month) and stops when the period starts past the limit.
  if (rule.freq === 'DAILY') {
    const step = rule.interval * DAY;
    for (let day = startDay + Math.max(1, skip(step)) * step; day <= limit; day += step) {
      const weekday = (Math.floor(day / DAY) + 4) % 7; // 1970-01-01 was a Thursday
      if (rule.byDay && !rule.byDay.some((b) => b.day === weekday)) continue;
      if (rule.byMonthDay) {
        const date = new Date(day);
        const len = daysInMonth(date.getUTCFullYear(), date.getUTCMonth());
        const d = date.getUTCDate();
        if (!rule.byMonthDay.some((n) => (n > 0 ? n : len + n + 1) === d)) continue;
      }
      if (day + timeOfDay > start && !accept(day + timeOfDay)) return out;
    }
  } else if (rule.freq === 'WEEKLY') {
    const weekStart = startDay - ((wd(startDay) - rule.wkst + 7) % 7) * DAY;
    const days = rule.byDay ? [...new Set(rule.byDay.map((b) => (b.day - rule.wkst + 7) % 7))].sort((a, b) => a - b) : [(wd(startDay) - rule.wkst + 7) % 7];
    const step = rule.interval * 7 * DAY;
    for (let week = weekStart + Math.max(0, skip(step)) * step; week <= limit; week += step) {
      for (const offset of days) {
        const t = week + offset * DAY + timeOfDay;
        if (t > start && !accept(t)) return out;
      }
    }
  } else {
    const y0 = s.getUTCFullYear();
    const m0 = s.getUTCMonth();
    // Months vary in length: count 31 days each, so the jump never passes `from`.
    for (let i = Math.max(0, skip(rule.interval * 31 * DAY)) * rule.interval; ; i += rule.interval) {
      const first = Date.UTC(y0, m0 + i, 1);
      if (first > limit) break;
      const date = new Date(first);
      for (const day of monthDays(rule, date.getUTCFullYear(), date.getUTCMonth(), s.getUTCDate())) {
        const t = day + timeOfDay;
        if (t > start && !accept(t)) return out;
      }
    }
  }
  return out;
}
