/**
 * The filter panel (live counts per value) and the removable chips of the active filters.
 */
import {html, nothing, type TemplateResult} from 'lit';
import {msg, str} from '@lit/localize';
import {uiLocale} from '../../core/i18n/localization.js';
import {facetLabel, facetName, needLabel} from './labels.js';
import {activeFilters, FACETS, type ActiveFilter, type facetCounts, type Query} from './search.js';

export interface FilterActions {
  /** Turns a filter value (`facet:value`) or a yes/no filter (`accepting`, `remote`) on or off. */
  toggle(key: string, on: boolean): void;
  remove(filter: ActiveFilter): void;
  clearAll(): void;
}

/** The panel, open while a filter of it is on. */
export function filtersView(q: Query, counts: ReturnType<typeof facetCounts>, a: FilterActions): TemplateResult {
  const active = activeFilters(q).filter((f) => f.kind === 'facet' || f.kind === 'toggle').length;
  const ui = uiLocale();
  // One collator per render (`localeCompare` with a locale builds one per comparison).
  const order = new Intl.Collator(ui).compare;
  const box = (key: string, label: string, count: number, checked: boolean) => html`<label class="check">
    <input type="checkbox" .checked=${checked} @change=${(e: Event) => a.toggle(key, (e.target as HTMLInputElement).checked)} />
    <span>${label} <span class="muted">(${count})</span></span>
  </label>`;
  return html`<details class="filters" part="filters" ?open=${active > 0}>
    <summary>${active ? msg(str`Filters (${active} on)`) : msg('Filters')}</summary>
    <div class="filter-grid">
      <fieldset>
        <legend>${msg('Availability')}</legend>
        ${box('accepting', msg('Accepting new clients'), counts.accepting, !!q.accepting)}
        ${box('remote', msg('Help by phone or video'), counts.remote, !!q.remote)}
      </fieldset>
      ${FACETS.map((facet) => {
        const selected = q.facets?.[facet] ?? [];
        const values = [...new Set([...counts.facets[facet].keys(), ...selected])];
        if (!values.length) return nothing;
        return html`<fieldset>
          <legend>${facetName(facet)}</legend>
          ${values
            .map((v) => ({v, label: facetLabel(facet, v, ui)}))
            .sort((x, y) => order(x.label, y.label))
            .map(({v, label}) => box(`${facet}:${v}`, label, counts.facets[facet].get(v) ?? 0, selected.includes(v)))}
        </fieldset>`;
      })}
    </div>
  </details>`;
}

/** A filter's name, as its chip shows it. */
export function filterLabel(f: ActiveFilter): string {
  switch (f.kind) {
    case 'need':
      return needLabel(f.need);
    case 'text':
      return `“${f.text}”`;
    case 'toggle':
      return f.toggle === 'accepting' ? msg('Accepting new clients') : msg('Help by phone or video');
    case 'facet':
      return facetLabel(f.facet, f.value, uiLocale());
  }
}

export function chipsView(q: Query, a: FilterActions): TemplateResult | typeof nothing {
  const active = activeFilters(q);
  if (!active.length) return nothing;
  return html`<div class="chips" part="chips">
    <span class="small muted" id="chips-label">${msg('Active filters:')}</span>
    <ul aria-labelledby="chips-label">
      ${active.map((f) => {
        const label = filterLabel(f);
        return html`<li>
          <button type="button" class="chip" aria-label=${msg(str`Remove filter: ${label}`)} @click=${() => a.remove(f)}>
            ${label} <span aria-hidden="true">✕</span>
          </button>
        </li>`;
      })}
    </ul>
    ${active.length > 1 ? html`<button type="button" class="link" @click=${() => a.clearAll()}>${msg('Clear all filters')}</button>` : nothing}
  </div>`;
}
