/**
 * The search form: where (ZIP code, city or county, or "Use my location"), the need picker and
 * the word search.
 */
import {html, nothing, type TemplateResult} from 'lit';
import {msg, str} from '@lit/localize';
import {CA_COUNTIES} from '../../core/dataset/ca-counties.js';
import {NEEDS} from '../../core/dataset/vocabulary.js';
import {needLabel} from './labels.js';
import type {Place} from './location.js';
import type {Query} from './search.js';

export interface FormState {
  place?: Place | undefined;
  locating: boolean;
  query: Query;
  /** The county picker when the place could not be found (extras.ts), if any. */
  problem?: unknown;
}

export interface FormActions {
  submit(event: Event): void;
  useMyLocation(): void;
  setNeed(value: string): void;
  setText(value: string): void;
  /** The word search's value was committed (Enter, blur). */
  searched(): void;
}

/** "94110 (San Francisco County)", "Alameda County". */
export function placeName(place: Place): string {
  return place.source === 'county'
    ? msg(str`${place.label} County`)
    : place.county
      ? `${place.label} (${msg(str`${CA_COUNTIES[place.county]} County`)})`
      : place.label;
}

export function formView(s: FormState, a: FormActions): TemplateResult {
  return html`<form class="search" part="search" role="search" @submit=${(e: Event) => a.submit(e)}>
    <div class="field">
      <label for="where">${msg('ZIP code, city or county')}</label>
      <div class="row">
        <input id="where" name="where" autocomplete="postal-code" aria-describedby="where-hint" />
        <button type="submit">${msg('Search')}</button>
      </div>
      <p id="where-hint" class="small muted">
        ${s.place ? msg(str`Showing help for ${placeName(s.place)}.`) : msg('Your location stays on this device.')}
      </p>
      <button type="button" class="secondary" ?disabled=${s.locating} @click=${() => a.useMyLocation()}>
        ${s.locating ? msg('Finding your location…') : msg('Use my location')}
      </button>
    </div>
    ${s.problem ?? nothing}
    <div class="field">
      <label for="need">${msg('What do you need help with?')}</label>
      <select id="need" .value=${s.query.need ?? ''} @change=${(e: Event) => a.setNeed((e.target as HTMLSelectElement).value)}>
        <option value="" ?selected=${!s.query.need}>${msg('Any kind of help')}</option>
        ${NEEDS.map((n) => html`<option value=${n} ?selected=${s.query.need === n}>${needLabel(n)}</option>`)}
      </select>
    </div>
    <div class="field">
      <label for="q">${msg('Search by name or word (for example: abogado, asylum)')}</label>
      <input
        id="q"
        type="search"
        .value=${s.query.text ?? ''}
        @input=${(e: Event) => a.setText((e.target as HTMLInputElement).value)}
        @keydown=${(e: KeyboardEvent) => {
          // Escape clears the search, as in any search field, and goes no further (a dialog or
          // the page's own shortcuts must not see it).
          const input = e.target as HTMLInputElement;
          if (e.key !== 'Escape' || !input.value) return;
          e.preventDefault();
          e.stopPropagation();
          input.value = '';
          a.setText('');
          a.searched();
        }}
        @change=${() => a.searched()}
      />
    </div>
  </form>`;
}

/** Who may give legal advice, and who may not. */
export const notarioWarning = (): TemplateResult =>
  html`<p class="notario small" part="notario">
    <strong>${msg('Beware of notario fraud.')}</strong>
    ${msg(
      'Only a licensed attorney or a DOJ-accredited representative may give you legal advice. Notarios and immigration consultants may not.',
    )}
  </p>`;
