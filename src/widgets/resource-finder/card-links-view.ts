/**
 * What a provider card links to beyond its own contacts: a share button (a link that reopens
 * the finder on that card: only the service id, never what the person typed), the
 * organization's next events (each to the calendar), and its volunteer and donate pages.
 */
import {html, nothing, type TemplateResult} from 'lit';
import {msg} from '@lit/localize';
import {crossLink, followHere, WIDGET_TAGS} from '../../core/cross-links.js';
import type {Occurrence} from '../../core/events/occurrences.js';
import {dateFormat, pickText} from '../../core/format.js';
import {uiLocale} from '../../core/i18n/localization.js';
import {directionOf} from '../../core/locale.js';
import {safeUrl} from '../../core/safe-url.js';
import type {ShareController} from '../../core/share-controller.js';
import {shareUrl} from '../../core/share.js';
import {cardName} from './card-view.js';
import {needLabel} from './labels.js';
import type {Entry} from './search.js';

/** The share sheet's text: name, what it offers, the phone to call. Short and accurate. */
export function shareText(e: Entry, locale: string): string {
  const phone = (e.service?.phones ?? e.org?.phones ?? []).find((p) => p.kind !== 'fax' && p.kind !== 'sms');
  const offers = e.needs.slice(0, 3).map(needLabel).join(', ');
  return [cardName(e, locale), offers, phone?.number].filter(Boolean).join(' · ');
}

/** When an event starts, in the interface language and the event's time zone. */
export function eventWhen(o: Occurrence): string {
  const options: Intl.DateTimeFormatOptions = o.allDay
    ? {dateStyle: 'medium', timeZone: 'UTC'}
    : {dateStyle: 'medium', timeStyle: 'short', timeZone: o.event.timeZone};
  // An all-day event's date is its wall date (floating: read as UTC).
  return dateFormat(uiLocale(), options).format(o.allDay ? o.wallStart : o.start);
}

export interface CardLinks {
  entry: Entry;
  locale: string;
  share: ShareController;
  /** The element (the page attributes `calendar-page`), for the links to the calendar. */
  from: Element;
  /** The organization's next events, once known. */
  events?: readonly Occurrence[] | undefined;
}

export function cardLinksView({entry: e, locale, share, from, events}: CardLinks): TemplateResult {
  const org = e.org;
  const volunteer = safeUrl(org?.volunteerUrl, {protocols: ['https:', 'http:']});
  const donate = safeUrl(org?.donateUrl, {protocols: ['https:', 'http:']});
  const name = cardName(e, locale);
  return html`${events?.length
      ? html`<div class="next-events">
          <p class="small"><strong>${msg('Next events', {id: 'finder.nextEvents'})}</strong></p>
          <ul>
            ${events.map((o) => eventItem(o, locale, from))}
          </ul>
        </div>`
      : nothing}
    ${volunteer || donate
      ? html`<p class="small support">
          ${volunteer
            ? html`<a href=${volunteer} rel="noopener noreferrer" target="_blank"
                >${msg('Volunteer', {id: 'finder.volunteer'})}<span class="visually-hidden">: ${name}</span></a
              >`
            : nothing}
          ${donate
            ? html`<a href=${donate} rel="noopener noreferrer" target="_blank"
                >${msg('Donate', {id: 'finder.donate'})}<span class="visually-hidden">: ${name}</span></a
              >`
            : nothing}
        </p>`
      : nothing}
    ${share.render(`service:${e.id}`, msg('Share', {id: 'finder.share'}), () => ({
      title: name,
      text: shareText(e, locale),
      url: shareUrl({service: e.id}, WIDGET_TAGS.finder),
    }))}`;
}

function eventItem(o: Occurrence, locale: string, from: Element): TemplateResult {
  const state = {event: o.event.id};
  const link = crossLink('calendar', state, from);
  const title = pickText(o.event.title, locale);
  const label = html`<span lang=${title.lang} dir=${directionOf(title.lang)}>${title.text}</span>`;
  const when = html`<time datetime=${new Date(o.start).toISOString()}>${eventWhen(o)}</time>`;
  return html`<li class="small">
    ${when}:
    ${link.href || link.here
      ? html`<a
          href=${link.href ?? `#${WIDGET_TAGS.calendar}`}
          @click=${(ev: MouseEvent) => {
            if (!ev.ctrlKey && !ev.metaKey && !ev.shiftKey && ev.button === 0 && followHere(link, state)) ev.preventDefault();
          }}
          >${label}</a
        >`
      : label}
  </li>`;
}
