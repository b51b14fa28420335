/**
 * An event's ways out (issue 18): what "Share this event" sends (title, date and time in the
 * interface language, the place or "online", a link that reopens the event's details, and the
 * event's .ics where the browser shares files), and its organization's link to the finder.
 */
import {html, nothing, type TemplateResult} from 'lit';
import {msg} from '@lit/localize';
import {crossLink, followHere} from '../../core/cross-links.js';
import type {CommunityEvent, Dataset} from '../../core/dataset/schema/index.js';
import type {Occurrence} from '../../core/events/occurrences.js';
import {dateFormat, pickText} from '../../core/format.js';
import {uiLocale} from '../../core/i18n/localization.js';
import {shareUrl, type ShareData} from '../../core/share.js';
import type * as Ics from './ics.js';

/** What "Share this event" sends; `ics`: the .ics writer when already loaded (a share needs its file in the click). */
export function shareData(o: Occurrence, locale: string, ics: typeof Ics | undefined, domain: string): ShareData {
  const e = o.event;
  const title = pickText(e.title, locale).text;
  const when = dateFormat(uiLocale(), {
    weekday: 'long',
    month: 'long',
    day: 'numeric',
    ...(o.allDay ? {timeZone: 'UTC'} : {hour: 'numeric', minute: '2-digit', timeZone: e.timeZone, timeZoneName: 'short'}),
  }).format(o.allDay ? o.wallStart : o.start);
  const l = e.location;
  const where = e.format === 'online' ? msg('Online') : (l?.name && pickText(l.name, locale).text) || l?.address?.city || l?.locality || '';
  const file = ics && new File([ics.eventsCalendar([e], locale, domain)], `${e.id}.ics`, {type: 'text/calendar'});
  return {title, text: [title, when, where].filter(Boolean).join(' · '), url: shareUrl({event: e.id}, 'amparo-event-calendar'), ...(file && {files: [file]})};
}

/**
 * "More help from this organization": the finder with the event's organization, when
 * `organizer.organizationId` names an organization of the dataset and a finder is on this page
 * (followed there) or named by `finder-page`; else nothing.
 */
export function orgLink(from: Element, e: CommunityEvent, organizations: Dataset['organizations']): TemplateResult | typeof nothing {
  const id = e.organizer.organizationId;
  if (!id || !organizations.some((x) => x.id === id)) return nothing;
  const state = {org: id};
  const link = crossLink('finder', state, from);
  if (!link.href && !link.here) return nothing;
  const click = (ev: MouseEvent) => {
    if (!ev.ctrlKey && !ev.metaKey && !ev.shiftKey && ev.button === 0 && followHere(link, state)) ev.preventDefault();
  };
  return html`<a class="org-link" href=${link.href ?? '#'} @click=${click}>${msg('More help from this organization', {id: 'calendar.org-in-finder'})}</a>`;
}
