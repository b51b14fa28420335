/**
 * An event's details (place, online link, languages, cost, accessibility, safety, organizer,
 * registration) and its add-to-calendar actions: a chunk of its own, loaded when the list is
 * first shown (idle) or when the person opens an event, so the widget's own chunk stays small.
 */
import {html, nothing, type TemplateResult} from 'lit';
import {msg, str} from '@lit/localize';
import type {CommunityEvent} from '../../core/dataset/schema/index.js';
import type {LocalizedText} from '../../core/format.js';
import {pickText} from '../../core/format.js';
import {uiLocale} from '../../core/i18n/localization.js';
import {directionOf} from '../../core/locale.js';
import {safeUrl, telUrl} from '../../core/safe-url.js';
import {costLabel, featureLabel, languageLabel} from './labels.js';
import {googleCalendarUrl, outlookCalendarUrl} from './links.js';
import type {Occurrence} from '../../core/events/occurrences.js';

export interface DetailsContext {
  locale: string;
  /** Base for relative URLs (the dataset's). */
  base?: string;
  /** Events from the `ics-src` feed: their place is free text, not a withheld address. */
  isFeedEvent(event: CommunityEvent): boolean;
  text(value: LocalizedText): TemplateResult;
  download(o: Occurrence): void;
  added(target: 'google' | 'outlook', ids: string[]): void;
  loadIcs(): void;
  /** "Share this event" with its status. */
  share(o: Occurrence): TemplateResult;
  /** The organization in the finder, or nothing. */
  orgLink(event: CommunityEvent): TemplateResult | typeof nothing;
}

/** The body of an opened event: details, then add-to-calendar. */
export function eventDetails(ctx: DetailsContext, o: Occurrence): TemplateResult {
  return html`${renderDetails(ctx, o)}${renderAddToCalendar(ctx, o)}`;
}

function renderDetails(ctx: DetailsContext, o: Occurrence): TemplateResult {
  const e = o.event;
  const ui = uiLocale();
  const base = ctx.base;
  const web = (u?: string) => safeUrl(u, {base, protocols: ['https:', 'http:']});
  const l = e.location;
  const online = web(e.online?.url);
  const rsvp = web(e.rsvp?.url);
  const organizer = web(e.organizer.url);
  const features = e.accessibility?.features ?? [];
  const interpreted = (e.interpretation ?? []).map((i) => languageLabel(i.language, ui)).join(', ');
  const safety = e.safety;
  const photo =
    safety?.photoPolicy === 'no-photos'
      ? msg('No photos or video.')
      : safety?.photoPolicy === 'ask-first'
        ? msg('Ask before taking photos.')
        : '';
  const description = e.description && pickText(e.description, ctx.locale);
  const item = (label: string, value: unknown) => html`<div><dt>${label}</dt><dd>${value}</dd></div>`;
  return html`<div class="details-body">
    ${description
      ? description.text
          .split(/\n\s*\n/)
          .map((p) => html`<p lang=${description.lang} dir=${directionOf(description.lang)}>${p}</p>`)
      : e.summary
        ? html`<p>${ctx.text(e.summary)}</p>`
        : nothing}
    <dl>
      ${e.format !== 'online' && l
        ? item(
            msg('Place'),
            html`${l.name ? html`${ctx.text(l.name)}<br />` : nothing}${l.address
              ? html`<bdi>${l.address.street}${l.address.suite ? ` ${l.address.suite}` : ''}, ${l.address.city}, ${l.address.state}
                  ${l.address.zip}</bdi>`
              : ctx.isFeedEvent(e)
                ? html`<bdi>${l.locality}</bdi>`
                : html`<bdi>${l.locality}</bdi><br />${msg('Address shared after registering.')}`}
            ${l.directions ? html`<br />${ctx.text(l.directions)}` : nothing}`,
          )
        : nothing}
      ${e.format !== 'in-person'
        ? item(
            msg('Online'),
            html`${online
              ? html`<a href=${online} rel="noopener noreferrer" target="_blank">${e.online?.platform ?? msg('Join online')}</a>`
              : html`${e.online?.platform ? html`<bdi>${e.online.platform}</bdi>: ` : nothing}${msg('Link shared after registering.')}`}
            ${e.online?.instructions ? html`<br />${ctx.text(e.online.instructions)}` : nothing}`,
          )
        : nothing}
      ${item(
        msg('Languages'),
        html`${e.languages.map((t) => languageLabel(t, ui)).join(', ')}${interpreted
          ? html`<br />${msg(str`Interpretation: ${interpreted}`)}`
          : nothing}`,
      )}
      ${e.cost
        ? item(
            msg('Cost'),
            html`${costLabel(e.cost.type)}${e.cost.amount
              ? html` · ${new Intl.NumberFormat(ui, {style: 'currency', currency: e.cost.currency ?? 'USD'}).format(e.cost.amount)}`
              : nothing}${e.cost.note ? html`<br />${ctx.text(e.cost.note)}` : nothing}`,
          )
        : nothing}
      ${features.length || e.accessibility?.notes
        ? item(
            msg('Accessibility'),
            html`${features.map(featureLabel).join(', ')}${e.accessibility?.notes
              ? html`${features.length ? html`<br />` : nothing}${ctx.text(e.accessibility.notes)}`
              : nothing}`,
          )
        : nothing}
      ${safety && (safety.noIdRequired || safety.confidential || photo || safety.notes || safety.recording)
        ? item(
            msg('Safety'),
            html`<ul class="plain">
              ${safety.noIdRequired ? html`<li>${msg('No ID required.')}</li>` : nothing}
              ${safety.noRegistrationRequired ? html`<li>${msg('No registration needed.')}</li>` : nothing}
              ${safety.confidential ? html`<li>${msg('Confidential: what you share stays in the room.')}</li>` : nothing}
              ${photo ? html`<li>${photo}</li>` : nothing}
              ${safety.recording === 'none' ? html`<li>${msg('Not recorded.')}</li>` : nothing}
              ${safety.recording === 'recorded' ? html`<li>${msg('This event is recorded.')}</li>` : nothing}
              ${safety.recording === 'livestreamed' ? html`<li>${msg('This event is livestreamed.')}</li>` : nothing}
              ${safety.notes ? html`<li>${ctx.text(safety.notes)}</li>` : nothing}
            </ul>`,
          )
        : nothing}
      ${item(
        msg('Organizer'),
        html`${organizer ? html`<a href=${organizer} rel="noopener noreferrer" target="_blank">${e.organizer.name}</a>` : e.organizer.name}${ctx.orgLink(e) === nothing
          ? nothing
          : html`<br />${ctx.orgLink(e)}`}`,
      )}
      ${rsvp || e.rsvp?.phone || e.rsvp?.email
        ? item(
            msg('Register'),
            html`${rsvp ? html`<a href=${rsvp} rel="noopener noreferrer" target="_blank">${msg('Register for this event')}</a>` : nothing}
            ${e.rsvp?.phone && telUrl(e.rsvp.phone.number)
              ? html`<br /><a href=${telUrl(e.rsvp.phone.number)!} dir="ltr">${e.rsvp.phone.number}</a>`
              : nothing}
            ${e.rsvp?.email && safeUrl(`mailto:${e.rsvp.email}`, {protocols: ['mailto:']})
              ? html`<br /><a href=${safeUrl(`mailto:${e.rsvp.email}`, {protocols: ['mailto:']})!}>${e.rsvp.email}</a>`
              : nothing}`,
          )
        : nothing}
    </dl>
  </div>`;
}

function renderAddToCalendar(ctx: DetailsContext, o: Occurrence): TemplateResult {
  const title = pickText(o.event.title, ctx.locale).text;
  const ids = [o.event.id];
  return html`<div
    class="actions"
    part="actions"
    role="group"
    aria-label=${msg(str`Add to calendar: ${title}`)}
    @pointerenter=${ctx.loadIcs}
    @focusin=${ctx.loadIcs}
  >
    <button type="button" class="secondary" @click=${() => ctx.download(o)}>
      ${o.recurring ? msg('Calendar file, all dates (.ics)') : msg('Calendar file (.ics)')}
    </button>
    <a
      class="button secondary"
      href=${googleCalendarUrl(o, ctx.locale)}
      target="_blank"
      rel="noopener noreferrer"
      @click=${() => ctx.added('google', ids)}
      >${msg('Google Calendar')}</a
    >
    <a
      class="button secondary"
      href=${outlookCalendarUrl(o, ctx.locale)}
      target="_blank"
      rel="noopener noreferrer"
      @click=${() => ctx.added('outlook', ids)}
      >${msg('Outlook.com')}</a
    >
    ${ctx.share(o)}
  </div>`;
}
