/**
 * The contact form's last step, a lazy part (fetched once the person records an outcome, so the
 * first load does not pay for it): the optional report to the site's `submit-endpoint` (outcomes
 * only; sign-up details only with the consent box ticked), the next town halls, then workshops,
 * near the person (the dataset's events in the looked-up ZIP's county, or online), each linking
 * that event in the calendar (on this page: followed there; else the site's `calendar-page`), and
 * the host organization's volunteer and donate links (the dataset's publisher). Plain functions
 * of the view state.
 */
import {html, nothing, type TemplateResult} from 'lit';
import {msg} from '@lit/localize';
import {crossLink, followHere, WIDGET_TAGS, type CrossLink} from '../../core/cross-links.js';
import type {CommunityEvent, Dataset} from '../../core/dataset/schema/index.js';
import {nextEvents} from '../../core/events/next.js';
import type {Occurrence} from '../../core/events/occurrences.js';
import {dateFormat} from '../../core/format.js';
import {uiLocale} from '../../core/i18n/localization.js';
import {safeUrl} from '../../core/safe-url.js';
import {shareUrl} from '../../core/share.js';
import type {ViewActions, ViewState} from './context.js';
import {consentText} from './labels.js';

/** What the last step offers, in this order: town halls, then workshops. */
const TOWN_HALLS: CommunityEvent['type'][] = ['town-hall'];
const WORKSHOPS: CommunityEvent['type'][] = ['kyr-workshop', 'training'];
const LIMIT = 3;

const cache = new WeakMap<Dataset, {key: string; list: Occurrence[]}>();

/**
 * The next events near the person from `now` (UTC ms): town halls first, then workshops, at most
 * three, one occurrence per event, in `county` (FIPS) or online. Sample events only in a sample
 * dataset (a demo shows its demo events; a real dataset never shows a sample one).
 */
export function upcoming(dataset: Dataset, county: string | undefined, now: number): Occurrence[] {
  // Whole minutes: the done screen re-renders on every keystroke of the report form.
  const key = `${county}|${Math.floor(now / 60_000)}`;
  const hit = cache.get(dataset);
  if (hit?.key === key) return hit.list;
  const near = {from: now, counties: county ? [county] : [], real: !dataset.meta.sample};
  const halls = nextEvents(dataset.events, {...near, types: TOWN_HALLS, limit: LIMIT});
  const list = [...halls, ...nextEvents(dataset.events, {...near, types: WORKSHOPS, limit: LIMIT - halls.length})];
  cache.set(dataset, {key, list});
  return list;
}

/** A link to the calendar with `state`: the calendar on this page, else the site's `calendar-page`; none without either. */
function calendarLink(s: ViewState, state: Record<string, string>): {link: CrossLink; href?: string; state: Record<string, string>} {
  const link = crossLink('calendar', state, s.host);
  // On this page without a named page: this page's address with the state (a new tab opens it there).
  return {link, state, href: link.href ?? (link.here ? shareUrl(state, WIDGET_TAGS.calendar) : undefined)};
}

/** A plain click on a link to the calendar on this page is followed there; a middle or modified click opens the address. */
const follow = (link: CrossLink, state: Record<string, string>) => (e: MouseEvent) => {
  if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
  if (followHere(link, state)) e.preventDefault();
};

function typeLabel(type: CommunityEvent['type']): string {
  return type === 'town-hall'
    ? msg('Town hall', {id: 'contact.next.town-hall'})
    : type === 'training'
      ? msg('Training', {id: 'contact.next.training'})
      : msg('Know-your-rights workshop', {id: 'contact.next.workshop'});
}

/** "Sat, Dec 12, 6:00 PM PST" in the interface language, in the event's time zone. */
function when(o: Occurrence): string {
  const ui = uiLocale();
  return o.allDay
    ? dateFormat(ui, {weekday: 'short', month: 'short', day: 'numeric', timeZone: 'UTC'}).format(o.wallStart)
    : dateFormat(ui, {weekday: 'short', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit', timeZone: o.event.timeZone, timeZoneName: 'short'}).format(o.start);
}

function eventItem(s: ViewState, o: Occurrence): TemplateResult {
  const e = o.event;
  const {link, href, state} = calendarLink(s, {event: e.id});
  const title = s.content.text(e.title);
  const place = e.format === 'online' ? msg('Online', {id: 'contact.next.online'}) : e.location?.locality;
  return html`<li>
    ${href ? html`<a href=${href} @click=${follow(link, state)}>${title}</a>` : html`<span class="name">${title}</span>`}
    <span class="small">
      ${typeLabel(e.type)} · <time datetime=${new Date(o.start).toISOString()}>${when(o)}</time>${place
        ? html` · <bdi>${place}</bdi>`
        : nothing}
    </span>
  </li>`;
}

/** The next town halls and workshops near the person, and the way to all events; nothing when there is neither. */
export function nextSteps(s: ViewState): TemplateResult | typeof nothing {
  const r = s.lookup.result;
  const county = r?.ok ? r.county : undefined;
  const events = upcoming(s.dataset, county, s.now);
  // The county as its FIPS code (the calendar reads a code or a name; a code needs no list of names here).
  const all = calendarLink(s, county ? {county} : {});
  if (!events.length && !all.href) return nothing;
  return html`<section class="next" aria-labelledby="next-events">
    <div id="next-events" role="heading" aria-level=${s.level + 2} class="subtitle">
      ${msg('Next: town halls and workshops near you', {id: 'contact.next.heading'})}
    </div>
    ${events.length
      ? html`<ul class="events">
          ${events.map((o) => eventItem(s, o))}
        </ul>`
      : html`<p>${msg('No town hall or workshop near you is planned yet.', {id: 'contact.next.none'})}</p>`}
    ${all.href ? html`<a href=${all.href} @click=${follow(all.link, all.state)}>${msg('See all events', {id: 'contact.next.all'})}</a>` : nothing}
  </section>`;
}

/** The host organization's volunteer and donate pages (the dataset's publisher), as plain links. */
export function supportLinks(s: ViewState): TemplateResult | typeof nothing {
  const p = s.dataset.meta.publisher;
  const volunteer = safeUrl(p?.volunteerUrl, {protocols: ['https:', 'http:']});
  const donate = safeUrl(p?.donateUrl, {protocols: ['https:', 'http:']});
  if (!p || (!volunteer && !donate)) return nothing;
  return html`<section class="support" aria-labelledby="support">
    <div id="support" role="heading" aria-level=${s.level + 2} class="subtitle">
      ${msg('Support this work', {id: 'contact.support.heading'})}
    </div>
    <p>${s.content.text(p.name)}</p>
    <div class="row">
      ${volunteer ? html`<a class="button secondary" href=${volunteer} data-kind="volunteer">${msg('Volunteer', {id: 'contact.support.volunteer'})}</a>` : nothing}
      ${donate ? html`<a class="button secondary" href=${donate} data-kind="donate">${msg('Donate', {id: 'contact.support.donate'})}</a>` : nothing}
    </div>
  </section>`;
}

/** The report to the site's `submit-endpoint`: which officials and how, and sign-up details only with consent. */
export function reportForm(s: ViewState, a: ViewActions): TemplateResult {
  const {draft, sending} = s;
  const missing = sending.consent && (!draft.sender.name || !draft.sender.email);
  const failed = sending.state === 'failed';
  return html`<form novalidate @submit=${(e: Event) => a.send(e, s.campaign)}>
    <p class="small">
      ${msg('Send the organization which officials you contacted and how (no name, no address), so it knows what works.')}
    </p>
    <label class="choice">
      <input type="checkbox" .checked=${sending.consent} @change=${(e: Event) => sending.setConsent((e.target as HTMLInputElement).checked)} />
      <span>${consentText()}</span>
    </label>
    ${sending.consent
      ? (['name', 'email'] as const).map(
          (f) => html`<label>
            <span>${f === 'name' ? msg('Your name') : msg('Email')}</span>
            <input
              name=${f}
              type=${f === 'email' ? 'email' : 'text'}
              autocomplete=${f}
              .value=${draft.sender[f] ?? ''}
              @input=${(e: Event) => draft.setField(f, (e.target as HTMLInputElement).value)}
            />
          </label>`,
        )
      : nothing}
    <div class="honeypot visually-hidden" aria-hidden="true">
      <label>${msg('Leave this field empty')} <input name="website" tabindex="-1" autocomplete="off" @input=${(e: Event) => (sending.honeypot = (e.target as HTMLInputElement).value)} /></label>
    </div>
    ${failed
      ? html`<p class="notice" data-tone="error" role="alert">${msg('We could not send it. Your information is still here; please try again.')}</p>`
      : nothing}
    <button id="send" type="submit" ?disabled=${missing} aria-disabled=${sending.state === 'sending' ? 'true' : 'false'}>
      ${failed ? msg('Try again') : msg('Send')}
    </button>
  </form>`;
}
