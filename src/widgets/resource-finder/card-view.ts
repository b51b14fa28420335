/**
 * One result card: the organization and what it does there, reach and intake badges,
 * credentials true today, the facts (needs, courts, type of help, languages, cost, remote help,
 * distance, eligibility), each location with its hours and map link, tap-to-call, how recently
 * the listing was checked, and "Report a problem".
 */
import {html, nothing, type TemplateResult} from 'lit';
import {msg, str} from '@lit/localize';
import type {LinkRecord} from '../../core/dataset/schema/index.js';
import {formatIsoDate, pickText, type LocalizedText} from '../../core/format.js';
import {uiLocale} from '../../core/i18n/localization.js';
import {safeUrl} from '../../core/safe-url.js';
import {freshness} from './freshness.js';
import {formatTime, hoursLines, openState, weekdayName} from './hours.js';
import {assistanceLabel, costLabel, credentialLabel, languageLabel, needLabel} from './labels.js';
import {addressLine, mapHref} from './location.js';
import type {Entry, Result} from './search.js';
import {fact, linkOut, miles as milesText, phoneView, type Kit} from './view-kit.js';

/** What a card shows besides its result. */
export interface CardContext {
  /** The heading id (unique in the widget: cards are reused at any position). */
  id: string;
  /** The DOJ roster link, for an ended recognition. */
  roster?: LinkRecord | undefined;
  /** What follows the card's own contact links (share, events, volunteer/donate). */
  more?: unknown;
}

export function cardView(kit: Kit, {entry: e, reach, miles}: Result, c: CardContext): TemplateResult {
  const s = e.service;
  const org = e.org;
  // The organization is what people look for and call; the service says what it does there
  // (many listings of one public list share a service name).
  const title = org?.name ?? s?.name;
  const ui = uiLocale();
  const phones = (s?.phones ?? org?.phones ?? []).filter((p) => p.kind !== 'fax');
  const website = safeUrl(s?.url ?? org?.website, {protocols: ['https:', 'http:']});
  const intake = s?.intake ?? org?.intake;
  const intakeUrl = safeUrl(intake?.url, {protocols: ['https:', 'http:']});
  const cost = s?.cost ?? org?.cost;
  const id = c.id;
  const recognition = e.recognition;
  const roster = c.roster;
  return html`<article class="card" part="card" aria-labelledby=${id} data-id=${e.id}>
    <h3 id=${id}>${title ? kit.text(title) : e.id}</h3>
    ${s && org ? html`<p class="muted" data-service>${kit.text(s.name)}</p>` : nothing}
    <p class="badges">
      ${reach === 'statewide' ? html`<span class="badge">${msg('Statewide')}</span>` : nothing}
      ${reach === 'remote' ? html`<span class="badge">${msg('Remote help')}</span>` : nothing}
      ${reach === 'nearest' ? html`<span class="badge">${msg('Farther away')}</span>` : nothing}
      ${intakeBadge(e.intake)}
      ${e.credentials.map((cr) => html`<span class="badge trust">✓ ${credentialLabel(cr)}</span>`)}
      ${recognition?.status === 'pending'
        ? html`<span class="badge">${msg(str`DOJ recognition: renewal pending (as of ${formatIsoDate(recognition.asOf, ui)})`)}</span>`
        : nothing}
    </p>
    ${recognition?.status === 'ended'
      ? // No badge for an ended recognition: when it was listed until, and where to check.
        html`<p class="small">
          ${msg(str`DOJ recognition listed until ${formatIsoDate(recognition.until, ui)};`)}
          ${roster
            ? linkOut(kit, safeUrl(roster.url, {protocols: ['https:']}), e.id, 'website', msg('check the current roster'))
            : msg('check the current roster')}
        </p>`
      : nothing}
    <dl class="facts">
      ${e.needs.length ? fact(msg('Help with'), e.needs.map(needLabel).join(', ')) : nothing}
      ${e.courts.length ? fact(msg('Immigration courts'), html`<span lang="en">${e.courts.join(', ')}</span>`) : nothing}
      ${e.assistance.length ? fact(msg('Type of help'), e.assistance.map(assistanceLabel).join(', ')) : nothing}
      ${e.languages.length ? fact(msg('Languages'), e.languages.map((l) => languageLabel(l, ui)).join(', ')) : nothing}
      ${cost ? fact(msg('Cost'), html`${costLabel(cost.type)}${cost.note ? html` · ${kit.text(cost.note)}` : nothing}`) : nothing}
      ${e.remote.length
        ? fact(msg('Remote help'), e.remote.map((r) => (r === 'phone' ? msg('By phone') : msg('By video'))).join(', '))
        : nothing}
      ${miles !== undefined ? fact(msg('Distance'), msg(str`About ${milesText(miles)}`)) : nothing}
      ${s?.eligibility ? fact(msg('Who can get help'), kit.text(s.eligibility)) : nothing}
    </dl>
    ${e.needs.length && cost
      ? nothing
      : html`<p class="small">
          ${e.needs.length ? nothing : msg('Kinds of cases not listed: call to ask.')} ${cost ? nothing : msg('Cost not listed: ask.')}
        </p>`}
    ${s?.description ?? org?.description ? html`<p class="small">${kit.text((s?.description ?? org?.description)!)}</p>` : nothing}
    ${intake?.howTo ? html`<p class="small">${kit.text(intake.howTo)}</p>` : nothing}
    ${e.locations.map((l) => locationView(kit, e, l))}
    <div class="contact">
      ${phones.map((p) => phoneView(kit, p, e.id))}
      ${linkOut(kit, website, e.id, 'website', msg('Website'))} ${linkOut(kit, intakeUrl, e.id, 'website', msg('Apply online'))}
    </div>
    ${c.more ?? nothing} ${freshnessView(kit, e)} ${cardReport(kit, e, title)}
  </article>`;
}

function intakeBadge(status: Entry['intake']): TemplateResult {
  const [text, tone] =
    status === 'open'
      ? [msg('Accepting new clients'), 'ok']
      : status === 'waitlist'
        ? [msg('Waitlist for new clients'), 'warn']
        : status === 'closed'
          ? [msg('Not taking new clients now'), 'stop']
          : [msg('Call to ask about new clients'), 'unknown'];
  return html`<span class="badge intake" data-status=${tone}>${text}</span>`;
}

function locationView(kit: Kit, e: Entry, l: Entry['locations'][number]): TemplateResult {
  const line = addressLine(l.address);
  const map = safeUrl(mapHref(line));
  const hours = l.hours;
  const open = openState(hours, kit.now, kit.timeZone);
  const ui = uiLocale();
  return html`<div class="location">
    ${l.name ? html`<p class="small"><strong>${kit.text(l.name)}</strong></p>` : nothing}
    <address lang="en" dir="ltr">${line}</address>
    ${linkOut(kit, map, e.id, 'directions', msg('Map and directions'), line)}
    <p class="hours">
      <strong class="open" data-status=${open.status}>
        ${open.status === 'open'
          ? open.closes
            ? msg(str`Open now · closes ${formatTime(open.closes, ui)}`)
            : msg('Open now')
          : open.status === 'closed'
            ? open.next
              ? msg(str`Closed now · opens ${weekdayName(open.next.day, ui, 'long')} ${formatTime(open.next.opens, ui)}`)
              : msg('Closed now')
            : msg('Hours not listed: call before you go')}
      </strong>
      ${hoursLines(hours, ui).map((h) => html`<br /><span class="small">${h}</span>`)}
      ${hours?.note ? html`<br /><span class="small">${kit.text(hours.note)}</span>` : nothing}
    </p>
  </div>`;
}

function freshnessView(kit: Kit, e: Entry): TemplateResult {
  const f = freshness(e.service, e.org, kit.now);
  const date = f.date ? formatIsoDate(f.date, uiLocale()) : '';
  return html`<p class="fresh small" data-kind=${f.kind} ?data-stale=${f.kind !== 'doubtful' && f.stale}>
    ${f.kind === 'verified'
      ? date
        ? msg(str`Last verified ${date}.`)
        : msg('Verified (date unknown).')
      : f.kind === 'unverified'
        ? date
          ? msg(str`Not verified. Listed as of ${date}.`)
          : msg('Not verified.')
        : html`⚠ ${msg('This information may be wrong.')} ${f.note ? kit.text(f.note) : nothing}`}
    ${f.kind !== 'doubtful' && f.stale ? html`<strong>${msg('May be out of date: call to confirm.')}</strong>` : nothing}
  </p>`;
}

/** The card's name in the content language: "Organization: service". */
export function cardName(e: Entry, locale: string): string {
  const title = e.org?.name ?? e.service?.name;
  const service = e.service && e.org ? `: ${pickText(e.service.name, locale).text}` : '';
  return title ? `${pickText(title, locale).text}${service}` : e.id;
}

function cardReport(kit: Kit, e: Entry, title: LocalizedText | undefined): TemplateResult | typeof nothing {
  const name = title ? cardName(e, kit.locale) : e.id;
  const href = kit.reportHref(`${msg(str`Problem with a listing: ${name}`)} (${e.id})`);
  return href
    ? html`<a class="report small" href=${href} rel="noopener noreferrer" target="_blank"
        >${msg('Report a problem')}<span class="visually-hidden">: ${name}</span></a
      >`
    : nothing;
}
