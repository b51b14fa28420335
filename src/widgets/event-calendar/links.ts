/**
 * The add-to-calendar pieces every event card needs at render time: Google Calendar and
 * Outlook.com links, the plain-text place and description, and the file download. The .ics
 * writer (ics.ts) is loaded only on demand.
 */
import type {CommunityEvent} from '../../core/dataset/schema/index.js';
import {pickText} from '../../core/format.js';
import type {Occurrence} from '../../core/events/occurrences.js';
import {formatWall} from '../../core/events/tz.js';

export const utcStamp = (t: number) => new Date(t).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
export const wallStamp = (w: number) => formatWall(w).replace(/[-:]/g, '') + '00';
export const dateStamp = (w: number) => formatWall(w, true).replace(/-/g, '');

/** Plain-text place of an event: venue, street address or locality. */
export function placeText(event: CommunityEvent, locale: string): string {
  const l = event.location;
  if (!l) return '';
  const name = l.name ? pickText(l.name, locale).text : '';
  const a = l.address;
  const where = a ? `${a.street}${a.suite ? ` ${a.suite}` : ''}, ${a.city}, ${a.state} ${a.zip}` : (l.locality ?? '');
  return [name, where].filter(Boolean).join(', ');
}

export function eventDescription(
  event: CommunityEvent,
  options: {locale: string; labels?: {register?: string; online?: string}},
): string {
  const parts = [event.description ? pickText(event.description, options.locale).text : ''];
  if (event.online?.url) parts.push(`${options.labels?.online ?? 'Online'}: ${event.online.url}`);
  if (event.rsvp?.url) parts.push(`${options.labels?.register ?? 'Register'}: ${event.rsvp.url}`);
  parts.push(event.organizer.name);
  return parts.filter(Boolean).join('\n\n');
}

/** A "Google Calendar" link that adds one occurrence. */
export function googleCalendarUrl(o: Occurrence, locale: string): string {
  const e = o.event;
  const dates = o.allDay
    ? `${dateStamp(o.wallStart)}/${dateStamp(o.wallEnd)}`
    : `${utcStamp(o.start)}/${utcStamp(o.end)}`;
  const params = new URLSearchParams({
    action: 'TEMPLATE',
    text: pickText(e.title, locale).text,
    dates,
    ctz: e.timeZone,
    details: eventDescription(e, {locale}),
    location: placeText(e, locale) || (e.online?.url ?? ''),
  });
  return `https://calendar.google.com/calendar/render?${params}`;
}

/** An "Outlook.com" link that adds one occurrence. */
export function outlookCalendarUrl(o: Occurrence, locale: string): string {
  const e = o.event;
  const iso = (t: number) => new Date(t).toISOString().replace(/\.\d{3}/, '');
  const params = new URLSearchParams({
    path: '/calendar/action/compose',
    rru: 'addevent',
    subject: pickText(e.title, locale).text,
    startdt: o.allDay ? formatWall(o.wallStart, true) : iso(o.start),
    enddt: o.allDay ? formatWall(o.wallEnd, true) : iso(o.end),
    allday: String(o.allDay),
    body: eventDescription(e, {locale}),
    location: placeText(e, locale) || (e.online?.url ?? ''),
  });
  return `https://outlook.live.com/calendar/0/deeplink/compose?${params}`;
}

/** Offers `text` as a file download (a Blob URL, revoked after the click). */
export function downloadFile(text: string, filename: string, type = 'text/calendar;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([text], {type}));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.rel = 'noopener';
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
