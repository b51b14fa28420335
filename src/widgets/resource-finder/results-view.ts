/**
 * The results part of the finder: how many results for where, the list with "Show more" and
 * "Print this list", and the "Where is a hearing or a detention center?" disclosure.
 */
import {html, nothing, type TemplateResult} from 'lit';
import {msg, str} from '@lit/localize';
import {plural} from '../../core/i18n/plural.js';
import {placeName} from './form-view.js';
import type {Place} from './location.js';
import type {Result} from './search.js';

export interface ResultsActions {
  card(result: Result): TemplateResult;
  showMore(from: number): void;
  print(): void;
}

/** "3 results for 94110 (San Francisco County)." in the plural forms of the interface language. */
export function countText(n: number, place: Place | undefined): string {
  const where = place ? placeName(place) : '';
  if (!n) return msg('No results.');
  return where
    ? plural(n, {
        one: () => msg(str`${n} result for ${where}.`, {id: 'finder.resultsFor.one'}),
        two: () => msg(str`${n} results for ${where}.`, {id: 'finder.resultsFor.two'}),
        few: () => msg(str`${n} results for ${where}.`, {id: 'finder.resultsFor.few'}),
        many: () => msg(str`${n} results for ${where}.`, {id: 'finder.resultsFor.many'}),
        other: () => msg(str`${n} results for ${where}.`, {id: 'finder.resultsFor.other'}),
      })
    : plural(n, {
        one: () => msg(str`${n} result. Enter your ZIP code to see help near you.`, {id: 'finder.results.one'}),
        two: () => msg(str`${n} results. Enter your ZIP code to see help near you.`, {id: 'finder.results.two'}),
        few: () => msg(str`${n} results. Enter your ZIP code to see help near you.`, {id: 'finder.results.few'}),
        many: () => msg(str`${n} results. Enter your ZIP code to see help near you.`, {id: 'finder.results.many'}),
        other: () => msg(str`${n} results. Enter your ZIP code to see help near you.`, {id: 'finder.results.other'}),
      });
}

const moreText = (n: number): string =>
  plural(n, {
    one: () => msg(str`Show more (${n} more)`, {id: 'finder.more.one'}),
    two: () => msg(str`Show more (${n} more)`, {id: 'finder.more.two'}),
    few: () => msg(str`Show more (${n} more)`, {id: 'finder.more.few'}),
    many: () => msg(str`Show more (${n} more)`, {id: 'finder.more.many'}),
    other: () => msg(str`Show more (${n} more)`, {id: 'finder.more.other'}),
  });

/** For a link to one organization: whose services these are, and the way back to all help. */
export const orgNotice = (name: unknown, all: () => void): TemplateResult =>
  html`<p class="notice small" data-kind="org">
    ${msg('Only the services of:', {id: 'finder.orgOnly'})} <strong>${name}</strong>
    <button type="button" class="link" @click=${all}>${msg('Show all help', {id: 'finder.allHelp'})}</button>
  </p>`;

/** The count, then the first `page` results (or `empty` when there are none). */
export function resultsView(results: Result[], page: number, place: Place | undefined, a: ResultsActions, empty: unknown): TemplateResult {
  const visible = results.slice(0, page);
  return html`<p class="count" id="results-title" tabindex="-1" role="status">${countText(results.length, place)}</p>
    ${results.length
      ? html`<ul class="results" part="results">
            ${visible.map((r) => html`<li>${a.card(r)}</li>`)}
          </ul>
          <div class="actions">
            ${results.length > visible.length
              ? html`<button type="button" class="secondary" @click=${() => a.showMore(visible.length)}>
                  ${moreText(results.length - visible.length)}
                </button>`
              : nothing}
            <button type="button" class="secondary" @click=${() => a.print()}>${msg('Print this list')}</button>
          </div>`
      : empty}`;
}

/**
 * "Where is a hearing or a detention center?": a disclosure whose `content` (places.ts) loads
 * when opened; shown open, above the results, for a court date or a detained relative.
 */
export function placesSection(open: boolean, urgent: boolean, onToggle: (open: boolean) => void, content: unknown): TemplateResult {
  return html`<details class="places" part="places" ?open=${open} @toggle=${(e: Event) => onToggle((e.target as HTMLDetailsElement).open)}>
    <summary>${msg('Where is a hearing or a detention center?')}</summary>
    ${urgent ? html`<p>${msg('Find where a detained person is held, and the date of a hearing.')}</p>` : nothing}
    ${open ? content : nothing}
  </details>`;
}
