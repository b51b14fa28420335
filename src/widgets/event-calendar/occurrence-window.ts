/**
 * The occurrences of the calendar's window (from now, `months` ahead):
 * expanded once per window and set of events, with the events it cannot expand reported on the
 * console once per set of events and kept for the "entries not shown" notice. A cache read
 * during render, with no lifecycle of its own.
 */
import type {CommunityEvent} from '../../core/dataset/schema/index.js';
import {expandEvents, type ExpansionProblem, type Occurrence} from '../../core/events/occurrences.js';

const DAY = 86_400_000;

export class OccurrenceWindow {
  private expansion?: {key: string; occurrences: Occurrence[]; problems: ExpansionProblem[]};
  private readonly reported = new WeakSet<object>();

  /** Events that could not be expanded in the last window. */
  get problems(): readonly ExpansionProblem[] {
    return this.expansion?.problems ?? [];
  }

  /** Every occurrence of `events` from `now` (to the minute) for `months` months (1 to 24, default 3), sorted. */
  window(events: readonly CommunityEvent[], now: number, months: number): Occurrence[] {
    const from = Math.floor(now / 60_000) * 60_000;
    const to = from + Math.max(1, Math.min(months || 3, 24)) * 31 * DAY;
    const key = `${from}|${to}`;
    if (this.expansion?.key !== key || !this.reported.has(events)) {
      const {occurrences, problems} = expandEvents(events, {from, to});
      this.expansion = {key, occurrences, problems};
      if (!this.reported.has(events)) {
        this.reported.add(events);
        for (const p of problems) console.warn(`Amparo event calendar: event "${p.id}" skipped: ${p.reason}.`);
      }
    }
    return this.expansion.occurrences;
  }
}
