/** The calendar's events (`amparo-event-open`, `amparo-add-to-calendar`) and their details. */

/** Detail of `amparo-event-open`: the person opened an event's details. */
export interface EventOpenDetail {
  id: string;
  /** The occurrence's start, ISO 8601 UTC. */
  start: string;
}

/** Detail of `amparo-add-to-calendar`. */
export interface AddToCalendarDetail {
  target: 'ics' | 'google' | 'outlook';
  /** `event`: one event (a series with all its dates in .ics); `list`: the filtered list as one .ics. */
  scope: 'event' | 'list';
  ids: string[];
}

declare global {
  interface HTMLElementEventMap {
    'amparo-event-open': CustomEvent<EventOpenDetail>;
    'amparo-add-to-calendar': CustomEvent<AddToCalendarDetail>;
  }
}
