/**
 * Opening hours from the dataset's `Hours` (weekly ranges in a time zone, or open 24/7): whether
 * a place is open now, and the times as the person's locale writes them. Unknown hours stay
 * unknown, never "closed". No DOM, no Lit: unit-tested directly.
 */
import type {Hours} from '../../core/dataset/schema/index.js';
import {WEEKDAYS} from '../../core/dataset/vocabulary.js';
import {dateFormat} from '../../core/format.js';

export type Weekday = (typeof WEEKDAYS)[number];

export type OpenState =
  | {status: 'open'; /** `HH:MM` of today's closing; absent when open all day / 24/7. */ closes?: string}
  | {status: 'closed'; /** The next opening within a week. */ next?: {day: Weekday; opens: string}}
  | {status: 'unknown'};

/** The default zone for hours that give none and a dataset without `meta.timeZone`. */
export const DEFAULT_TIME_ZONE = 'America/Los_Angeles';

const minutes = (hhmm: string): number => {
  const [h = 0, m = 0] = hhmm.split(':').map(Number);
  return h * 60 + m;
};

/** Day of week (0 = Monday) and minutes since midnight of `now` in `timeZone`. */
export function wallClock(now: Date, timeZone: string): {day: number; minute: number} {
  const parts = dateFormat('en-US', {timeZone, weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23'})
    .formatToParts(now)
    .reduce<Record<string, string>>((acc, p) => ({...acc, [p.type]: p.value}), {});
  const day = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(parts['weekday'] ?? '');
  return {day, minute: Number(parts['hour']) * 60 + Number(parts['minute'])};
}

/**
 * Open or closed at `now`, in the hours' own zone (else `fallbackZone`). A range whose closing
 * time is not after its opening (`22:00`–`02:00`) runs past midnight into the next day.
 */
export function openState(hours: Hours | undefined, now: Date, fallbackZone = DEFAULT_TIME_ZONE): OpenState {
  if (hours?.open247) return {status: 'open'};
  const ranges = hours?.weekly ?? [];
  if (!ranges.length) return {status: 'unknown'};
  const {day, minute} = wallClock(now, hours?.timeZone ?? fallbackZone);
  const today = WEEKDAYS[day]!;
  const yesterday = WEEKDAYS[(day + 6) % 7]!;
  for (const r of ranges) {
    const opens = minutes(r.opens);
    const closes = minutes(r.closes);
    if (closes > opens) {
      if (r.days.includes(today) && minute >= opens && minute < closes) {
        return closes >= 1440 && opens === 0 ? {status: 'open'} : {status: 'open', closes: r.closes};
      }
    } else {
      // Overnight (or a full day when opens == closes).
      if (r.days.includes(today) && minute >= opens) return {status: 'open', closes: r.closes};
      if (r.days.includes(yesterday) && minute < closes) return {status: 'open', closes: r.closes};
    }
  }
  // The next opening: later today, then the following six days.
  for (let offset = 0; offset < 7; offset++) {
    const d = WEEKDAYS[(day + offset) % 7]!;
    const starts = ranges
      .filter((r) => r.days.includes(d) && (offset > 0 || minutes(r.opens) > minute))
      .map((r) => r.opens)
      .sort();
    if (starts.length) return {status: 'closed', next: {day: d, opens: starts[0]!}};
  }
  return {status: 'closed'};
}

/** `09:00` as the locale writes a time of day ("9:00 AM", "9:00"). */
export function formatTime(hhmm: string, locale: string): string {
  const [h = 0, m = 0] = hhmm.split(':').map(Number);
  return dateFormat(locale, {hour: 'numeric', minute: '2-digit', timeZone: 'UTC'}).format(Date.UTC(2024, 0, 1, h, m));
}

/** A weekday's name in the locale (`long` "Tuesday" or `short` "Tue"). */
export function weekdayName(day: Weekday, locale: string, width: 'long' | 'short' = 'short'): string {
  // 2024-01-01 was a Monday.
  return dateFormat(locale, {weekday: width, timeZone: 'UTC'}).format(Date.UTC(2024, 0, 1 + WEEKDAYS.indexOf(day)));
}

/** One line per weekly range: "Tue, Wed, Thu 9:00 AM – 12:00 PM". */
export function hoursLines(hours: Hours | undefined, locale: string): string[] {
  return (hours?.weekly ?? []).map(
    (r) =>
      `${[...r.days].sort((a, b) => WEEKDAYS.indexOf(a) - WEEKDAYS.indexOf(b)).map((d) => weekdayName(d, locale)).join(', ')} ` +
      `${formatTime(r.opens, locale)} – ${formatTime(r.closes === '24:00' ? '00:00' : r.closes, locale)}`,
  );
}
