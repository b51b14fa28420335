import {html, nothing, type PropertyValues, type TemplateResult} from 'lit';
import {property, state} from 'lit/decorators.js';
import {msg, str} from '@lit/localize';
import {AmparoElement} from '../../core/base-element.js';
import {CA_COUNTIES, type CountyFips} from '../../core/dataset/ca-counties.js';
import type {Dataset, Hotline, LinkRecord, Phone, ZipGeoTable} from '../../core/dataset/schema/index.js';
import {NEEDS} from '../../core/dataset/vocabulary.js';
import {loadZipTable} from '../../core/dataset/store.js';
import {formatIsoDate, isoDayIn, numberFormat, pickText, type LocalizedText} from '../../core/format.js';
import {uiLocale} from '../../core/i18n/localization.js';
import {directionOf} from '../../core/locale.js';
import {safeUrl, telUrl} from '../../core/safe-url.js';
import {isoDay, rosterLink} from './credentials.js';
import type * as Extras from './extras.js';
import {freshness} from './freshness.js';
import {DEFAULT_TIME_ZONE, formatTime, hoursLines, openState, weekdayName} from './hours.js';
import {assistanceLabel, costLabel, credentialLabel, facetLabel, facetName, languageLabel, needLabel} from './labels.js';
import {addressLine, countyPlace, mapHref, parseLocation, resolveZip, type Place, type Point} from './location.js';
import type * as Places from './places.js';
import {
  activeFilters,
  buildEntries,
  facetCounts,
  localCount,
  search,
  withoutFilter,
  FACETS,
  FEW_LOCAL,
  type ActiveFilter,
  type Entry,
  type Facet,
  type Need,
  type Query,
  type Result,
  type Toggle,
} from './search.js';
import {styles} from './resource-finder.styles.js';

/** Detail of `amparo-search`. Never the typed ZIP, city, position or free text: only what was chosen. */
export interface ResourceSearchDetail {
  /** County searched (FIPS), if any. */
  county?: string;
  need?: string;
  /** Active filter values by filter, plus the yes/no filters. */
  filters: Partial<Record<Facet, string[]>> & {accepting: boolean; remote: boolean};
  /** Whether a free-text search is active (its words stay in the browser). */
  text: boolean;
  results: number;
}

/** Detail of `amparo-resource-action`: the person called, opened a website or asked for directions. */
export interface ResourceActionDetail {
  /** The service, organization, hotline, place or link id. */
  id: string;
  action: 'call' | 'website' | 'directions';
}

declare global {
  interface HTMLElementEventMap {
    'amparo-search': CustomEvent<ResourceSearchDetail>;
    'amparo-resource-action': CustomEvent<ResourceActionDetail>;
  }
}

/**
 * Finds free and low-cost immigration legal help and community services near a ZIP code, city or
 * county: the county's rapid-response hotline pinned on top (or the nearest county's, or every
 * hotline by county), a plain-language need picker, filters with live counts and removable chips,
 * free-text search (English and Spanish, accents and typos forgiven), result cards with
 * tap-to-call, map link, hours, intake status, credentials true today and how recently each
 * listing was checked, the nearest help elsewhere where local help is short, immigration courts
 * and detention facilities apart from help, and a printable list. The location is resolved in the
 * browser; the position is read only when the person presses "Use my location", and never sent
 * anywhere.
 *
 * @tagname amparo-resource-finder
 * @summary Immigration legal help and community services near you.
 *
 * @attr county - County searched first: FIPS (`06037`) or name (`Los Angeles`).
 * @attr need - Need chosen first, e.g. `deportation-defense`, `detention`, `daca`, `asylum`, `citizenship`.
 * @attr language - Staff language filter set first (a language tag such as `es`).
 * @attr limit - How many results show before "Show more" (default 20).
 * @attr hide-filters - Hides the filter panel (need picker and search stay).
 * @attr report-url - Where "Report a problem" goes: a `mailto:` address or a form URL.
 *
 * @fires amparo-search - The person changed the place, need, search words or filters. Detail:
 *   `{county?, need?, filters, text: boolean, results}` (never the typed ZIP, city or words).
 * @fires amparo-resource-action - The person called, opened a website or asked for directions (a
 *   listing, hotline, court, detention facility or link). Detail: `{id, action}`.
 *
 * @csspart search - The location, need and keyword form.
 * @csspart emergency - The rapid-response hotline strip.
 * @csspart notario - The notario-fraud warning.
 * @csspart filters - The filter panel.
 * @csspart chips - The active filters.
 * @csspart results - The list of results.
 * @csspart card - One result.
 * @csspart empty - The no-results and no-providers messages.
 * @csspart few - The notice that no (or few) providers are listed in the place searched.
 * @csspart places - The "Where is a hearing or a detention center?" section (courts, detention facilities, detainee locator, case status).
 * @cssprop --amparo-finder-emergency-background - Background of the hotline strip (default: the warning background).
 */
export class AmparoResourceFinder extends AmparoElement {
  static override styles = [...AmparoElement.styles, styles];

  /** County searched first (FIPS or name). */
  @property() county?: string;

  /** Need chosen first. */
  @property() need?: string;

  /** Staff language filter set first. */
  @property() language?: string;

  /** Results shown before "Show more". */
  @property({type: Number}) limit = 20;

  @property({type: Boolean, attribute: 'hide-filters'}) hideFilters = false;

  @property({attribute: 'report-url'}) reportUrl?: string;

  @state() private place?: Place;

  @state() private problem?: {problem: Extras.Problem; text: string};

  /** The rarely needed parts (extras.ts) once loaded: no-results view, county picker, city and position lookup, print. */
  private extras?: typeof Extras;

  @state() private query: Query = {};

  @state() private shown = 0;

  @state() private locating = false;

  @state() private printing = false;

  private entriesFor?: {dataset: Dataset; today: string; entries: Entry[]; roster?: LinkRecord | undefined};

  /** County centres from the ZIP table (empty without one), once read: see `loadGeo`. */
  @state() private geo?: ReadonlyMap<string, Point>;

  private geoLoading = false;

  /** The place with its county's centre (same object while the place is the same, for the ranking cache). */
  private centred?: [Place, Place];

  /** Whether the person opened "Where is a hearing or a detention center?". */
  @state() private placesOpen = false;

  /** The places section (places.ts) once loaded. */
  private placesView?: typeof Places;

  private placesLoading?: Promise<void>;

  private zipTable?: Promise<ZipGeoTable | undefined>;

  private lastCount = 0;

  /**
   * Keystrokes stay cheap (no task over 50 ms on a slow phone): a card is built once per entry and
   * reused while what it shows cannot change (same locales, place, report URL and minute: see
   * `renderFinder`), and a keystroke in the word search reuses the filter panel, whose live counts
   * are refreshed once typing pauses.
   */
  private cards?: WeakMap<Entry, TemplateResult>;

  private cardsKey?: string;

  /** Unique card heading ids (cards are reused at any position). */
  private cardSeq = 0;

  private panel?: TemplateResult;

  /** Set by a keystroke in the word search, until the next filter panel. */
  private textOnly?: boolean;

  private panelTimer?: ReturnType<typeof setTimeout>;

  /** The current time (a seam for tests). */
  protected now(): Date {
    return new Date();
  }

  /** The base element's date (review notice) follows the same clock. */
  protected override today(): string {
    return isoDayIn(this.now());
  }

  /** The browser position, asked for only when the person presses the button (a seam for tests). */
  protected position(): Promise<Point> {
    // Only called from `useMyLocation`, once extras.ts has loaded.
    return this.extras!.browserPosition();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Attributes preset the view; they never fire events.
    if (changed.has('county')) {
      const county = this.county ? parseLocation(this.county) : undefined;
      this.place = county?.kind === 'county' ? countyPlace(county.county) : undefined;
      this.problem = undefined;
    }
    if (changed.has('need')) {
      this.query = {...this.query, need: asNeed(this.need)};
    }
    if (changed.has('language')) {
      const lang = this.language?.trim().toLowerCase().split('-')[0];
      this.query = {...this.query, facets: {...this.query.facets, language: lang ? [lang] : []}};
    }
    if (changed.has('limit')) this.shown = 0;
  }

  private get pageSize(): number {
    return this.limit > 0 ? Math.floor(this.limit) : 20;
  }

  /** The entries, built once per dataset and day (credentials are read on that day). */
  private entries(dataset: Dataset, today: string): Entry[] {
    const e = this.entriesFor;
    if (e?.dataset !== dataset || e.today !== today) {
      this.entriesFor = {dataset, today, entries: buildEntries(dataset, today), roster: rosterLink(dataset.links)};
    }
    return this.entriesFor!.entries;
  }

  private get timeZone(): string {
    const result = this.datasetResult;
    return (result?.ok && result.data.meta.timeZone) || DEFAULT_TIME_ZONE;
  }

  protected renderContent(dataset: Dataset): unknown {
    const entries = this.entries(dataset, isoDay(this.now(), this.timeZone));
    const place = this.located();
    const results = search(entries, this.query, place, this.locale);
    this.lastCount = results.length;
    const strip = this.strip(dataset.hotlines, place);
    const local = place ? localCount(entries, place, this.query.need, this.locale) : FEW_LOCAL;
    // County centres serve a county without a hotline or with little help, and places near a county.
    if (place?.county && !this.geo && (!strip.local.length || local < FEW_LOCAL || (this.placesOpen && !place.point))) {
      this.loadGeo(dataset);
    }
    const need = this.query.need;
    // A court date or a detained relative: where the hearing is and where the person is held, first.
    const urgent = need === 'detention' || need === 'deportation-defense';
    const places = this.renderPlaces(dataset, place, urgent);
    return html`<div class="finder">
        ${this.printing
          ? this.extras?.printTitle(
              this.place ? msg(str`Help for ${this.placeName(this.place)}`) : msg('Immigration help'),
              this.now(),
            )
          : nothing}
        ${this.renderForm(dataset)} ${this.renderEmergency(strip)} ${urgent ? places : nothing}
        <p class="notario small" part="notario">
          <strong>${msg('Beware of notario fraud.')}</strong>
          ${msg(
            'Only a licensed attorney or a DOJ-accredited representative may give you legal advice. Notarios and immigration consultants may not.',
          )}
        </p>
        ${entries.length
          ? this.renderFinder(entries, results, place, local, strip)
          : this.extras
            ? this.extras.noProviders(this.referral(strip))
            : this.loadExtras()}
        ${urgent ? nothing : places} ${this.renderReport()}
      </div>`;
  }

  /** The place searched, with its county's centre once known. */
  private located(): Place | undefined {
    const place = this.place;
    const centre = place?.county && !place.point && this.geo?.get(place.county);
    if (!place || !centre) return place;
    if (this.centred?.[0] !== place) this.centred = [place, {...place, centre}];
    return this.centred[1];
  }

  /** Reads the ZIP table's county centres (and the extras that compute them), once. */
  private loadGeo(dataset: Dataset): void {
    if (this.geoLoading) return;
    this.geoLoading = true;
    void Promise.all([this.zipGeo(dataset), this.lazy()]).then(([table, x]) => (this.geo = table ? x.countyCentres(table) : new Map()));
  }

  // ---- Search form -------------------------------------------------------------------------

  private renderForm(dataset: Dataset): TemplateResult {
    const problem = this.problem;
    return html`<form class="search" part="search" role="search" @submit=${(e: Event) => this.onSubmit(e, dataset)}>
      <div class="field">
        <label for="where">${msg('ZIP code, city or county')}</label>
        <div class="row">
          <input id="where" name="where" autocomplete="postal-code" aria-describedby="where-hint" />
          <button type="submit">${msg('Search')}</button>
        </div>
        <p id="where-hint" class="small muted">
          ${this.place
            ? msg(str`Showing help for ${this.placeName(this.place)}.`)
            : msg('Your location stays on this device.')}
        </p>
        <button type="button" class="secondary" ?disabled=${this.locating} @click=${() => this.useMyLocation(dataset)}>
          ${this.locating ? msg('Finding your location…') : msg('Use my location')}
        </button>
      </div>
      ${problem && this.extras ? this.extras.problemPicker(this.host(), problem.problem, problem.text) : nothing}
      <div class="field">
        <label for="need">${msg('What do you need help with?')}</label>
        <select id="need" @change=${(e: Event) => this.setNeed((e.target as HTMLSelectElement).value)}>
          <option value="" ?selected=${!this.query.need}>${msg('Any kind of help')}</option>
          ${NEEDS.map((n) => html`<option value=${n} ?selected=${this.query.need === n}>${needLabel(n)}</option>`)}
        </select>
      </div>
      <div class="field">
        <label for="q">${msg('Search by name or word (for example: abogado, asylum)')}</label>
        <input
          id="q"
          type="search"
          .value=${this.query.text ?? ''}
          @input=${(e: Event) => this.setText((e.target as HTMLInputElement).value)}
          @change=${() => this.searched()}
        />
      </div>
    </form>`;
  }

  private placeName(place: Place): string {
    return place.source === 'county'
      ? msg(str`${place.label} County`)
      : place.county
        ? `${place.label} (${msg(str`${CA_COUNTIES[place.county]} County`)})`
        : place.label;
  }

  // ---- Emergency strip ---------------------------------------------------------------------

  /** What the hotline strip shows for a place: decided once, so no other text names a line it does not show. */
  private strip(hotlines: readonly Hotline[], place: Place | undefined): Strip {
    const county = place?.county;
    const local = county ? countyHotlines(hotlines, county) : [];
    const origin = place?.point ?? place?.centre;
    const near = county && !local.length && origin && this.geo && this.extras?.nearestHotlineCounty(hotlines, origin, this.geo);
    const list = hotlines.filter((h) => h.kind === 'rapid-response' && h.scope === 'local');
    return {
      county,
      local,
      near: near || undefined,
      nearby: near ? countyHotlines(hotlines, near) : [],
      wide: hotlines.filter((h) => h.scope !== 'local'),
      // County names are plain ASCII: a plain sort is the alphabetical order.
      list: list.sort((a, b) => (servedBy(a) < servedBy(b) ? -1 : 1)),
    };
  }

  private renderEmergency(s: Strip): TemplateResult {
    const county = s.county && CA_COUNTIES[s.county];
    const shown = s.local.length ? s.local : s.nearby;
    return html`<section class="emergency" part="emergency" aria-labelledby="emergency-title">
      <h2 id="emergency-title">${msg('Rapid-response hotline')}</h2>
      <p>
        ${!county
          ? msg('Enter your ZIP code or county to see your local rapid-response hotline.')
          : s.local.length
            ? msg('To report immigration enforcement near you, call:')
            : s.near
              ? this.extras!.nearHotline(county, CA_COUNTIES[s.near])
              : msg(str`No rapid-response hotline is listed for ${county} County in this directory.`)}
      </p>
      ${shown.length ? html`<ul class="hotlines">${shown.map((h) => this.renderHotline(h))}</ul>` : nothing}
      ${!shown.length && s.list.length
        ? html`<details class="all" ?open=${!!county || !s.wide.length}>
            <summary>${msg(str`Rapid-response hotlines by county (${s.list.length})`)}</summary>
            <ul class="hotlines">
              ${s.list.map((h) => this.renderHotline(h, true))}
            </ul>
          </details>`
        : nothing}
      ${s.wide.length
        ? html`<p class="small">${msg('Statewide and national lines:')}</p>
            <ul class="hotlines">
              ${s.wide.map((h) => this.renderHotline(h))}
            </ul>`
        : nothing}
    </section>`;
  }

  /** What to call for help now, naming only what the strip shows (extras.ts must be loaded). */
  private referral(s: Strip): string {
    return this.extras!.referral(s.local.length ? 'local' : s.nearby.length || s.list.length || s.wide.length ? 'other' : 'none');
  }

  private renderHotline(h: Hotline, served?: boolean): TemplateResult {
    const v = h.verification;
    return html`<li>
      <strong>${served ? `${servedBy(h)}:` : this.text(h.name)}</strong> ${h.phones.map((p) => this.renderPhone(p, h.id))}
      ${served ? html`<span class="small">${this.text(h.name)}</span>` : nothing}
      ${h.hours?.open247 ? html`<span class="small">${msg('24 hours')}</span>` : nothing}
      ${v?.status === 'verified' ? nothing : html`<span class="muted small">(${msg('not verified')})</span>`}
      ${v?.status === 'doubtful' && v.note ? html`<p class="caveat small">⚠ ${this.text(v.note)}</p>` : nothing}
    </li>`;
  }

  private renderPhone(phone: Phone, id: string): TemplateResult | typeof nothing {
    if (phone.kind === 'fax') return nothing;
    const label = phone.label ? html`<span class="small">${this.text(phone.label)}:</span> ` : nothing;
    const textOnly = phone.kind === 'sms' || phone.kind === 'whatsapp';
    const href = textOnly ? undefined : safeUrl(telUrl(phone.number));
    const note =
      phone.kind === 'sms'
        ? msg('(text messages)')
        : phone.kind === 'whatsapp'
          ? msg('(WhatsApp)')
          : phone.kind === 'voice-sms'
            ? msg('(calls and text messages)')
            : '';
    return html`<span class="phone-line"
      >${label}${href
        ? html`<a class="phone" href=${href} dir="ltr" @click=${() => this.action(id, 'call')}>${phone.number}</a>`
        : html`<bdi class="phone" dir="ltr">${phone.number}</bdi>`}
      ${note ? html`<span class="small muted">${note}</span>` : nothing}</span
    >`;
  }

  // ---- Filters and results -----------------------------------------------------------------

  private renderFinder(entries: Entry[], results: Result[], place: Place | undefined, local: number, strip: Strip): TemplateResult {
    const page = this.shown || this.pageSize;
    const visible = results.slice(0, page);
    // The place with its centre: the nearest help's distances change when the centre is known.
    const key = JSON.stringify([this.locale, uiLocale(), this.reportUrl, place, (this.now().getTime() / 6e4) | 0]);
    if (key !== this.cardsKey) {
      this.cardsKey = key;
      this.cards = new WeakMap();
    }
    return html`
      ${this.hideFilters ? nothing : this.renderFilters(entries)} ${this.renderChips()}
      ${place && local < FEW_LOCAL
        ? this.extras
          ? this.extras.few(
              place.county ? msg(str`${CA_COUNTIES[place.county]} County`) : place.label,
              local,
              !!this.query.need,
              results.some((r) => r.reach === 'nearest'),
              !place.point,
            )
          : this.loadExtras()
        : nothing}
      <p class="count" role="status">${this.countText(results.length)}</p>
      ${results.length
        ? html`<ul class="results" part="results">
              ${visible.map((r) => html`<li>${this.card(r)}</li>`)}
            </ul>
            <div class="actions">
              ${results.length > visible.length
                ? html`<button type="button" class="secondary" @click=${() => this.showMore(visible.length)}>
                    ${msg(str`Show more (${results.length - visible.length} more)`)}
                  </button>`
                : nothing}
              <button type="button" class="secondary" @click=${this.print}>${msg('Print this list')}</button>
            </div>`
        : this.extras
          ? this.extras.noResults(this.host(this.referral(strip)), entries, this.query, place, this.locale)
          : this.loadExtras()}
    `;
  }

  private countText(n: number): string {
    const where = this.place ? this.placeName(this.place) : '';
    if (!n) return msg('No results.');
    if (!where) return n === 1 ? msg('1 result. Enter your ZIP code to see help near you.') : msg(str`${n} results. Enter your ZIP code to see help near you.`);
    return n === 1 ? msg(str`1 result for ${where}.`) : msg(str`${n} results for ${where}.`);
  }

  /** The filter panel; after a keystroke in the word search, the last one, with counts refreshed when typing pauses. */
  private renderFilters(entries: Entry[]): TemplateResult {
    const typed = this.textOnly;
    this.textOnly = false;
    if (typed && this.panel) {
      clearTimeout(this.panelTimer);
      this.panelTimer = setTimeout(() => this.requestUpdate(), 300);
      return this.panel;
    }
    const counts = facetCounts(entries, this.query, this.place, this.locale);
    const active = activeFilters(this.query).filter((f) => f.kind === 'facet' || f.kind === 'toggle').length;
    const ui = uiLocale();
    // One collator per render (`localeCompare` with a locale builds one per comparison).
    const order = new Intl.Collator(ui).compare;
    return (this.panel = html`<details class="filters" part="filters" ?open=${active > 0}>
      <summary>${active ? msg(str`Filters (${active} on)`) : msg('Filters')}</summary>
      <div class="filter-grid">
        <fieldset>
          <legend>${msg('Availability')}</legend>
          ${this.checkbox('accepting', msg('Accepting new clients'), counts.accepting, !!this.query.accepting)}
          ${this.checkbox('remote', msg('Help by phone or video'), counts.remote, !!this.query.remote)}
        </fieldset>
        ${FACETS.map((facet) => {
          const selected = this.query.facets?.[facet] ?? [];
          const values = [...new Set([...counts.facets[facet].keys(), ...selected])];
          if (!values.length) return nothing;
          return html`<fieldset>
            <legend>${facetName(facet)}</legend>
            ${values
              .map((v) => ({v, label: facetLabel(facet, v, ui)}))
              .sort((a, b) => order(a.label, b.label))
              .map(({v, label}) => this.checkbox(`${facet}:${v}`, label, counts.facets[facet].get(v) ?? 0, selected.includes(v)))}
          </fieldset>`;
        })}
      </div>
    </details>`);
  }

  private checkbox(key: string, label: string, count: number, checked: boolean): TemplateResult {
    return html`<label class="check">
      <input type="checkbox" .checked=${checked} @change=${(e: Event) => this.toggle(key, (e.target as HTMLInputElement).checked)} />
      <span>${label} <span class="muted">(${count})</span></span>
    </label>`;
  }

  private filterLabel(f: ActiveFilter): string {
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

  private renderChips(): TemplateResult | typeof nothing {
    const active = activeFilters(this.query);
    if (!active.length) return nothing;
    return html`<div class="chips" part="chips">
      <span class="small muted" id="chips-label">${msg('Active filters:')}</span>
      <ul aria-labelledby="chips-label">
        ${active.map((f) => {
          const label = this.filterLabel(f);
          return html`<li>
            <button type="button" class="chip" aria-label=${msg(str`Remove filter: ${label}`)} @click=${() => this.removeFilter(f)}>
              ${label} <span aria-hidden="true">✕</span>
            </button>
          </li>`;
        })}
      </ul>
      ${active.length > 1
        ? html`<button type="button" class="link" @click=${this.clearAll}>${msg('Clear all filters')}</button>`
        : nothing}
    </div>`;
  }

  // ---- Courts, detention facilities, locator ----------------------------------------------

  /**
   * "Where is a hearing or a detention center?": a disclosure whose content (places.ts) loads
   * when opened; shown open, above the results, for a court date or a detained relative.
   */
  private renderPlaces(dataset: Dataset, place: Place | undefined, urgent: boolean): TemplateResult | typeof nothing {
    if (!dataset.places.length && !dataset.links.some((l) => l.kind === 'detainee-locator' || l.kind === 'case-status')) {
      return nothing;
    }
    const open = urgent || this.placesOpen;
    const view = this.placesView;
    return html`<details
      class="places"
      part="places"
      ?open=${open}
      @toggle=${(e: Event) => (this.placesOpen = (e.target as HTMLDetailsElement).open)}
    >
      <summary>${msg('Where is a hearing or a detention center?')}</summary>
      ${urgent ? html`<p>${msg('Find where a detained person is held, and the date of a hearing.')}</p>` : nothing}
      ${!open
        ? nothing
        : view
          ? view.placesView(
              this.host(),
              dataset.places,
              dataset.links,
              {origin: place?.point ?? place?.centre, county: place?.county},
              this.query.need === 'detention',
            )
          : this.loadPlaces()}
    </details>`;
  }

  // ---- Cards -------------------------------------------------------------------------------

  private card(r: Result): TemplateResult {
    const cards = this.cards!;
    return cards.get(r.entry) ?? cards.set(r.entry, this.renderCard(r)).get(r.entry)!;
  }

  private renderCard({entry: e, reach, miles}: Result): TemplateResult {
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
    const id = `r${this.cardSeq++}`;
    const recognition = e.recognition;
    const roster = this.entriesFor?.roster;
    return html`<article class="card" part="card" aria-labelledby=${id}>
      <h3 id=${id}>${title ? this.text(title) : e.id}</h3>
      ${s && org ? html`<p class="muted" data-service>${this.text(s.name)}</p>` : nothing}
      <p class="badges">
        ${reach === 'statewide' ? html`<span class="badge">${msg('Statewide')}</span>` : nothing}
        ${reach === 'remote' ? html`<span class="badge">${msg('Remote help')}</span>` : nothing}
        ${reach === 'nearest' ? html`<span class="badge">${msg('Farther away')}</span>` : nothing}
        ${this.renderIntake(e.intake)}
        ${e.credentials.map((c) => html`<span class="badge trust">✓ ${credentialLabel(c)}</span>`)}
        ${recognition?.status === 'pending'
          ? html`<span class="badge">${msg(str`DOJ recognition: renewal pending (as of ${formatIsoDate(recognition.asOf, ui)})`)}</span>`
          : nothing}
      </p>
      ${recognition?.status === 'ended'
        ? // No badge for an ended recognition: when it was listed until, and where to check.
          html`<p class="small">
            ${msg(str`DOJ recognition listed until ${formatIsoDate(recognition.until, ui)};`)}
            ${roster
              ? this.link(safeUrl(roster.url, {protocols: ['https:']}), e.id, 'website', msg('check the current roster'))
              : msg('check the current roster')}
          </p>`
        : nothing}
      <dl class="facts">
        ${e.needs.length ? this.fact(msg('Help with'), e.needs.map(needLabel).join(', ')) : nothing}
        ${e.courts.length ? this.fact(msg('Immigration courts'), html`<span lang="en">${e.courts.join(', ')}</span>`) : nothing}
        ${e.assistance.length ? this.fact(msg('Type of help'), e.assistance.map(assistanceLabel).join(', ')) : nothing}
        ${e.languages.length ? this.fact(msg('Languages'), e.languages.map((l) => languageLabel(l, ui)).join(', ')) : nothing}
        ${cost
          ? this.fact(msg('Cost'), html`${costLabel(cost.type)}${cost.note ? html` · ${this.text(cost.note)}` : nothing}`)
          : nothing}
        ${e.remote.length
          ? this.fact(
              msg('Remote help'),
              e.remote.map((r) => (r === 'phone' ? msg('By phone') : msg('By video'))).join(', '),
            )
          : nothing}
        ${miles !== undefined ? this.fact(msg('Distance'), msg(str`About ${this.miles(miles)}`)) : nothing}
        ${s?.eligibility ? this.fact(msg('Who can get help'), this.text(s.eligibility)) : nothing}
      </dl>
      ${e.needs.length && cost
        ? nothing
        : html`<p class="small">
            ${e.needs.length ? nothing : msg('Kinds of cases not listed: call to ask.')}
            ${cost ? nothing : msg('Cost not listed: ask.')}
          </p>`}
      ${s?.description ?? org?.description ? html`<p class="small">${this.text((s?.description ?? org?.description)!)}</p>` : nothing}
      ${intake?.howTo ? html`<p class="small">${this.text(intake.howTo)}</p>` : nothing}
      ${e.locations.map((l) => this.renderLocation(e, l))}
      <div class="contact">
        ${phones.map((p) => this.renderPhone(p, e.id))}
        ${this.link(website, e.id, 'website', msg('Website'))} ${this.link(intakeUrl, e.id, 'website', msg('Apply online'))}
      </div>
      ${this.renderFreshness(e)} ${this.renderCardReport(e, title)}
    </article>`;
  }

  private fact(label: string, value: unknown): TemplateResult {
    return html`<div><dt>${label}</dt><dd>${value}</dd></div>`;
  }

  /** A link out of the widget (website, form, map) that tells the page it was followed. */
  private link(
    href: string | undefined,
    id: string,
    action: ResourceActionDetail['action'],
    label: string,
    hidden?: string,
  ): TemplateResult | typeof nothing {
    return href
      ? html`<a href=${href} class="link-action" rel="noopener noreferrer" target="_blank" @click=${() => this.action(id, action)}
          >${label}${hidden ? html`<span class="visually-hidden"> (${hidden})</span>` : nothing}</a
        >`
      : nothing;
  }

  private miles(miles: number): string {
    return numberFormat(uiLocale(), {style: 'unit', unit: 'mile', maximumFractionDigits: miles < 10 ? 1 : 0}).format(miles);
  }

  private renderIntake(status: Entry['intake']): TemplateResult {
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

  private renderLocation(e: Entry, l: Entry['locations'][number]): TemplateResult {
    const line = addressLine(l.address);
    const map = safeUrl(mapHref(line));
    const hours = l.hours;
    const open = openState(hours, this.now(), this.timeZone);
    const ui = uiLocale();
    return html`<div class="location">
      ${l.name ? html`<p class="small"><strong>${this.text(l.name)}</strong></p>` : nothing}
      <address>${line}</address>
      ${this.link(map, e.id, 'directions', msg('Map and directions'), line)}
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
        ${hours?.note ? html`<br /><span class="small">${this.text(hours.note)}</span>` : nothing}
      </p>
    </div>`;
  }

  private renderFreshness(e: Entry): TemplateResult {
    const f = freshness(e.service, e.org, this.now());
    const ui = uiLocale();
    const date = f.date ? formatIsoDate(f.date, ui) : '';
    return html`<p class="fresh small" data-kind=${f.kind} ?data-stale=${f.kind !== 'doubtful' && f.stale}>
      ${f.kind === 'verified'
        ? date
          ? msg(str`Last verified ${date}.`)
          : msg('Verified (date unknown).')
        : f.kind === 'unverified'
          ? date
            ? msg(str`Not verified. Listed as of ${date}.`)
            : msg('Not verified.')
          : html`⚠ ${msg('This information may be wrong.')} ${f.note ? this.text(f.note) : nothing}`}
      ${f.kind !== 'doubtful' && f.stale ? html`<strong>${msg('May be out of date: call to confirm.')}</strong>` : nothing}
    </p>`;
  }

  private reportHref(subject?: string): string | undefined {
    const href = safeUrl(this.reportUrl, {protocols: ['mailto:', 'https:', 'http:']});
    if (!href || !subject || !href.startsWith('mailto:') || /[?&]subject=/i.test(href)) return href;
    return `${href}${href.includes('?') ? '&' : '?'}subject=${encodeURIComponent(subject)}`;
  }

  private renderCardReport(e: Entry, title: LocalizedText | undefined): TemplateResult | typeof nothing {
    const service = e.service && e.org ? `: ${pickText(e.service.name, this.locale).text}` : '';
    const name = title ? `${pickText(title, this.locale).text}${service}` : e.id;
    const href = this.reportHref(`${msg(str`Problem with a listing: ${name}`)} (${e.id})`);
    return href
      ? html`<a class="report small" href=${href} rel="noopener noreferrer" target="_blank"
          >${msg('Report a problem')}<span class="visually-hidden">: ${name}</span></a
        >`
      : nothing;
  }

  private renderReport(): TemplateResult | typeof nothing {
    const href = this.reportHref(msg('Problem with the help directory'));
    return href
      ? html`<p class="small report-all">
          <a href=${href} rel="noopener noreferrer" target="_blank">${msg('Report a problem with this directory')}</a>
        </p>`
      : nothing;
  }

  // ---- Print -------------------------------------------------------------------------------

  /**
   * Prints the hotline strip and the results shown, without the controls: for the duration of
   * the print, the widget's print rules (extras.ts) are added to its shadow root and a
   * document-level stylesheet hides the rest of the page (core/print.ts); both are removed right
   * after.
   */
  private async print(): Promise<void> {
    const {printList} = await this.lazy();
    this.printing = true;
    await this.updateComplete;
    printList(this, this.shadowRoot!, () => (this.printing = false));
  }

  // ---- Helpers and handlers ----------------------------------------------------------------

  /** Dataset text in the element's locale, marked with the language it is really in. */
  private text(value: LocalizedText): TemplateResult {
    const picked = pickText(value, this.locale);
    return html`<span lang=${picked.lang} dir=${directionOf(picked.lang)}>${picked.text}</span>`;
  }

  private action(id: string, action: ResourceActionDetail['action']): void {
    this.emit<ResourceActionDetail>('amparo-resource-action', {id, action});
  }

  /** Back to the first page of results, and tells the page what the person now searches for once the view has updated. */
  private searched(): void {
    this.shown = 0;
    void this.updateComplete.then(() => {
      const q = this.query;
      const filters: ResourceSearchDetail['filters'] = {accepting: !!q.accepting, remote: !!q.remote};
      for (const facet of FACETS) if (q.facets?.[facet]?.length) filters[facet] = [...q.facets[facet]!];
      const detail: ResourceSearchDetail = {filters, text: !!q.text?.trim(), results: this.lastCount};
      if (this.place?.county) detail.county = this.place.county;
      if (q.need) detail.need = q.need;
      this.emit<ResourceSearchDetail>('amparo-search', detail);
    });
  }

  private zipGeo(dataset: Dataset): Promise<ZipGeoTable | undefined> {
    const ref = dataset.zipTables.find((t) => t.kind === 'zip-geo');
    const base = this.effectiveDatasetUrl;
    if (!ref || !base) return Promise.resolve(undefined);
    this.zipTable ??= (async () => {
      try {
        const result = await loadZipTable(ref, base);
        return result.ok && result.data.kind === 'zip-geo' ? result.data : undefined;
      } catch {
        return undefined;
      }
    })();
    return this.zipTable;
  }

  private async onSubmit(event: Event, dataset: Dataset): Promise<void> {
    event.preventDefault();
    const value = (this.renderRoot.querySelector<HTMLInputElement>('#where')?.value ?? '').trim();
    const input = parseLocation(value);
    this.problem = undefined;
    if (input.kind === 'empty') {
      this.place = undefined;
    } else if (input.kind === 'county') {
      this.place = countyPlace(input.county);
    } else {
      // Cities are looked up by the rarely needed parts (extras.ts).
      const located =
        input.kind === 'zip'
          ? resolveZip(input.zip, await this.zipGeo(dataset))
          : (await this.lazy()).resolveCity(input.text, dataset.locations, await this.zipGeo(dataset));
      if (located.ok) this.place = located.place;
      else {
        await this.lazy();
        this.place = undefined;
        this.problem = {problem: located.problem, text: located.text};
      }
    }
    this.searched();
  }

  private async useMyLocation(dataset: Dataset): Promise<void> {
    this.locating = true;
    this.problem = undefined;
    try {
      const found = await (await this.lazy()).locate(await this.zipGeo(dataset), () => this.position());
      if ('problem' in found) {
        this.problem = {problem: found.problem, text: ''};
        return;
      }
      this.place = found.place;
      const where = this.renderRoot.querySelector<HTMLInputElement>('#where');
      if (where) where.value = found.place.zip ?? '';
      this.searched();
    } finally {
      this.locating = false;
    }
  }

  /** The rarely needed parts (extras.ts), loaded once on first use. */
  private async lazy(): Promise<typeof Extras> {
    return (this.extras ??= await import('./extras.js'));
  }

  /** Renders nothing for now, and again once the rarely needed parts have loaded. */
  private loadExtras(): typeof nothing {
    void this.lazy().then(() => this.requestUpdate());
    return nothing;
  }

  /** Renders nothing for now, and the places section once places.ts has loaded. */
  private loadPlaces(): typeof nothing {
    this.placesLoading ??= import('./places.js').then((m) => {
      this.placesView = m;
      this.requestUpdate();
    });
    return nothing;
  }

  /** What the views in extras.ts and places.ts need from the element. */
  private host(referral = ''): Extras.Host {
    return {
      label: (f) => this.filterLabel(f),
      remove: (f) => this.removeFilter(f),
      card: (r) => this.card(r),
      chooseCounty: (fips) => this.chooseCounty(fips),
      limit: this.pageSize,
      referral,
      text: (v) => this.text(v),
      phone: (p, id) => this.renderPhone(p, id),
      link: (...args) => this.link(...args),
      miles: (m) => this.miles(m),
    };
  }

  private chooseCounty(value: CountyFips): void {
    this.place = countyPlace(value);
    this.problem = undefined;
    this.searched();
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#where')?.focus());
  }

  private setNeed(value: string): void {
    this.query = {...this.query, need: asNeed(value)};
    this.searched();
  }

  private setText(value: string): void {
    this.query = {...this.query, text: value};
    this.textOnly = true;
    this.shown = 0;
  }

  private toggle(key: string, on: boolean): void {
    const [facet, value] = key.split(/:(.*)/s) as [string, string | undefined];
    if (value === undefined) {
      this.query = {...this.query, [facet as Toggle]: on};
    } else {
      const f = facet as Facet;
      const current = (this.query.facets?.[f] ?? []).filter((v) => v !== value);
      this.query = {...this.query, facets: {...this.query.facets, [f]: on ? [...current, value] : current}};
    }
    this.searched();
  }

  private removeFilter(filter: ActiveFilter): void {
    this.query = withoutFilter(this.query, filter);
    this.searched();
    // Keep the keyboard where it was: on the next chip, else on the keyword field.
    void this.updateComplete.then(() =>
      (this.renderRoot.querySelector<HTMLElement>('.chip') ?? this.renderRoot.querySelector<HTMLElement>('#q'))?.focus(),
    );
  }

  private clearAll(): void {
    this.query = {};
    this.searched();
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#need')?.focus());
  }

  private showMore(from: number): void {
    this.shown = from + this.pageSize;
    // Move the keyboard to the first new result.
    void this.updateComplete.then(() => {
      const card = this.renderRoot.querySelectorAll<HTMLElement>('.results > li > .card')[from];
      if (card) {
        card.tabIndex = -1;
        card.focus();
      }
    });
  }
}

/** What the hotline strip shows (see `strip`). */
interface Strip {
  county?: CountyFips | undefined;
  /** The county's own rapid-response hotlines. */
  local: Hotline[];
  /** For a county without one: the nearest county with one, and its hotlines. */
  near?: CountyFips | undefined;
  nearby: Hotline[];
  /** Statewide and national lines. */
  wide: Hotline[];
  /** Every county hotline, by the counties it serves (shown when no hotline for the county is). */
  list: Hotline[];
}

/** The counties a hotline serves, by name ("Napa, Solano, Sonoma"). */
const servedBy = (h: Hotline): string =>
  (h.counties ?? [])
    .map((c) => CA_COUNTIES[c as CountyFips] ?? c)
    .sort()
    .join(', ');

const asNeed = (value = ''): Need | undefined => ((NEEDS as readonly string[]).includes(value) ? (value as Need) : undefined);

/**
 * The rapid-response hotlines covering a county: verified first, doubtful numbers last (still
 * shown, with their warning: a family may have no other local number).
 */
export function countyHotlines(hotlines: readonly Hotline[], county: string): Hotline[] {
  const rank = {verified: 0, unverified: 1, doubtful: 2} as const;
  return hotlines
    .filter((h) => h.kind === 'rapid-response' && h.scope === 'local' && h.counties?.includes(county))
    .sort((a, b) => rank[a.verification?.status ?? 'unverified'] - rank[b.verification?.status ?? 'unverified']);
}
