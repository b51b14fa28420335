/**
 * The next events of the dataset for a widget that is not the calendar: an organization's next
 * clinics on a finder card, the next town halls near the visitor on the contact form's last step.
 * Pure; unit-tested. Cancelled and postponed events are left out (the calendar shows them,
 * with their status; a "next event" link must lead somewhere that happens).
 */
import type {CommunityEvent} from '../dataset/schema/index.js';
import {expandEvents, type Occurrence} from './occurrences.js';

const DAY = 86_400_000;

export interface NextEventsFilter {
  /** Now (UTC ms): occurrences that already ended are left out. */
  from: number;
  /** How far ahead to look, in days (default 60). */
  days?: number;
  /** Only events organized by this organization (`organizer.organizationId`). */
  organizationId?: string;
  /** Only events in one of these counties (event `counties` or `location.county`), or online. */
  counties?: readonly string[];
  /** Keep online-only events when filtering by county (default true: anyone can join them). */
  online?: boolean;
  /** Only these event types (`town-hall`, `kyr-workshop`...). */
  types?: readonly CommunityEvent['type'][];
  /** At most this many, one per event (its next occurrence; default 3). */
  limit?: number;
  /** Leave out sample events (default true): they are not real. */
  real?: boolean;
}

const inCounty = (event: CommunityEvent, counties: readonly string[], online: boolean): boolean => {
  if (online && event.format === 'online') return true;
  const own = event.counties ?? (event.location?.county ? [event.location.county] : []);
  return own.some((c) => counties.includes(c));
};

/** The next occurrence of each matching event, soonest first, at most `limit`. */
export function nextEvents(events: readonly CommunityEvent[], f: NextEventsFilter): Occurrence[] {
  const {from, days = 60, organizationId, counties, online = true, types, limit = 3, real = true} = f;
  const chosen = events.filter(
    (e) =>
      e.status !== 'cancelled' &&
      e.status !== 'postponed' &&
      (!real || !e.sample) &&
      (organizationId === undefined || e.organizer.organizationId === organizationId) &&
      (types === undefined || types.includes(e.type)) &&
      (counties === undefined || inCounty(e, counties, online)),
  );
  if (chosen.length === 0 || limit <= 0) return [];
  const {occurrences} = expandEvents(chosen, {from, to: from + days * DAY});
  const seen = new Set<string>();
  const out: Occurrence[] = [];
  for (const o of occurrences) {
    if (o.end <= from || seen.has(o.event.id)) continue;
    seen.add(o.event.id);
    out.push(o);
    if (out.length === limit) break;
  }
  return out;
}
