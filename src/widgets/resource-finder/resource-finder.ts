import {html, nothing, type PropertyValues, type TemplateResult} from 'lit';
import {property, state} from 'lit/decorators.js';
import {msg, str} from '@lit/localize';
import {AmparoElement} from '../../core/base-element.js';
import {ContentText} from '../../core/content-text.js';
import type {LinkTarget} from '../../core/cross-links.js';
import {languageChoice} from '../../core/language-choice.js';
import type {ShareNavigator} from '../../core/share.js';
import {CA_COUNTIES} from '../../core/dataset/ca-counties.js';
import type {Dataset} from '../../core/dataset/schema/index.js';
import {isoDayIn} from '../../core/format.js';
import {leavePage, QuickExitController} from '../../core/quick-exit.js';
import {safeUrl} from '../../core/safe-url.js';
import {uiLocale} from '../../core/i18n/localization.js';
import {cardView} from './card-view.js';
import {searchDetail, type ResourceActionDetail, type ResourceSearchDetail} from './events.js';
import {isoDay} from './credentials.js';
import {FinderCache} from './card-cache.js';
import type * as Extras from './extras.js';
import {chipsView, filterLabel, filtersView, type FilterActions} from './filters-view.js';
import {formView, notarioWarning, placeName, type FormActions} from './form-view.js';
import {DEFAULT_TIME_ZONE} from './hours.js';
import {emergencyView, referralKind, rumourCheck, stripFor, type Strip} from './hotlines-view.js';
import type {Place, Point} from './location.js';
import {LinksController} from './links-controller.js';
import {PartsController} from './parts-controller.js';
import {PlaceController} from './place-controller.js';
import {asNeed, focusAfterRender, QueryController} from './query-controller.js';
import {orgNotice, placesSection, resultsView, type ResultsActions} from './results-view.js';
import {facetCounts, linked, localCount, search, FEW_LOCAL, type Entry, type Result} from './search.js';
import {directoryReport, linkOut, miles, phoneView, reportHref, type Kit} from './view-kit.js';
import {styles} from './resource-finder.styles.js';

export {countyHotlines} from './hotlines-view.js';
export type {ResourceActionDetail, ResourceSearchDetail} from './events.js';

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
 * @attr calendar-page - The page of the site with `<amparo-event-calendar>` (else the script's
 *   `data-calendar-page`): a card's next events link there; on a page with the calendar they open it in place.
 * @attr quick-exit - A neutral page (https URL): Shift pressed three times replaces this page with it
 *   (as GOV.UK's "Exit this page"), after clearing what the person searched.
 *
 * Links: a shared or cross-widget link's `amparo-need`, `amparo-county`, `amparo-org` (only that
 * organization's services, with "Show all help") and `amparo-service` (that card first, focused) are read
 * once on load; another widget on the page hands the same keys to `followLink(state)`.
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
export class AmparoResourceFinder extends AmparoElement implements LinkTarget {
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
  @property({attribute: 'quick-exit'}) quickExit?: string;

  /** Shift pressed three times: forgets what the person searched, then leaves for the `quick-exit` page. */
  private readonly exitKeys = new QuickExitController(
    this,
    () => !!exitPage(this.quickExit),
    () => {
      this.q.query = {};
      this.where.set(undefined);
      this.leave(exitPage(this.quickExit)!);
    },
  );

  /** Navigates away for quick exit (a seam for tests). */
  protected leave(url: string): void {
    leavePage(url);
  }

  @state() private printing = false;

  /** Whether the person opened "Where is a hearing or a detention center?". */
  @state() private placesOpen = false;

  /** Where the person looks for help (typed, chosen, attribute or position) and the ZIP table. */
  private readonly where = new PlaceController(this, {
    lazy: () => this.parts.lazy(),
    position: () => this.position(),
    base: () => this.effectiveDatasetUrl,
  });

  /** The rarely needed parts (extras.ts, places.ts), loaded on first use. */
  private readonly parts = new PartsController(this);

  private lastCount = 0;

  /** Dataset text in the content language, with the notice when some of it fell back. */
  private readonly content = new ContentText(this, () => this.locale);

  /** Shared and cross-widget links, the share buttons, the organizations' next events. */
  private readonly links = new LinksController(this, {
    apply: (state, focus) => this.followLink(state, focus),
    ready: () => !!this.datasetResult?.ok,
    nav: () => this.shareNavigator(),
    now: () => this.now().getTime(),
  });

  /** The need, the words, the filters and how many results show. */
  private readonly q = new QueryController(this, () => this.searched());

  /** The entries and the cards, built once while what they show is the same. */
  private readonly cache = new FinderCache(this.content);

  /** The current time (a seam for tests). */
  protected now(): Date {
    return new Date();
  }

  /** The browser's share sheet and clipboard (a seam for tests). */
  protected shareNavigator(): Partial<ShareNavigator> {
    return navigator;
  }

  /**
   * Takes a link's state from another widget on the page (`need`, `county`, `org`, `service`),
   * then moves the keyboard to what it shows: the service's card, else the results (`focus`
   * false: a link read from the page address on load).
   */
  async followLink(state: Record<string, string>, focus = true): Promise<void> {
    if (state['county']) this.where.setCounty(state['county']);
    this.q.follow(state);
    const id = state['service'];
    if (focus) await focusAfterRender(this, ...(id ? [`.results .card[data-id="${CSS.escape(id)}"]`] : []), '#results-title');
  }

  /** The base element's date (review notice) follows the same clock. */
  protected override today(): string {
    return isoDayIn(this.now());
  }

  /** The browser position, asked for only when the person presses the button (a seam for tests). */
  protected position(): Promise<Point> {
    // Only called from `useMyLocation`, once extras.ts has loaded.
    return this.parts.extras!.browserPosition();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Attributes preset the view; they never fire events.
    if (changed.has('county')) this.where.setCounty(this.county);
    if (changed.has('need')) this.q.patch({need: asNeed(this.need)});
    if (changed.has('language')) this.q.setLanguage(this.language);
    if (changed.has('limit')) this.q.shown = 0;
  }

  private get pageSize(): number {
    return this.limit > 0 ? Math.floor(this.limit) : 20;
  }

  private get timeZone(): string {
    const result = this.datasetResult;
    return (result?.ok && result.data.meta.timeZone) || DEFAULT_TIME_ZONE;
  }

  /** What the views need from the element (see view-kit.ts). */
  private kit(): Kit {
    return {
      locale: this.locale,
      now: this.now(),
      timeZone: this.timeZone,
      text: (v) => this.content.text(v),
      action: (id, action) => this.emit<ResourceActionDetail>('amparo-resource-action', {id, action}),
      reportHref: (subject) => reportHref(this.reportUrl, subject),
    };
  }

  protected renderContent(dataset: Dataset): unknown {
    const entries = this.cache.entries(dataset, isoDay(this.now(), this.timeZone));
    const where = this.where;
    const place = where.located();
    const q = this.q;
    const results = linked(search(entries, q.query, place, this.locale), entries, q.org, q.service);
    this.lastCount = results.length;
    const geo = where.geo;
    const x = this.parts.extras;
    const strip = stripFor(dataset.hotlines, place, geo && x ? (o) => x.nearestHotlineCounty(dataset.hotlines, o, geo) : undefined, q.query);
    const local = place ? localCount(entries, place, this.q.query.need, this.locale) : FEW_LOCAL;
    // County centres serve a county without a hotline or with little help, and places near a county.
    if (place?.county && !geo && (!strip.local.length || local < FEW_LOCAL || (this.placesOpen && !place.point))) {
      where.loadGeo(dataset);
    }
    const need = this.q.query.need;
    // A court date or a detained relative: where the hearing is and where the person is held, first.
    const urgent = need === 'detention' || need === 'deportation-defense';
    const places = this.renderPlaces(dataset, place, urgent);
    const kit = this.kit();
    const problem = where.problem;
    return html`<div class="finder">
        ${this.printing ? nothing : languageChoice('finder-language')}
        ${this.printing
          ? x?.printTitle(where.place ? msg(str`Help for ${placeName(where.place)}`) : msg('Immigration help'), this.now())
          : nothing}
        ${formView(
          {
            place: where.place,
            locating: where.locating,
            query: this.q.query,
            problem: problem && x ? x.problemPicker(this.host(), problem.problem, problem.text) : undefined,
          },
          this.formActions(dataset),
        )}
        ${emergencyView(kit, strip, (county, near) => x!.nearHotline(county, near))}
        ${rumourCheck(kit, dataset.updates, {today: this.today(), need, county: place?.county}, this.locale, strip.local[0])}
        ${urgent ? places : nothing}
        ${notarioWarning()}
        ${entries.length
          ? this.renderFinder(entries, results, place, local, strip)
          : x
            ? x.noProviders(this.referral(strip))
            : this.parts.loadExtras()}
        ${urgent ? nothing : places} ${directoryReport(reportHref(this.reportUrl, msg('Problem with the help directory')))}
        ${this.content.notice()}
      </div>`;
  }

  private formActions(dataset: Dataset): FormActions {
    return {
      submit: (e) => void this.onSubmit(e, dataset),
      useMyLocation: () => void this.useMyLocation(dataset),
      setNeed: (value) => this.q.setNeed(value),
      setText: (value) => this.q.setText(value),
      searched: () => this.searched(),
    };
  }

  /** What to call for help now, naming only what the strip shows (extras.ts must be loaded). */
  private referral(s: Strip): string {
    return this.parts.extras!.referral(referralKind(s));
  }

  // ---- Filters and results -----------------------------------------------------------------

  private readonly actions: ResultsActions & FilterActions = {
    card: (r) => this.card(r),
    showMore: (from) => this.q.showMore(from, this.pageSize),
    print: () => void this.print(),
    toggle: (key, on) => this.q.toggle(key, on),
    remove: (f) => this.q.removeFilter(f),
    clearAll: () => this.q.clearAll(),
  };

  private renderFinder(entries: Entry[], results: Result[], place: Place | undefined, local: number, strip: Strip): TemplateResult {
    // The place with its centre: the nearest help's distances change when the centre is known.
    const key = JSON.stringify([this.locale, uiLocale(), this.reportUrl, place, (this.now().getTime() / 6e4) | 0, this.links.eventsReady, this.links.share.version, !!this.parts.cardLinks]);
    this.cache.keep(key);
    const x = this.parts.extras;
    return html`
      ${this.hideFilters
        ? nothing
        : this.q.panel(() => filtersView(this.q.query, facetCounts(entries, this.q.query, this.where.place, this.locale), this.actions))} ${chipsView(this.q.query, this.actions)}
      ${place && local < FEW_LOCAL ? (x ? this.few(x, place, local, results) : this.parts.loadExtras()) : nothing}
      ${this.q.org ? this.orgNotice(entries) : nothing}
      ${resultsView(results, this.q.shown || this.pageSize, this.where.place, this.actions, x
        ? x.noResults(this.host(this.referral(strip)), entries, this.q.query, place, this.locale)
        : this.parts.loadExtras())}
    `;
  }

  /** Few or no providers in the place searched: says so, and what is shown instead. */
  private few(x: typeof Extras, place: Place, local: number, results: Result[]): TemplateResult {
    const where = place.county ? msg(str`${CA_COUNTIES[place.county]} County`) : place.label;
    return x.few(where, local, !!this.q.query.need, results.some((r) => r.reach === 'nearest'), !place.point);
  }

  private orgNotice(entries: Entry[]): TemplateResult {
    const org = entries.find((e) => e.org?.id === this.q.org)?.org;
    return orgNotice(org ? this.content.text(org.name) : this.q.org, () => this.q.allHelp());
  }

  // ---- Courts, detention facilities, locator ----------------------------------------------

  /** The places section (places.ts, loaded when opened), if the dataset has places or family links. */
  private renderPlaces(d: Dataset, place: Place | undefined, urgent: boolean): TemplateResult | typeof nothing {
    const open = urgent || this.placesOpen;
    const view = this.parts.places;
    const where = {origin: place?.point ?? place?.centre, county: place?.county};
    return d.places.length || d.links.some((l) => l.kind === 'detainee-locator' || l.kind === 'case-status')
      ? placesSection(open, urgent, (o) => (this.placesOpen = o), view
          ? view.placesView(this.host(), d.places, d.links, where, this.q.query.need === 'detention')
          : open && this.parts.loadPlaces())
      : nothing;
  }

  // ---- Cards -------------------------------------------------------------------------------

  private card(r: Result): TemplateResult {
    return this.cache.card(r, ({entry}, id) => {
      const view = this.parts.cardLinks;
      const more = view
        ? view.cardLinksView({
            entry,
            locale: this.locale,
            share: this.links.share,
            from: this,
            events: this.links.eventsOf(this.cache.dataset!, entry.org?.id),
          })
        : this.parts.loadCardLinks();
      return cardView(this.kit(), r, {id, roster: this.cache.roster, more});
    });
  }

  /** Prints the hotline strip and the results shown, without the controls (see extras.ts). */
  private async print(): Promise<void> {
    const {printList} = await this.parts.lazy();
    this.printing = true;
    await this.updateComplete;
    printList(this, this.shadowRoot!, () => (this.printing = false));
  }

  // ---- Helpers and handlers ----------------------------------------------------------------

  /** Back to the first page of results, and tells the page what the person now searches for once the view has updated. */
  private searched(): void {
    void this.updateComplete.then(() =>
      this.emit<ResourceSearchDetail>('amparo-search', searchDetail(this.q.query, this.where.place, this.lastCount)),
    );
  }

  private async onSubmit(event: Event, dataset: Dataset): Promise<void> {
    event.preventDefault();
    await this.where.find(this.renderRoot.querySelector<HTMLInputElement>('#where')?.value ?? '', dataset);
    this.searched();
    // The results replaced what was shown: the keyboard goes there (a problem: stays in the field).
    if (!this.where.problem) void focusAfterRender(this, '#results-title');
  }

  private async useMyLocation(dataset: Dataset): Promise<void> {
    if (!(await this.where.useMyLocation(dataset))) return;
    const input = this.renderRoot.querySelector<HTMLInputElement>('#where');
    if (input) input.value = this.where.place?.zip ?? '';
    this.searched();
    void focusAfterRender(this, '#results-title');
  }

  /** What the views in extras.ts and places.ts need from the element. */
  private host(referral = ''): Extras.Host {
    const kit = this.kit();
    return {
      label: filterLabel,
      remove: (f) => this.q.removeFilter(f),
      card: (r) => this.card(r),
      chooseCounty: (fips) => (this.where.chooseCounty(fips), this.searched(), void focusAfterRender(this, '#results-title', '#where')),
      limit: this.pageSize,
      referral,
      text: (v) => this.content.text(v),
      phone: (p, id) => phoneView(kit, p, id),
      link: (...args) => linkOut(kit, ...args),
      miles,
    };
  }
}

const exitPage = (url: string | undefined) => safeUrl(url, {protocols: ['https:', 'http:']});
