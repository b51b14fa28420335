import {LitElement, html, nothing, type PropertyValues, type TemplateResult} from 'lit';
import {property, state} from 'lit/decorators.js';
import {msg, str, updateWhenLocaleChanges} from '@lit/localize';
import type {Dataset} from './dataset/schema/index.js';
import {clearDatasetCache, loadDataset, type LoadResult} from './dataset/store.js';
import {formatIsoDate, isoDayIn} from './format.js';
import {UI_LOCALES, setUiLocale, uiLocale} from './i18n/localization.js';
import {directionOf, resolveLocale} from './locale.js';
import {getPageConfig} from './page-config.js';
import {safeUrl, telUrl} from './safe-url.js';
import type {Collection} from './dataset/schema/index.js';
import type {Issue} from './dataset/validate.js';
import {base} from './styles/base.js';
import {tokens} from './styles/tokens.js';
import {VERSION} from './version.js';

/** Why a dataset could not be shown: the store's failures plus "no dataset configured". */
export type DatasetProblem = Extract<LoadResult<Dataset>, {ok: false}>['failure'] | 'not-configured';

const connected = new Set<AmparoElement>();
/** Dataset URLs whose overdue review the site owner has been told about (once per page). */
const overdueReported = new Set<string>();
let langObserver: MutationObserver | undefined;

/** Sites with a language toggle change `<html lang>` at run time; every widget follows. */
function watchDocumentLang(): void {
  langObserver ??= new MutationObserver(() => connected.forEach((el) => el.refreshLocale()));
  langObserver.observe(document.documentElement, {attributes: true, attributeFilter: ['lang']});
}

/**
 * The base of every Amparo widget.
 *
 * It loads the shared dataset (once per page, through the store), resolves the element's
 * locale, sets `lang` and `dir` inside the shadow root, and renders the loading, error and
 * "records skipped" states so that no widget is ever a blank box. Subclasses implement
 * {@link renderContent}.
 *
 * @slot - Fallback content shown when the dataset cannot be loaded (and before the script
 *   runs), e.g. `<a href="/help">Find legal help on our website</a>`.
 * @csspart base - The outer wrapper.
 * @csspart notice - Loading, error and data-quality notices.
 * @cssprop --amparo-color-accent - Links, buttons and highlights.
 * @cssprop --amparo-color-on-accent - Text on accent-coloured buttons.
 * @cssprop --amparo-color-text - Body text.
 * @cssprop --amparo-color-muted - Secondary text.
 * @cssprop --amparo-color-background - Widget background.
 * @cssprop --amparo-color-surface - Cards and notices.
 * @cssprop --amparo-color-border - Borders and dividers.
 * @cssprop --amparo-color-danger - Error accents.
 * @cssprop --amparo-color-danger-background - Error notice background.
 * @cssprop --amparo-color-warning-background - Warning notice background.
 * @cssprop --amparo-color-focus - Focus ring.
 * @cssprop --amparo-font-family - Font (inherits the page's by default).
 * @cssprop --amparo-font-size - Base font size.
 * @cssprop --amparo-radius - Corner radius.
 * @cssprop --amparo-space - Base spacing unit.
 * @cssprop --amparo-touch-target - Minimum size of buttons and links that act as buttons.
 */
export abstract class AmparoElement extends LitElement {
  /** The Amparo version that defined this element (checked by the define guard). */
  static readonly amparoVersion = VERSION;

  static override styles = [tokens, base];

  /** URL of the dataset to read, overriding the page's `data-dataset`. */
  @property({attribute: 'dataset'}) datasetUrl?: string;

  /** A page offered when the dataset cannot be loaded, overriding the script's `data-fallback-url`. */
  @property({attribute: 'fallback-url'}) fallbackUrl?: string;

  /** A phone number shown in every failure and slow-loading state, overriding the script's `data-help-phone`. */
  @property({attribute: 'help-phone'}) helpPhone?: string;

  /** `light` or `dark` forces a colour scheme; by default the widget follows the visitor's setting. */
  @property({reflect: true}) theme?: 'light' | 'dark';

  /** The dataset load, once settled; undefined while loading. */
  @state() protected datasetResult?: LoadResult<Dataset> | {ok: false; url: string; failure: 'not-configured'};

  /** The element's content locale (BCP 47), resolved from `lang`, the page, the script and the browser. */
  @state() protected locale = 'en';

  /** The dataset has not answered for a while: say so, and offer help, while the store keeps trying. */
  @state() private slow = false;

  private requestedUrl?: string;
  private resolvedLocale?: string;
  private slowTimer?: ReturnType<typeof setTimeout>;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    connected.add(this);
    watchDocumentLang();
    this.refreshLocale();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    connected.delete(this);
    clearTimeout(this.slowTimer);
  }

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang' && this.isConnected) this.refreshLocale();
  }

  /**
   * Re-resolves the locale and asks for the matching interface language. The interface
   * language is page-wide (one @lit/localize runtime), so on a page mixing languages the
   * element that resolved last sets it; dataset content always follows each element's locale.
   */
  refreshLocale(): void {
    const locale = resolveLocale(this, UI_LOCALES);
    if (locale === this.resolvedLocale) return;
    this.resolvedLocale = this.locale = locale;
    void setUiLocale(locale);
  }

  /** The dataset URL in effect: the element's attribute, else the page configuration. */
  protected get effectiveDatasetUrl(): string | undefined {
    const url = this.datasetUrl ?? getPageConfig().datasetUrl;
    return url ? new URL(url, document.baseURI).href : undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const url = this.effectiveDatasetUrl;
    if (url === this.requestedUrl && this.hasUpdated) return;
    this.requestedUrl = url;
    if (!url) {
      this.datasetResult = {ok: false, url: '', failure: 'not-configured'};
      return;
    }
    this.datasetResult = undefined;
    this.slow = false;
    clearTimeout(this.slowTimer);
    this.slowTimer = setTimeout(() => (this.slow = true), this.slowAfterMs());
    void loadDataset(url).then((result) => {
      if (this.requestedUrl !== url) return;
      clearTimeout(this.slowTimer);
      this.slow = false;
      this.datasetResult = result;
    });
  }

  /**
   * After how long a dataset that has not answered is called slow (a seam for tests). The store
   * waits 10 s per attempt and tries twice; visitors hear about it well before that.
   */
  protected slowAfterMs(): number {
    return 8000;
  }

  /** The site owner's help number, if one is set and looks like a phone number. */
  protected get helpPhoneLink(): TemplateResult | typeof nothing {
    const number = (this.helpPhone ?? getPageConfig().helpPhone)?.trim();
    const href = number ? safeUrl(telUrl(number), {protocols: ['tel:']}) : undefined;
    return number && href
      ? html`<p data-kind="help-phone">${msg('Need help now? Call')} <a href=${href}><bdi dir="ltr">${number}</bdi></a></p>`
      : nothing;
  }

  private get fallbackLink(): TemplateResult | typeof nothing {
    const fallback = safeUrl(this.fallbackUrl ?? getPageConfig().fallbackUrl, {protocols: ['http:', 'https:']});
    return fallback
      ? html`<p><a href=${fallback} rel="noopener noreferrer">${msg('See this information on our website')}</a></p>`
      : nothing;
  }

  /** Today (`YYYY-MM-DD`) in California: the date every widget decides by. A seam for tests. */
  protected today(): string {
    return isoDayIn(new Date());
  }

  /** Renders the widget once the dataset is ready. */
  protected abstract renderContent(dataset: Dataset): unknown;

  override render(): TemplateResult {
    const result = this.datasetResult;
    // The wrapper carries the interface language; widgets mark dataset text in another language
    // (a fallback, or content in a language the interface is not translated into) with its own
    // `lang` and `dir`, so Arabic content is right-to-left even around English controls.
    const ui = uiLocale();
    return html`<div part="base" lang=${ui} dir=${directionOf(ui)}>
      ${!result
        ? this.renderLoading()
        : result.ok
          ? html`${this.renderSample(result.data)}${this.renderReviewDue(result.data, result.url)}${this.renderContent(
              result.data,
            )}${this.renderSkipped(result.issues)}`
          : this.renderProblem(result.failure)}
    </div>`;
  }

  protected renderLoading(): TemplateResult {
    if (this.slow) {
      return html`<div class="notice" part="notice" role="status" data-kind="slow">
        <p>${msg('This is taking longer than usual. We are still trying…')}</p>
        ${this.helpPhoneLink} ${this.fallbackLink}
        <slot></slot>
      </div>`;
    }
    return html`<div part="notice" role="status">
      <span class="visually-hidden">${msg('Loading…')}</span>
      <div class="skeleton" aria-hidden="true"></div>
    </div>`;
  }

  /** Demo datasets (`meta.sample`) say so on screen, so nobody mistakes them for real help. */
  protected renderSample(dataset: Dataset): TemplateResult | typeof nothing {
    return dataset.meta.sample
      ? html`<p class="notice" part="notice" data-tone="warning">
          ${msg('Sample data for demonstration: this is not real information.')}
        </p>`
      : nothing;
  }

  /**
   * From the dataset's `meta.reviewBy` date on (the first term end, recognition expiry or source
   * age limit it contains), visitors see that some of it may be out of date, with the date it was
   * built; the site owner is told once on the console how to update it.
   */
  protected renderReviewDue(dataset: Dataset, url: string): TemplateResult | typeof nothing {
    const due = dataset.meta.reviewBy;
    if (!due || this.today() < due) return nothing;
    if (!overdueReported.has(url)) {
      overdueReported.add(url);
      console.warn(
        `Amparo: ${url} was due for an update on ${due} (built ${dataset.meta.generatedAt.slice(0, 10)}); some of what it ` +
          'says may have changed. Update the dataset (npm run data:build, see data/README.md) or use a newer Amparo release.',
      );
    }
    const checked = formatIsoDate(dataset.meta.generatedAt, uiLocale());
    return html`<p class="notice" part="notice" data-tone="warning" data-kind="review-due">
      ${msg(str`Some information may be out of date (checked ${checked}).`)}
    </p>`;
  }

  /**
   * A polite note naming what is not shown because of errors in the data (e.g. "services: 2,
   * hotlines: 1"); the details are on the console and from `npx amparo validate`.
   */
  protected renderSkipped(issues: readonly Issue[]): TemplateResult | typeof nothing {
    const counts = new Map<string, number>();
    const sources = issues.filter((i) => i.path.startsWith('$.meta.sources[') && i.severity === 'error').length;
    for (const issue of issues) {
      if (!issue.skipped || !issue.collection) continue;
      // One record can have several problems: count records, by path prefix.
      const record = /^\$\.\w+\[\d+\]/.exec(issue.path)?.[0] ?? issue.path;
      counts.set(`${issue.collection}|${record}`, 1);
    }
    const byCollection = new Map<string, number>();
    for (const key of counts.keys()) {
      const collection = key.split('|')[0]!;
      byCollection.set(collection, (byCollection.get(collection) ?? 0) + 1);
    }
    if (!byCollection.size && !sources) return nothing;
    const list = [...byCollection].map(([c, n]) => `${collectionName(c as Collection)}: ${n}`).join(', ');
    return html`<p class="notice" part="notice" role="status" data-tone="warning" data-kind="skipped">
      ${byCollection.size ? msg(str`Some entries are not shown because of errors in the data (${list}).`) : nothing}
      ${sources ? msg(str`Sources not named because of errors: ${sources}.`) : nothing}
    </p>`;
  }

  /** The message for a dataset that cannot be shown, with a retry and the site's fallback. */
  protected renderProblem(problem: DatasetProblem): TemplateResult {
    const retry = problem === 'network' || problem === 'timeout' || problem === 'http';
    return html`<div class="notice" part="notice" role="alert" data-tone="error">
      <p>${this.problemMessage(problem)}</p>
      ${retry ? html`<button type="button" @click=${this.retry}>${msg('Try again')}</button>` : nothing}
      ${this.helpPhoneLink} ${this.fallbackLink}
      <slot></slot>
    </div>`;
  }

  private problemMessage(problem: DatasetProblem): string {
    switch (problem) {
      case 'network':
      case 'timeout':
        return msg("We couldn't load this information. Check your internet connection and try again.");
      case 'http':
        return msg('This information is not available right now. Please try again later.');
      case 'empty':
        return msg('There is no information to show yet.');
      case 'not-configured':
        return msg('This section is not set up yet: no data source was given.');
      default:
        return msg("This information can't be shown because the data file has a problem.");
    }
  }

  private retry(): void {
    const url = this.requestedUrl;
    if (!url) return;
    clearDatasetCache(url);
    this.requestedUrl = undefined;
    this.requestUpdate();
  }

  /**
   * Dispatches a typed `amparo-*` event; call only in response to a user action. Each widget
   * documents its events with `@fires`.
   */
  protected emit<T>(type: `amparo-${string}`, detail: T): boolean {
    const init: CustomEventInit<T> = {detail, bubbles: true, composed: true, cancelable: true};
    return this.dispatchEvent(new CustomEvent<T>(type, init));
  }
}

/** A collection as visitors would name it, in the interface language. */
function collectionName(collection: Collection): string {
  switch (collection) {
    case 'organizations':
      return msg('organizations');
    case 'locations':
      return msg('addresses');
    case 'services':
      return msg('services');
    case 'hotlines':
      return msg('hotlines');
    case 'places':
      return msg('courts and detention centers');
    case 'links':
      return msg('links');
    case 'rightsEditions':
      return msg('know-your-rights cards');
    case 'events':
      return msg('events');
    case 'districtPlans':
      return msg('district maps');
    case 'districts':
      return msg('districts');
    case 'officials':
      return msg('officials');
    case 'campaigns':
      return msg('campaigns');
    case 'updates':
      return msg('updates');
    case 'zipTables':
      return msg('ZIP code tables');
  }
}
