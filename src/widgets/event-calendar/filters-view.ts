/** The filter form: the values present in the dataset (and any preset), and "Clear filters". */
import {html, nothing, type TemplateResult} from 'lit';
import {msg} from '@lit/localize';
import {CA_COUNTIES} from '../../core/dataset/ca-counties.js';
import type {CommunityEvent} from '../../core/dataset/schema/index.js';
import {EVENT_TYPES} from '../../core/dataset/vocabulary.js';
import {uiLocale} from '../../core/i18n/localization.js';
import {isValidZone} from '../../core/events/tz.js';
import {eventCounties, eventLanguages, type Filters} from './filters.js';
import {formatLabel, languageLabel, typeLabel} from './labels.js';

export interface FiltersActions {
  /** A field changed (its `name` is a key of Filters). */
  change(event: Event): void;
  clear(): void;
}

interface Options {
  ui: string;
  types: Set<string>;
  languages: {tag: string; name: string}[];
  counties: {fips: string; name: string}[];
}
const cache = new WeakMap<readonly CommunityEvent[], Options>();

const countyName = (fips: string) => CA_COUNTIES[fips as keyof typeof CA_COUNTIES] ?? fips;

/** The values the filters offer: those present in the dataset (computed once per dataset and language). */
function filterOptions(events: readonly CommunityEvent[], ui: string): Options {
  const cached = cache.get(events);
  if (cached?.ui === ui) return cached;
  const valid = events.filter((e) => isValidZone(e.timeZone));
  const languages = [...new Set(valid.flatMap(eventLanguages))]
    .map((tag) => ({tag, name: languageLabel(tag, ui)}))
    .sort((a, b) => a.name.localeCompare(b.name, ui));
  const counties = [...new Set(valid.flatMap(eventCounties))]
    .map((fips) => ({fips, name: countyName(fips)}))
    .sort((a, b) => a.name.localeCompare(b.name, ui));
  const options = {ui, types: new Set(valid.map((e) => e.type)), languages, counties};
  cache.set(events, options);
  return options;
}

/** `orgName`: the organization the `org` filter keeps (from a link), shown so it can be cleared. */
export function filtersView(events: readonly CommunityEvent[], f: Filters, on: FiltersActions, orgName?: unknown): TemplateResult {
  const ui = uiLocale();
  const options = filterOptions(events, ui);
  const types = EVENT_TYPES.filter((t) => t === f.type || options.types.has(t));
  const languages = [...options.languages, ...(f.language && !options.languages.some((l) => l.tag === f.language) ? [{tag: f.language, name: languageLabel(f.language, ui)}] : [])];
  const counties = [...options.counties, ...(f.county && !options.counties.some((c) => c.fips === f.county) ? [{fips: f.county, name: countyName(f.county)}] : [])];
  const select = (name: keyof Filters, label: string, all: string, options: {value: string; label: string}[]) =>
    html`<label class="field">
      <span>${label}</span>
      <select name=${name} .value=${f[name] ?? ''} @change=${on.change}>
        <option value="" ?selected=${!f[name]}>${all}</option>
        ${options.map((o) => html`<option value=${o.value} ?selected=${o.value === f[name]}>${o.label}</option>`)}
      </select>
    </label>`;
  return html`<form class="filters" part="filters" aria-label=${msg('Filter events')} @submit=${(e: Event) => e.preventDefault()}>
    ${f.org ? html`<p class="org-filter">${msg('Organizer')}: ${orgName ?? f.org}</p>` : nothing}
    ${select('type', msg('Type'), msg('All types'), types.map((t) => ({value: t, label: typeLabel(t)})))}
    ${select('language', msg('Language'), msg('All languages'), languages.map((l) => ({value: l.tag, label: l.name})))}
    ${select('format', msg('Format'), msg('In person or online'), (['in-person', 'online', 'hybrid'] as const).map((v) => ({value: v, label: formatLabel(v)})))}
    ${counties.length ? select('county', msg('County'), msg('All counties'), counties.map((c) => ({value: c.fips, label: c.name}))) : nothing}
    <label class="field">
      <span>${msg('From')}</span>
      <input type="date" name="from" .value=${f.from ?? ''} @change=${on.change} />
    </label>
    <label class="field">
      <span>${msg('To')}</span>
      <input type="date" name="to" .value=${f.to ?? ''} @change=${on.change} />
    </label>
    <label class="field search">
      <span>${msg('Search')}</span>
      <input type="search" name="q" .value=${f.q ?? ''} @input=${on.change} />
    </label>
    ${Object.values(f).some(Boolean)
      ? html`<button type="button" class="secondary clear" @click=${on.clear}>${msg('Clear filters')}</button>`
      : nothing}
  </form>`;
}
