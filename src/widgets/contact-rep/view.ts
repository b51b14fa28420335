/**
 * Render helpers of the contact widget: choosing districts (split ZIP, split county, the list),
 * seats whose term has ended. Plain functions of their inputs, so the element stays thin.
 */
import {html, nothing, type TemplateResult} from 'lit';
import {msg, str} from '@lit/localize';
import type {Official} from '../../core/dataset/schema/index.js';
import {formatIsoDate} from '../../core/format.js';
import {uiLocale} from '../../core/i18n/localization.js';
import {safeUrl} from '../../core/safe-url.js';
import {districtNumbers, finderUrl, planInForce, seatOf, type Chamber} from './lookup.js';
import type {ViewState} from './context.js';
import {chamberLabel, ltr, whoOf} from './labels.js';
import {termEnded} from './terms.js';

/** An official page link that opens in a new tab; nothing when `url` is not a safe http(s) URL. */
export function officialLink(url: string | undefined, label: string): TemplateResult | typeof nothing {
  const href = safeUrl(url, {protocols: ['https:', 'http:']});
  return href ? html`<a href=${href} target="_blank" rel="noopener noreferrer">${label}</a>` : nothing;
}

/**
 * What a seat card says once the term of its record has ended (`title` is the record's title in
 * the visitor's language): who held it until when, that the successor is not in the data yet, and
 * the record's official page to find who holds the seat now, if it has one. Never a contact.
 */
export function endedSeat(o: Official, title: string, newMapFrom?: string): TemplateResult {
  const ui = uiLocale();
  const date = formatIsoDate(o.termEnd ?? '', ui);
  return html`<p>
      ${newMapFrom
        ? // The record held a district of the previous map: naming its member for a district of the
          // new map (same number, other place) would suggest they represented it.
          msg(str`Members elected on the new district map took office on ${formatIsoDate(newMapFrom, ui)}.`)
        : o.name
          ? msg(str`The term of ${title} ${ltr(o.name)} ended on ${date}.`)
          : msg(str`The term of this seat ended on ${date}.`)}
      ${msg(str`The new ${title}'s details are not in this information yet.`)}
    </p>
    ${officialLink(o.lookupUrl, msg(str`Find your current ${title}`))}`;
}

/** For a campaign whose targets for this person all have ended terms: what to do instead. */
export const noTargetsNotice = (): TemplateResult =>
  html`<p class="notice" data-tone="warning">
    ${msg(
      'The terms of the officials this campaign asks you to contact have ended, and the new ones are not in this information yet. Find them on the official website and contact them there.',
    )}
  </p>`;

/**
 * A split ZIP or county (radio choice), a chamber without a ZIP table, or the "choose from a list"
 * fallback. A district shows its holder's name only while they are in office on the date.
 */
export function chamberChoice(s: ViewState, chamber: Chamber): TemplateResult | typeof nothing {
  const {dataset, date, lookup} = s;
  const {result: r, manual} = lookup;
  const chosen = lookup.chosen[chamber];
  const found = r?.ok ? r.chambers[chamber] : undefined;
  const finder = finderUrl(dataset.officials, chamber);
  const label = (n: number) => {
    const seat = seatOf(dataset.officials, chamber, n, date);
    return seat && !termEnded(seat, date) ? `${msg(str`District ${n}`)}: ${whoOf(seat, s.locale)}` : msg(str`District ${n}`);
  };
  if ((found?.status === 'found' || found?.status === 'county') && found.candidates.length > 1 && !manual) {
    const county = found.status === 'county';
    return html`<fieldset>
      <legend>
        ${county ? msg(str`${chamberLabel(chamber)}: your county is in more than one district. Which one do you live in?`) : splitQuestion(chamber)}
      </legend>
      ${found.candidates.map(
        (n) => html`<label class="choice">
          <input type="radio" name=${`pick-${chamber}`} .checked=${chosen === n} @change=${() => lookup.choose(dataset, chamber, n)} />
          <span>${label(n)}</span>
        </label>`,
      )}
      <p class="small">
        ${county
          ? msg('These districts come from your county, not your ZIP code: there is no ZIP code table for this map yet.')
          : msg('Not sure?')}
        ${officialLink(finder, msg('Check on the official website'))}
      </p>
    </fieldset>`;
  }
  const noTable = found?.status === 'no-table' || found?.status === 'not-found';
  if (!manual && !noTable && r?.ok) return nothing;
  const numbers = districtNumbers(dataset, chamber, found?.plan ?? planInForce(dataset.districtPlans, chamber, date));
  return html`<label>
    <span>${districtLabel(chamber)}</span>
    ${noTable && r?.ok
      ? html`<span class="small">
          ${msg('We cannot match this ZIP code to a district with the current map.')}
          ${officialLink(finder, msg('Check on the official website'))}
        </span>`
      : nothing}
    <select .value=${chosen === undefined ? '' : String(chosen)} @change=${(e: Event) => lookup.choose(dataset, chamber, Number((e.target as HTMLSelectElement).value) || undefined)}>
      <option value="">${msg('Choose…')}</option>
      ${numbers.map((n) => html`<option value=${n} ?selected=${chosen === n}>${label(n)}</option>`)}
    </select>
  </label>`;
}

function districtLabel(chamber: Chamber): string {
  return chamber === 'us-house'
    ? msg('U.S. House district')
    : chamber === 'state-senate'
      ? msg('State Senate district')
      : msg('State Assembly district');
}

function splitQuestion(chamber: Chamber): string {
  return chamber === 'us-house'
    ? msg('Your ZIP code is in more than one U.S. House district. Which one do you live in?')
    : chamber === 'state-senate'
      ? msg('Your ZIP code is in more than one State Senate district. Which one do you live in?')
      : msg('Your ZIP code is in more than one State Assembly district. Which one do you live in?');
}
