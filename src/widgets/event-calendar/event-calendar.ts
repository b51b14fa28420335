import {html, nothing, type PropertyValues, type TemplateResult} from 'lit';
import {property, state} from 'lit/decorators.js';
import {guard} from 'lit/directives/guard.js';
import {repeat} from 'lit/directives/repeat.js';
import {msg, str} from '@lit/localize';
import {AmparoElement} from '../../core/base-element.js';
import {CA_COUNTIES} from '../../core/dataset/ca-counties.js';
import type {CommunityEvent, Dataset} from '../../core/dataset/schema/index.js';
import type {Issue} from '../../core/dataset/validate.js';
import {EVENT_TYPES} from '../../core/dataset/vocabulary.js';
import {dateFormat, pickText, type LocalizedText} from '../../core/format.js';
import {uiLocale} from '../../core/i18n/localization.js';
import {directionOf} from '../../core/locale.js';
import {countyCode, eventCounties, eventLanguages, matcher, type Filters} from './filters.js';
import type * as Details from './details.js';
import type * as Feed from './feed.js';
import type * as Ics from './ics.js';
import type * as Month from './month.js';
import {downloadFile, placeText} from './links.js';
import {formatLabel, languageLabel, statusLabel, typeLabel} from './labels.js';
import {expandEvents, type ExpansionProblem, type Occurrence} from '../../core/events/occurrences.js';
import {formatWall, isValidZone, offsetAt} from '../../core/events/tz.js';
import {styles} from './event-calendar.styles.js';

const DAY = 86_400_000;
const MINUTE = 60_000;
let visitorZoneCache: string | undefined;

/** A list row's texts (see `rowText`), per event object and languages (`lang`: interface|content). */
interface RowText {
  lang: string;
  title: {text: string; lang: string};
  dir: 'ltr' | 'rtl';
  status: string;
  meta: string;
  badges: string;
}
const rowTexts = new WeakMap<CommunityEvent, RowText>();
/** Occurrences' keys (`Occurrence.key` formats a date each time it is read). */
const rowKeys = new WeakMap<Occurrence, string>();

/**
 * Time texts for one interface language and visitor zone (`for`): all-day ranges by string key,
 * timed shapes by zone then packed number, the visitor's time by packed number (see `timeText`).
 */
let timeCaches = {for: '', allDay: new Map<string, string>(), zones: new Map<string, Map<number, string>>(), yours: new Map<number, string>()};
/**
 * New rows of the list built per task: about 0.05 ms a row on a 2-core laptop and 0.2 ms at 4x
 * CPU throttling (a slow phone), so the re-render, style and layout around them keep each task
 * under the 50 ms long-task mark even there.
 */
const ROWS_PER_TASK = 25;

// The .ics writer and the JSON-LD builder are separate chunks: fetched when the person reaches
// for an add-to-calendar button, and only on pages that ask for JSON-LD.
let icsModule: Promise<typeof Ics> | undefined;
let detailsModule: Promise<typeof Details> | undefined;
const loadIcs = () => (icsModule ??= import('./ics.js'));

/** Detail of `amparo-event-open`: the person opened an event's details. */
export interface EventOpenDetail {
  id: string;
  /** The occurrence's start, ISO 8601 UTC. */
  start: string;
}

/** Detail of `amparo-add-to-calendar`. */
export interface AddToCalendarDetail {
  target: 'ics' | 'google' | 'outlook';
  /** `event`: one event (a series with all its dates in .ics); `list`: the filtered list as one .ics. */
  scope: 'event' | 'list';
  ids: string[];
}

declare global {
  interface HTMLElementEventMap {
    'amparo-event-open': CustomEvent<EventOpenDetail>;
    'amparo-add-to-calendar': CustomEvent<AddToCalendarDetail>;
  }
}

type View = 'list' | 'month';

/**
 * Workshops, legal clinics, town halls and other community events from the dataset: a list
 * grouped by day (default) or a month grid, with filters, event details and add-to-calendar
 * (.ics, Google Calendar, Outlook.com). Times are stored as wall time in the event's zone, so a
 * weekly 6 pm workshop stays at 6 pm across daylight-saving changes; they are shown in the
 * event's zone, plus the visitor's own time when it differs. Past events are hidden.
 *
 * @tagname amparo-event-calendar
 * @summary Community events calendar with filters and add-to-calendar.
 *
 * @attr type - Preset type filter: `kyr-workshop`, `legal-clinic`, `town-hall`, `rally-vigil`,
 *   `community-meeting`, `training`, `resource-fair`, `other`.
 * @attr language - Preset language filter (spoken or interpreted), e.g. `es`.
 * @attr county - Preset county filter: FIPS code (`06037`) or name (`Los Angeles`).
 * @attr view - `list` (default) or `month`. The month grid shows the list on narrow screens.
 * @attr limit - How many events the list shows before "Show more" (default 50).
 * @attr months - How many months ahead to show (default 3).
 * @attr ics-src - URL of an iCalendar (.ics) feed whose events are shown with the dataset's. Its host must allow
 *   this page with CORS (`Access-Control-Allow-Origin`), or host a copy on your own site.
 * @attr emit-jsonld - Writes schema.org Event JSON-LD for the listed events into the page (light DOM) for search engines.
 * @attr heading-level - Level of the calendar's heading (default 2).
 *
 * @fires amparo-event-open - The person opened an event's details. Detail: `{id, start}`.
 * @fires amparo-add-to-calendar - The person added an event or the list to a calendar. Detail: `{target: 'ics' | 'google' | 'outlook', scope: 'event' | 'list', ids}`.
 *
 * @csspart filters - The filter form.
 * @csspart count - The live result count.
 * @csspart list - The list of days.
 * @csspart event - One event.
 * @csspart grid - The month grid.
 * @csspart actions - Add-to-calendar buttons and links.
 */
export class AmparoEventCalendar extends AmparoElement {
  static override styles = [...AmparoElement.styles, styles];

  @property() type?: string;
  @property() language?: string;
  @property() county?: string;
  @property({reflect: true}) view: View = 'list';
  @property({type: Number}) limit = 50;
  @property({type: Number}) months = 3;
  @property({type: Boolean, attribute: 'emit-jsonld'}) emitJsonld = false;
  @property({attribute: 'ics-src'}) icsSrc?: string;
  @property({type: Number, attribute: 'heading-level'}) headingLevel = 2;

  /** The current time (UTC ms); set in tests and demos, else the clock. */
  @property({attribute: false}) now?: number;

  /** Filters the person changed (each overrides its preset attribute). */
  @state() private chosen: Filters = {};
  @state() private extra = 0;
  @state() private chosenView?: View;
  @state() private narrow = false;
  /** Occurrences whose details are open (their details are rendered only then). */
  @state() private openKeys = new Set<string>();
  /** Month grid: the focused day (`2026-12-01`). */
  @state() private activeDay?: string;

  private expansion?: {key: string; occurrences: Occurrence[]; problems: ExpansionProblem[]};
  /** The `ics-src` feed: loading, its events, or why it failed. */
  @state() private feed?: {src: string; status: 'loading' | 'ok' | 'error'; result?: Feed.FeedResult};
  private feedAbort?: AbortController;
  /** Events that came from the feed (their place is free text, not a withheld address). */
  private feedEvents = new WeakSet<CommunityEvent>();
  private merged?: {dataset: readonly CommunityEvent[]; feed?: Feed.FeedResult; events: readonly CommunityEvent[]};
  private reported = new WeakSet<object>();
  private jsonLd?: HTMLScriptElement;
  private resizeObserver?: ResizeObserver;

  override connectedCallback(): void {
    super.connectedCallback();
    this.resizeObserver ??= new ResizeObserver(([entry]) => {
      const narrow = (entry?.contentRect.width ?? 1000) < 600;
      if (narrow !== this.narrow) this.narrow = narrow;
    });
    this.resizeObserver.observe(this);
    this.scheduleRows();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
    clearTimeout(this.rowTimer);
    this.rowTimer = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const src = this.icsSrc?.trim() || undefined;
    if (src !== this.feed?.src) void this.loadFeed(src);
  }

  /** Fetches the `ics-src` feed with the lazily loaded reader (ical.js is in that chunk only). */
  private async loadFeed(src: string | undefined): Promise<void> {
    this.feedAbort?.abort();
    const abort = (this.feedAbort = new AbortController());
    this.feed = src ? {src, status: 'loading'} : undefined;
    if (!src) return;
    let result: Feed.FeedResult | undefined;
    try {
      const feed = await import('./feed.js');
      // Reports skipped events and failures (with what to do about them) on the console.
      result = await feed.readFeed(src, {language: this.locale || 'en', zone: this.visitorZone(), organizer: feed.hostOf(src)}, abort.signal);
    } catch (error) {
      console.error('Amparo event calendar: the ics-src feed reader could not be loaded.', error);
    }
    if (abort.signal.aborted) return;
    for (const e of result?.events ?? []) this.feedEvents.add(e);
    this.feed = {src, status: result ? 'ok' : 'error', result};
  }

  /** Dataset events plus the feed's, as one array that keeps its identity while neither changes. */
  private allEvents(events: readonly CommunityEvent[]): readonly CommunityEvent[] {
    const feed = this.feed?.result;
    if (!feed?.events.length) return events;
    if (this.merged?.dataset !== events || this.merged.feed !== feed) this.merged = {dataset: events, feed, events: [...events, ...feed.events]};
    return this.merged.events;
  }

  /** The visitor's IANA zone (a seam for tests). */
  protected visitorZone(): string {
    // Creating an Intl.DateTimeFormat costs ~1 ms: read the zone once per page.
    return (visitorZoneCache ??= Intl.DateTimeFormat().resolvedOptions().timeZone);
  }

  /** Saves a file for the person (a seam for tests). */
  protected download(text: string, filename: string): void {
    downloadFile(text, filename);
  }

  /** Filters in effect: the person's choices over the attributes' presets. */
  get filters(): Filters {
    const preset: Filters = {type: this.type || undefined, language: this.language || undefined, county: countyCode(this.county)};
    return {...preset, ...this.chosen};
  }

  private occurrences(dataset: Dataset): {all: Occurrence[]; problems: ExpansionProblem[]} {
    const now = this.now ?? Date.now();
    const from = Math.floor(now / 60_000) * 60_000;
    const to = from + Math.max(1, Math.min(this.months || 3, 24)) * 31 * DAY;
    const key = `${from}|${to}`;
    const events = this.allEvents(dataset.events);
    if (this.expansion?.key !== key || !this.reported.has(events)) {
      const {occurrences, problems} = expandEvents(events, {from, to});
      this.expansion = {key, occurrences, problems};
      if (!this.reported.has(events)) {
        this.reported.add(events);
        for (const p of problems) console.warn(`Amparo event calendar: event "${p.id}" skipped: ${p.reason}.`);
      }
    }
    return {all: this.expansion.occurrences, problems: this.expansion.problems};
  }

  /** The visitor's zone, read once per render (creating an `Intl.DateTimeFormat` is costly). */
  private zone = 'UTC';

  protected renderContent(dataset: Dataset): unknown {
    this.zone = this.visitorZone();
    const {all} = this.occurrences(dataset);
    const filters = this.filters;
    const shown = all.filter(matcher(filters));
    const limit = Math.max(1, this.limit || 50) + this.extra;
    const view = this.narrow ? 'list' : (this.chosenView ?? this.view);
    const listed = shown.slice(0, limit);
    this.pendingJsonLd = listed;
    // The first list is built in one go (like any page content). After that (filters, "show
    // more"), rows already on screen are kept, wherever they are, and at most ROWS_PER_TASK new
    // rows are built per task, in list order: the top of the list is complete at once, rows
    // further down fill in over the next tasks, and no row is removed only to be built again.
    let rows = listed;
    if (view === 'list') {
      if (this.listBuilt) {
        let created = 0;
        rows = rows.filter((o) => this.rowsOnScreen.has(o) || created++ < ROWS_PER_TASK);
      }
      this.listBuilt = true;
      this.rowsOnScreen = new Set(rows);
    }
    this.moreRows = view === 'list' && rows.length < listed.length;
    return html`<section class="calendar frame" aria-labelledby="cal-title">
      <div class="top">
        <div id="cal-title" role="heading" aria-level=${this.headingLevel} class="title">${msg('Upcoming events')}</div>
        ${this.narrow
          ? nothing
          : html`<div class="views" role="group" aria-label=${msg('View')}>
              <button type="button" class="secondary" aria-pressed=${view === 'list'} @click=${() => (this.chosenView = 'list')}>
                ${msg('List')}
              </button>
              <button type="button" class="secondary" aria-pressed=${view === 'month'} @click=${() => (this.chosenView = 'month')}>
                ${msg('Month')}
              </button>
            </div>`}
      </div>
      ${this.feed?.status === 'error'
        ? html`<p class="notice feed-error" part="notice" data-tone="error" role="alert">${msg('Events could not be loaded.')}</p>`
        : nothing}
      ${this.renderFilters(this.allEvents(dataset.events), filters)}
      <p class="count" part="count" role="status">
        ${this.feed?.status === 'loading' && !shown.length ? msg('Loading…') : this.countText(shown.length, filters)}
      </p>
      ${view === 'month' ? this.renderMonth(shown) : this.renderList(rows)}
      <div class="footer">
        ${view === 'list' && shown.length > limit
          ? html`<button type="button" class="secondary" @click=${() => (this.extra += Math.max(1, this.limit || 50))}>
              ${msg('Show more events')}
            </button>`
          : nothing}
        ${shown.length
          ? html`<button type="button" class="secondary" @click=${() => this.downloadList(shown, dataset)}>
              ${msg('Download these events (.ics)')}
            </button>`
          : nothing}
      </div>
    </section>`;
  }

  /** The base element's "entries not shown" note, counting events the calendar could not expand too. */
  protected override renderSkipped(issues: readonly Issue[]): ReturnType<AmparoElement['renderSkipped']> {
    const unexpanded = [...(this.expansion?.problems ?? []), ...(this.feed?.result?.problems ?? [])].map(
      (_, i): Issue => ({path: `events not expanded #${i}`, message: '', severity: 'error', collection: 'events', skipped: true}),
    );
    return super.renderSkipped([...issues, ...unexpanded]);
  }

  private countText(n: number, filters: Filters): string {
    if (!n) return Object.values(filters).some(Boolean) ? msg('No events match these filters.') : msg('No upcoming events.');
    return n === 1 ? msg('1 event') : msg(str`${n} events`);
  }

  private renderFilters(events: readonly CommunityEvent[], f: Filters): TemplateResult {
    const ui = uiLocale();
    const options = this.filterOptions(events, ui);
    const types = EVENT_TYPES.filter((t) => t === f.type || options.types.has(t));
    const languages = [...options.languages, ...(f.language && !options.languages.some((l) => l.tag === f.language) ? [{tag: f.language, name: languageLabel(f.language, ui)}] : [])];
    const counties = [...options.counties, ...(f.county && !options.counties.some((c) => c.fips === f.county) ? [{fips: f.county, name: CA_COUNTIES[f.county as keyof typeof CA_COUNTIES] ?? f.county}] : [])];
    const select = (name: keyof Filters, label: string, all: string, options: {value: string; label: string}[]) =>
      html`<label class="field">
        <span>${label}</span>
        <select name=${name} @change=${this.onFilter}>
          <option value="" ?selected=${!f[name]}>${all}</option>
          ${options.map((o) => html`<option value=${o.value} ?selected=${o.value === f[name]}>${o.label}</option>`)}
        </select>
      </label>`;
    return html`<form class="filters" part="filters" aria-label=${msg('Filter events')} @submit=${(e: Event) => e.preventDefault()}>
      ${select('type', msg('Type'), msg('All types'), types.map((t) => ({value: t, label: typeLabel(t)})))}
      ${select('language', msg('Language'), msg('All languages'), languages.map((l) => ({value: l.tag, label: l.name})))}
      ${select('format', msg('Format'), msg('In person or online'), (['in-person', 'online', 'hybrid'] as const).map((v) => ({value: v, label: formatLabel(v)})))}
      ${counties.length ? select('county', msg('County'), msg('All counties'), counties.map((c) => ({value: c.fips, label: c.name}))) : nothing}
      <label class="field">
        <span>${msg('From')}</span>
        <input type="date" name="from" .value=${f.from ?? ''} @change=${this.onFilter} />
      </label>
      <label class="field">
        <span>${msg('To')}</span>
        <input type="date" name="to" .value=${f.to ?? ''} @change=${this.onFilter} />
      </label>
      <label class="field search">
        <span>${msg('Search')}</span>
        <input type="search" name="q" .value=${f.q ?? ''} @input=${this.onFilter} />
      </label>
      ${Object.values(f).some(Boolean)
        ? html`<button type="button" class="secondary clear" @click=${this.clearFilters}>${msg('Clear filters')}</button>`
        : nothing}
    </form>`;
  }

  private options?: {events: readonly CommunityEvent[]; ui: string; types: Set<string>; languages: {tag: string; name: string}[]; counties: {fips: string; name: string}[]};

  /** The values the filters offer: those present in the dataset (computed once per dataset and language). */
  private filterOptions(events: readonly CommunityEvent[], ui: string) {
    if (this.options?.events === events && this.options.ui === ui) return this.options;
    const valid = events.filter((e) => isValidZone(e.timeZone));
    const languages = [...new Set(valid.flatMap(eventLanguages))]
      .map((tag) => ({tag, name: languageLabel(tag, ui)}))
      .sort((a, b) => a.name.localeCompare(b.name, ui));
    const counties = [...new Set(valid.flatMap(eventCounties))]
      .map((fips) => ({fips, name: CA_COUNTIES[fips as keyof typeof CA_COUNTIES] ?? fips}))
      .sort((a, b) => a.name.localeCompare(b.name, ui));
    return (this.options = {events, ui, types: new Set(valid.map((e) => e.type)), languages, counties});
  }

  private onFilter(event: Event): void {
    const input = event.target as HTMLInputElement | HTMLSelectElement;
    this.chosen = {...this.chosen, [input.name]: input.value || ''};
    this.extra = 0;
  }

  private clearFilters(): void {
    this.chosen = {type: '', language: '', format: '', county: '', from: '', to: '', q: ''};
    this.extra = 0;
  }

  private listBuilt = false;
  /** The occurrences the list shows now (see ROWS_PER_TASK). */
  private rowsOnScreen = new Set<Occurrence>();
  /** More rows are due: the next slice is built in a task of its own. */
  private moreRows = false;
  private rowTimer?: ReturnType<typeof setTimeout>;

  private scheduleRows(): void {
    if (!this.moreRows || this.rowTimer !== undefined) return;
    this.rowTimer = setTimeout(() => {
      this.rowTimer = undefined;
      if (this.moreRows && this.isConnected) this.requestUpdate();
    }, 0);
  }

  private renderList(occurrences: Occurrence[]): TemplateResult | typeof nothing {
    if (!occurrences.length) return nothing;
    // Grouped by the wall-clock day number; each row's key is computed once per occurrence (it
    // formats a date), not on every re-render while filtering.
    const byDay = new Map<number, {o: Occurrence; key: string}[]>();
    for (const o of occurrences) {
      const day = Math.floor(o.wallStart / DAY);
      let key = rowKeys.get(o);
      if (key === undefined) rowKeys.set(o, (key = o.key));
      const row = {o, key};
      const list = byDay.get(day);
      if (list) list.push(row);
      else byDay.set(day, [row]);
    }
    const days = [...byDay].map(([day, list]) => [formatWall(day * DAY, true), list] as const);
    const ui = uiLocale();
    const dayName = dateFormat(ui, {weekday: 'long', month: 'long', day: 'numeric', year: 'numeric', timeZone: 'UTC'});
    return html`<ol class="days" part="list" @pointerover=${this.prefetchDetails} @focusin=${this.prefetchDetails}>
      ${repeat(
        days,
        ([day]) => day,
        ([day, list]) => html`<li class="day"><div class="day-title" role="heading" aria-level=${this.headingLevel + 1}><time
              datetime=${day}
              .textContent=${dayName.format(Date.parse(day))}
            ></time></div
          ><ul class="events">${repeat(
              list,
              (r) => r.key,
              // A row changes only with these: re-rendering the list for the next slice, a filter
              // or an opened event skips every other row's template.
              ({o, key}) => guard([o, this.locale, ui, this.openKeys.has(key) && this.detailsModule, this.zone, this.headingLevel], () => this.renderEvent(o, key)),
            )}</ul></li>`,
      )}
    </ol>`;
  }

  /**
   * One event as a light list item: a heading whose button discloses the details (disclosure
   * pattern), the time, and two lines of text. Each part is a text binding rather than elements,
   * and the details panel exists only for the opened row: a list has hundreds of rows.
   */
  private renderEvent(o: Occurrence, key = o.key): TemplateResult {
    const e = o.event;
    const id = `ev-${key.replace(/[^\w-]/g, '_')}`;
    const open = this.openKeys.has(key);
    const {datetime, text, yours} = this.timeText(o);
    const {title, dir, status, meta, badges} = this.rowText(e);
    // Every node counts, hundreds of times: no whitespace between the tags, and plain texts set
    // as `.textContent` (one text node, no Lit marker comment) rather than as child bindings
    // (except the button's, so that linters see its accessible name).
    return html`<li class="event" part="event" data-status=${e.status ?? 'scheduled'}><div
        class="event-title"
        role="heading"
        aria-level=${this.headingLevel + 2}
        lang=${title.lang}
        dir=${dir}
      ><button type="button" aria-expanded=${open} aria-controls=${id} @click=${() => this.toggle(o)}>${title.text}</button></div
      >${status ? html`<p class="status"><strong>${status}</strong></p>` : nothing}<p class="when"><time datetime=${datetime} .textContent=${text}></time
      >${yours ? html` <span class="yours" .textContent=${`(${msg(str`your time: ${yours}`)})`}></span>` : nothing}</p
      ><p class="meta" .textContent=${meta}></p><p class="badges" .textContent=${badges}></p>${open
        ? html`<div class="details" id=${id}>${this.detailsModule?.eventDetails(this.detailsContext, o) ?? html`<p role="status">${msg('Loading…')}</p>`}</div>`
        : nothing}</li>`;
  }

  /**
   * A row's texts depend on the event and the languages only, not on the date: built once per
   * event (and language), kept while the dataset's event objects live, so re-renders, "show
   * more" and filtering reuse them.
   */
  private rowText(e: CommunityEvent): RowText {
    const ui = uiLocale();
    const lang = `${ui}|${this.locale}`;
    const cached = rowTexts.get(e);
    if (cached?.lang === lang) return cached;
    const place = e.format === 'online' ? '' : placeText(e, this.locale);
    const spoken = e.languages.map((l) => languageLabel(l, ui)).join(', ');
    const interpreted = (e.interpretation ?? []).map((i) => languageLabel(i.language, ui)).join(', ');
    const safety = e.safety;
    const title = pickText(e.title, this.locale);
    const row: RowText = {
      lang,
      title,
      dir: directionOf(title.lang),
      status: statusLabel(e.status),
      // The place is isolated (U+2068 ... U+2069, like <bdi>) so a right-to-left name keeps the line's order.
      meta: `${typeLabel(e.type)} · ${formatLabel(e.format)}${place ? ` · \u2068${place}\u2069` : ''}`,
      badges: [
        msg(str`In ${spoken}`),
        interpreted && msg(str`Interpretation: ${interpreted}`),
        e.cost?.type === 'free' && msg('Free'),
        safety?.noIdRequired && msg('No ID required'),
        safety?.noRegistrationRequired && msg('No registration needed'),
        safety?.photoPolicy === 'no-photos' && msg('No photos'),
      ]
        .filter(Boolean)
        .join(' · '),
    };
    rowTexts.set(e, row);
    return row;
  }

  /**
   * Formatted times by shape, not by occurrence: `Intl` range formatting is the costliest part of
   * a row, and a list repeats a few shapes (zone, time of day, length, offsets) many times. The
   * text depends only on those, so it is computed once per shape, language and visitor zone (in
   * module-level caches shared by every calendar on the page).
   */
  private timeText(o: Occurrence): {datetime: string; text: string; yours?: string} {
    const ui = uiLocale();
    const visitor = this.zone;
    if (timeCaches.for !== `${ui}|${visitor}`) timeCaches = {for: `${ui}|${visitor}`, allDay: new Map(), zones: new Map(), yours: new Map()};
    const zone = o.event.timeZone;
    if (o.allDay) {
      const cache = timeCaches.allDay;
      const days = Math.round((o.wallEnd - o.wallStart) / DAY);
      let text = msg('All day');
      if (days > 1) {
        const key = `d|${o.wallStart}|${days}`;
        text = cache.get(key) ?? dateFormat(ui, {month: 'short', day: 'numeric', timeZone: 'UTC'}).formatRange(o.wallStart, o.wallEnd - DAY);
        cache.set(key, text);
      }
      return {datetime: formatWall(o.wallStart, true), text};
    }
    const start = o.start;
    const offset = o.wallStart - start;
    // The shape in whole minutes: time of day (< 1440), offsets at start and end (within ±2048)
    // and length (< 2^18 minutes, 182 days), packed into one number below 2^53.
    const length = (o.wallEnd - o.wallStart) / MINUTE;
    const shape =
      length < 2 ** 18
        ? ((length * 4096 + offset / MINUTE + 2048) * 4096 + (o.wallEnd - o.end) / MINUTE + 2048) * 2048 + (o.wallStart % DAY) / MINUTE
        : -1;
    let times = timeCaches.zones.get(zone);
    if (!times) timeCaches.zones.set(zone, (times = new Map()));
    let text = times.get(shape);
    if (text === undefined) {
      text = dateFormat(ui, {hour: 'numeric', minute: '2-digit', timeZone: zone, timeZoneName: 'short'}).formatRange(start, o.end);
      if (shape >= 0) times.set(shape, text);
    }
    let yours: string | undefined;
    try {
      const visitorOffset = visitor === zone ? offset : offsetAt(visitor, start);
      if (visitorOffset !== offset) {
        // Weekday, time of day and offset in the visitor's zone decide the text.
        const wall = start + visitorOffset;
        const yoursKey = ((Math.floor(wall / DAY) % 7) * 1440 + (((wall % DAY) + DAY) % DAY) / MINUTE) * 4096 + visitorOffset / MINUTE + 2048;
        yours = timeCaches.yours.get(yoursKey);
        if (yours === undefined) {
          yours = dateFormat(ui, {weekday: 'short', hour: 'numeric', minute: '2-digit', timeZone: visitor, timeZoneName: 'short'}).format(start);
          timeCaches.yours.set(yoursKey, yours);
        }
      }
    } catch {
      yours = undefined;
    }
    return {datetime: new Date(start).toISOString(), text, yours};
  }

  /** Event details and add-to-calendar (details.ts), fetched once the list is up or an event is opened. */
  @state() private detailsModule?: typeof Details;

  private prefetchDetails(): void {
    if (!this.detailsModule) void this.loadDetails();
  }

  private loadDetails(): Promise<typeof Details> {
    return (detailsModule ??= import('./details.js')).then((m) => (this.detailsModule = m));
  }

  private get detailsContext(): Details.DetailsContext {
    return {
      locale: this.locale,
      base: this.effectiveDatasetUrl,
      isFeedEvent: (e) => this.feedEvents.has(e),
      text: (value) => this.text(value),
      download: (o) => void this.downloadEvent(o),
      added: (target, ids) => this.emit<AddToCalendarDetail>('amparo-add-to-calendar', {target, scope: 'event', ids}),
      loadIcs: () => void loadIcs(),
    };
  }

  /** The month grid module, loaded the first time the month view is shown. */
  @state() private monthModule?: typeof Month;

  private renderMonth(occurrences: Occurrence[]): unknown {
    if (!this.monthModule) {
      void import('./month.js').then((m) => (this.monthModule = m));
      return html`<p role="status">${msg('Loading…')}</p>`;
    }
    const now = this.now ?? Date.now();
    return this.monthModule.monthView({
      occurrences,
      activeDay: this.activeDay,
      today: formatWall(now + offsetAt(this.zone, now), true),
      headingLevel: this.headingLevel,
      renderEvent: (o) => this.renderEvent(o),
      select: (day, focus) => this.selectDay(day, focus),
    });
  }

  private selectDay(day: string, focus: boolean): void {
    this.activeDay = day;
    if (focus) {
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`[data-day="${day}"]`)?.focus());
    }
  }

  /** Dataset text in the element's language, marked with the language it is really in. */
  private text(value: LocalizedText): TemplateResult {
    const picked = pickText(value, this.locale);
    return html`<span lang=${picked.lang} dir=${directionOf(picked.lang)}>${picked.text}</span>`;
  }

  /** The person opened or closed an event's details (its title button). */
  private toggle(o: Occurrence): void {
    const next = new Set(this.openKeys);
    const isOpen = !next.delete(o.key);
    if (isOpen) next.add(o.key);
    this.openKeys = next;
    // Told once the details can show (their module is usually fetched already, on hover or focus).
    if (isOpen) void this.loadDetails().then(() => this.emit<EventOpenDetail>('amparo-event-open', {id: o.event.id, start: new Date(o.start).toISOString()}));
  }

  private icsOptions() {
    const result = this.datasetResult;
    return {
      locale: this.locale,
      domain: result?.ok ? `${result.data.meta.id}.amparo` : 'amparo',
      labels: {register: msg('Register'), online: msg('Online')},
    };
  }

  private async downloadEvent(o: Occurrence): Promise<void> {
    const {buildCalendar} = await loadIcs();
    const {text} = buildCalendar([{event: o.event}], this.icsOptions());
    this.download(text, `${o.event.id}.ics`);
    this.emit<AddToCalendarDetail>('amparo-add-to-calendar', {target: 'ics', scope: 'event', ids: [o.event.id]});
  }

  private async downloadList(occurrences: Occurrence[], dataset: Dataset): Promise<void> {
    const items: Ics.IcsItem[] = [];
    const seen = new Set<CommunityEvent>();
    for (const o of occurrences) {
      if (seen.has(o.event)) continue;
      seen.add(o.event);
      items.push({event: o.event});
    }
    const {buildCalendar} = await loadIcs();
    const {text} = buildCalendar(items, this.icsOptions());
    this.download(text, `${dataset.meta.id}-events.ics`);
    this.emit<AddToCalendarDetail>('amparo-add-to-calendar', {target: 'ics', scope: 'list', ids: items.map((i) => i.event.id)});
  }

  private pendingJsonLd: Occurrence[] = [];

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.scheduleRows();
    void this.writeJsonLd();
  }

  /** Keeps one `<script type="application/ld+json">` child in sync with the listed events. */
  private async writeJsonLd(): Promise<void> {
    if (!this.emitJsonld) {
      this.jsonLd?.remove();
      this.jsonLd = undefined;
      return;
    }
    if (!this.datasetResult?.ok) return;
    const occurrences = this.pendingJsonLd;
    const {eventJsonLd, jsonLdText} = await import('./jsonld.js');
    if (occurrences !== this.pendingJsonLd || !this.emitJsonld) return; // a newer render wins
    const text = jsonLdText(eventJsonLd(occurrences, this.locale, this.effectiveDatasetUrl));
    if (this.jsonLd?.textContent === text && this.jsonLd.parentNode === this) return;
    this.jsonLd ??= document.createElement('script');
    this.jsonLd.type = 'application/ld+json';
    this.jsonLd.dataset.amparo = 'event-calendar';
    try {
      const p = jsonLdPolicy();
      this.jsonLd.textContent = p ? (p.createScript(text) as string) : text;
    } catch (error) {
      console.warn('Amparo event calendar: could not write JSON-LD (allow the Trusted Types policy "amparo-jsonld").', error);
      return;
    }
    if (this.jsonLd.parentNode !== this) this.append(this.jsonLd);
  }
}

interface ScriptPolicy {
  createScript(text: string): unknown;
}
let policy: ScriptPolicy | null | undefined;

/**
 * Under `require-trusted-types-for 'script'`, script text needs a TrustedScript even for a data
 * block. This policy only ever receives our own `JSON.stringify` output (with `<` escaped) for a
 * non-executable `application/ld+json` element; sites allow it with `trusted-types amparo-jsonld`.
 */
function jsonLdPolicy(): ScriptPolicy | null {
  if (policy === undefined) {
    const tt = (globalThis as {trustedTypes?: {createPolicy(name: string, rules: object): ScriptPolicy}}).trustedTypes;
    try {
      policy = tt ? tt.createPolicy('amparo-jsonld', {createScript: (s: string) => s}) : null;
    } catch {
      policy = null;
    }
  }
  return policy;
}
