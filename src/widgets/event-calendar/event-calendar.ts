import {html, nothing, type PropertyValues, type TemplateResult} from 'lit';
import {property, state} from 'lit/decorators.js';
import {msg} from '@lit/localize';
import type {LinkTarget} from '../../core/cross-links.js';
import {linkParams} from '../../core/share.js';
import {orgLink, shareData} from './share-links.js';
import {ShareController} from '../../core/share-controller.js';
import {AmparoElement} from '../../core/base-element.js';
import type {Dataset} from '../../core/dataset/schema/index.js';
import type {Issue} from '../../core/dataset/validate.js';
import {pickText} from '../../core/format.js';
import type {Occurrence} from '../../core/events/occurrences.js';
import {formatWall, offsetAt} from '../../core/events/tz.js';
import type * as Details from './details.js';
import type * as Ics from './ics.js';
import type * as Month from './month.js';
import {FeedController} from './feed-controller.js';
import {FiltersController} from './filters-controller.js';
import {filtersView} from './filters-view.js';
import {matcher, type Filters} from './filters.js';
import {JsonLdController} from './jsonld-controller.js';
import {downloadFile} from './links.js';
import {eventCount} from './labels.js';
import {ContentText} from '../../core/content-text.js';
import {languageChoice} from '../../core/language-choice.js';
import {languageKey} from '../../core/locale.js';
import {eventView, listView, type RowContext} from './list-view.js';
import {OccurrenceWindow} from './occurrence-window.js';
import {RowsController} from './rows-controller.js';
import {styles} from './event-calendar.styles.js';

let visitorZoneCache: string | undefined;

// The .ics writer and the details are separate chunks: fetched when the person reaches for an
// add-to-calendar button or an event's details.
let icsModule: Promise<typeof Ics> | undefined;
let detailsModule: Promise<typeof Details> | undefined;
const loadIcs = () => (icsModule ??= import('./ics.js'));
/** The .ics writer once loaded (a share needs its file at once, in the click). */
let icsLoaded: typeof Ics | undefined;

import type {AddToCalendarDetail, EventOpenDetail} from './calendar-events.js';
export type {AddToCalendarDetail, EventOpenDetail} from './calendar-events.js';

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
 * @attr finder-page - Address of the site's page with `<amparo-resource-finder>` (else the script's
 *   `data-finder-page`): an event of an organization of the dataset links its services there
 *   ("More help from this organization"); with a finder on the same page, the link goes to it.
 *
 * Links: `?amparo-event=<id>` opens that event's details (what "Share this event" sends);
 * `amparo-org`, `amparo-county`, `amparo-type` set those filters (removable with "Clear filters").
 * Another widget on the page calls `followLink({event, org, county, type})`.
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
export class AmparoEventCalendar extends AmparoElement implements LinkTarget {
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

  @state() private chosenView?: View;
  @state() private narrow = false;
  /** Occurrences whose details are open (their details are rendered only then). */
  @state() private openKeys = new Set<string>();
  /** Month grid: the focused day (`2026-12-01`). */
  @state() private activeDay?: string;
  /** Event details and add-to-calendar (details.ts), fetched once the list is up or an event is opened. */
  @state() private detailsModule?: typeof Details;
  /** Shares done (each re-renders the open event with its status). */
  @state() private shares = 0;
  /** The month grid module, loaded the first time the month view is shown. */
  @state() private monthModule?: typeof Month;

  /** The person's filters over the attributes' presets, and "Show more". */
  private readonly filtering = new FiltersController(this);
  /** The `ics-src` feed. */
  private readonly feed = new FeedController(this, {language: () => this.locale || 'en', zone: () => this.visitorZone()});
  /** Occurrences of the window, expanded once per window and events. */
  private readonly expansion = new OccurrenceWindow();
  /** The list built in slices after its first render. */
  private readonly rows = new RowsController(this);
  /** `emit-jsonld`. */
  private readonly jsonLd = new JsonLdController(this, {
    ready: () => !!this.datasetResult?.ok,
    locale: () => this.locale,
    base: () => this.effectiveDatasetUrl,
  });
  /** Dataset text in the content language, with the notice when some fell back to another. */
  private readonly content = new ContentText(this, () => this.locale);
  /** "Share this event": the share sheet with the event's .ics where the browser can, else the link. */
  private readonly sharing = new ShareController(this, () => this.shareNavigator());
  /** A link's event to open once its occurrences are known, and whether to scroll to it (a page link). */
  private pendingEvent?: {id: string; scroll: boolean};
  private linkRead = false;
  private resizeObserver?: ResizeObserver;
  /** The occurrences of the last render: all of the window, and those the filters keep. */
  private shownNow: Occurrence[] = [];
  private expansionAll: Occurrence[] = [];
  private organizations: Dataset['organizations'] = [];
  /** The visitor's zone, read once per render (creating an `Intl.DateTimeFormat` is costly). */
  private zone = 'UTC';

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.linkRead) {
      // A shared link or a link from another page: read once, on first load.
      this.linkRead = true;
      const state = linkParams();
      if (state.type || state.county || state.org) this.filtering.take(state);
      if (state.event) this.pendingEvent = {id: state.event, scroll: true};
      else if (state.type || state.county || state.org) void this.updateComplete.then(() => this.scrollIntoView({block: 'start'}));
    }
    this.resizeObserver ??= new ResizeObserver(([entry]) => {
      const narrow = (entry?.contentRect.width ?? 1000) < 600;
      // A task later: a re-render in the callback is a "ResizeObserver loop" error.
      if (narrow !== this.narrow) setTimeout(() => (this.narrow = narrow));
    });
    this.resizeObserver.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
  }

  /**
   * Takes a link from another widget of the page (`event`, `org`, `county`, `type`): its filters
   * replace the person's, its event opens; the focus moves to that event, else to the count.
   */
  followLink(state: Record<string, string>): void {
    this.filtering.take(state);
    if (state.event) this.pendingEvent = {id: state.event, scroll: false};
    else void this.focusAfterRender('[part="count"]');
  }

  /** The parts of `navigator` sharing uses (a seam for tests). */
  protected shareNavigator(): Partial<Pick<Navigator, 'share' | 'canShare' | 'clipboard'>> {
    return navigator;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const pending = this.pendingEvent;
    if (!pending || !this.shownNow.length) return;
    this.pendingEvent = undefined;
    const o = this.shownNow.find((x) => x.event.id === pending.id) ?? this.expansionAll.find((x) => x.event.id === pending.id);
    if (!o) return;
    if (!this.shownNow.includes(o)) this.filtering.clear();
    if (!this.openKeys.has(o.key)) this.openKeys = new Set([...this.openKeys, o.key]);
    void this.loadDetails();
    void this.updateComplete.then(() => {
      const row = this.renderRoot.querySelector<HTMLElement>(`[aria-controls="${CSS.escape(`ev-${o.key.replace(/[^\w-]/g, '_')}`)}"]`);
      if (pending.scroll) row?.scrollIntoView({block: 'center'});
      row?.focus({preventScroll: pending.scroll});
    });
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
  get filters(): Filters { return this.filtering.value; }

  protected renderContent(dataset: Dataset): unknown {
    this.zone = this.visitorZone();
    const events = this.feed.events(dataset.events);
    const all = this.expansion.window(events, this.now ?? Date.now(), this.months);
    const filters = this.filters;
    const shown = all.filter(matcher(filters));
    const limit = Math.max(1, this.limit || 50) + this.filtering.extra;
    const view = this.narrow ? 'list' : (this.chosenView ?? this.view);
    const listed = shown.slice(0, limit);
    this.shownNow = shown;
    this.expansionAll = all;
    this.organizations = dataset.organizations;
    this.jsonLd.listed = listed;
    const rows = this.rows.slice(listed, view === 'list');
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
        ${languageChoice('cal-lang')}
      </div>
      ${this.feed.state?.status === 'error'
        ? html`<p class="notice feed-error" part="notice" data-tone="error" role="alert">${msg('Events could not be loaded.')}</p>`
        : nothing}
      ${filtersView(events, filters, {change: this.filtering.change, clear: () => this.clearFilters()}, this.orgName(filters.org))}
      <p class="count" part="count" role="status">
        ${this.feed.state?.status === 'loading' && !shown.length ? msg('Loading…') : this.countText(shown.length, filters)}
      </p>
      ${view === 'month' ? this.renderMonth(shown) : listView(this.rowContext, rows, this.prefetchDetails)}
      <div class="footer">
        ${view === 'list' && shown.length > limit
          ? html`<button type="button" class="secondary" @click=${() => this.showMore(listed.length)}>
              ${msg('Show more events')}
            </button>`
          : nothing}
        ${shown.length
          ? html`<button type="button" class="secondary" @click=${() => this.saveIcs(shown, `${dataset.meta.id}-events.ics`, 'list')}>
              ${msg('Download these events (.ics)')}
            </button>`
          : nothing}
      </div>
      ${this.fellBack(rows) ? this.content.notice() : nothing}
    </section>`;
  }

  /** The base element's "entries not shown" note, counting events the calendar could not expand too. */
  protected override renderSkipped(issues: readonly Issue[]): ReturnType<AmparoElement['renderSkipped']> {
    const unexpanded = [...this.expansion.problems, ...this.feed.problems].map(
      (_, i): Issue => ({path: `events not expanded #${i}`, message: '', severity: 'error', collection: 'events', skipped: true}),
    );
    return super.renderSkipped([...issues, ...unexpanded]);
  }

  /** "Clear filters" goes away with the filters: the focus moves to the first filter. */
  private clearFilters(): void {
    this.filtering.clear();
    void this.focusAfterRender('[part="filters"] select');
  }

  /** "Show more events": the focus moves to the first new event (the button may go away). */
  private async showMore(shown: number): Promise<void> {
    this.filtering.showMore(Math.max(1, this.limit || 50));
    await this.updateComplete;
    this.renderRoot.querySelectorAll<HTMLElement>('.event-title button')[shown]?.focus();
  }

  /** Once rendered, focuses `selector` in the shadow root. */
  private async focusAfterRender(selector: string): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  private countText(n: number, filters: Filters): string {
    if (!n) return Object.values(filters).some(Boolean) ? msg('No events match these filters.') : msg('No upcoming events.');
    return eventCount(n);
  }

  /** What the list's rows need (see list-view.ts). */
  private get rowContext(): RowContext {
    const details = this.detailsModule;
    return {
      locale: this.locale,
      headingLevel: this.headingLevel,
      zone: this.zone,
      isOpen: (key) => this.openKeys.has(key),
      details: (o) => details?.eventDetails(this.detailsContext, o),
      // A share's outcome ("Link copied") re-renders the open rows.
      detailsVersion: details && this.shares + 1,
      toggle: (o) => this.toggle(o),
    };
  }

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
      isFeedEvent: (e) => this.feed.isFeedEvent(e),
      text: (value) => this.content.text(value),
      download: (o) => void this.saveIcs([o], `${o.event.id}.ics`, 'event'),
      added: (target, ids) => this.emit<AddToCalendarDetail>('amparo-add-to-calendar', {target, scope: 'event', ids}),
      loadIcs: () => void loadIcs().then((m) => (icsLoaded = m)),
      share: (o) => this.sharing.render(o.key, msg('Share this event', {id: 'calendar.share'}), () => shareData(o, this.locale, icsLoaded, this.icsDomain), () => this.shares++),
      orgLink: (e) => orgLink(this, e, this.organizations),
    };
  }

  private renderMonth(occurrences: Occurrence[]): unknown {
    if (!this.monthModule) {
      void import('./month.js').then((m) => (this.monthModule = m));
      return html`<p role="status">${msg('Loading…')}</p>`;
    }
    const now = this.now ?? Date.now();
    const rows = this.rowContext;
    return this.monthModule.monthView({
      occurrences,
      activeDay: this.activeDay,
      today: formatWall(now + offsetAt(this.zone, now), true),
      headingLevel: this.headingLevel,
      renderEvent: (o) => eventView(rows, o),
      select: (day, focus) => this.selectDay(day, focus),
    });
  }

  private selectDay(day: string, focus: boolean): void {
    this.activeDay = day;
    if (focus) void this.focusAfterRender(`[data-day="${day}"]`);
  }

  /**
   * Whether some dataset text shown is not in the content language: the rows' titles (their texts
   * are cached, so they are checked here) or a text of the open details (ContentText).
   */
  private fellBack(rows: readonly Occurrence[]): boolean {
    const want = languageKey(this.locale);
    return (
      this.content.fellBack ||
      rows.some((o) => {
        const picked = pickText(o.event.title, this.locale);
        return picked.fallback && languageKey(picked.lang) !== want;
      })
    );
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

  private orgName(id: string | undefined): TemplateResult | undefined {
    const org = id ? this.organizations.find((x) => x.id === id) : undefined;
    return org && this.content.text(org.name);
  }

  /** The right-hand side of the .ics UIDs. */
  private get icsDomain(): string {
    const result = this.datasetResult;
    return result?.ok ? `${result.data.meta.id}.amparo` : 'amparo';
  }

  /** Saves whole events as one .ics file (each event once) and tells the page. */
  private async saveIcs(occurrences: readonly Occurrence[], filename: string, scope: AddToCalendarDetail['scope']): Promise<void> {
    const events = [...new Set(occurrences.map((o) => o.event))];
    const {eventsCalendar} = await loadIcs();
    this.download(eventsCalendar(events, this.locale, this.icsDomain), filename);
    this.emit<AddToCalendarDetail>('amparo-add-to-calendar', {target: 'ics', scope, ids: events.map((e) => e.id)});
  }
}
