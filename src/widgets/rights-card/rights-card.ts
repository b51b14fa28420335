import {html, nothing, type PropertyValues, type TemplateResult} from 'lit';
import {property, query, state} from 'lit/decorators.js';
import {msg, str} from '@lit/localize';
import {AmparoElement} from '../../core/base-element.js';
import {loadRightsStrings} from '../../core/dataset/store.js';
import {printOnly} from '../../core/print.js';
import type {CaliforniaLaw, Dataset, Hotline, LawStatus, RightsEdition, Scenario} from '../../core/dataset/schema/index.js';
import {formatIsoDate, type LocalizedText} from '../../core/format.js';
import {uiLocale} from '../../core/i18n/localization.js';
import {directionOf} from '../../core/locale.js';
import {safeUrl, telUrl} from '../../core/safe-url.js';
import {
  assessWarrant,
  bestLanguage,
  countyHotlines,
  currentEdition,
  editionLanguages,
  lawStatus,
  localize,
  orderedScenarios,
  resolveCounty,
  untranslatedCount,
  type Side,
} from './content.js';
import {leavePage, tripleEscape} from './quick-exit.js';
import {speak, voiceFor} from './speech.js';
import {styles} from './rights-card.styles.js';
import {withStrings} from './strings.js';

/** Detail of `amparo-rights-view`: what the person is looking at after they changed it. */
export interface RightsViewDetail {
  scenario: string;
  side: Side;
  locale: string;
}

/** Detail of `amparo-print`. */
export interface RightsPrintDetail {
  layout: 'wallet' | 'sheet';
  locale: string;
}

declare global {
  interface HTMLElementEventMap {
    'amparo-rights-view': CustomEvent<RightsViewDetail>;
    'amparo-print': CustomEvent<RightsPrintDetail>;
  }
}

/**
 * A know-your-rights card: the holder's side in their language (what to do and say, by
 * situation), the officer's side always in English, a full-screen "show to officer" view,
 * a warrant checker, read-aloud, and printable wallet cards. Content comes from the dataset's
 * newest rights edition for California.
 *
 * @tagname amparo-rights-card
 * @summary Know-your-rights card with an English side for officers.
 *
 * @attr scenario - The situation shown first: `at-door`, `in-public`, `in-car`, `at-work`,
 *   `at-school`, `at-hospital`, `if-detained`, `prepare-family`, `witnessing-raid`.
 * @attr county - County for the local rapid-response hotline: FIPS code (`06037`) or name.
 * @attr side - `holder` (default) or `agent`: the side shown first.
 * @attr hide-print - Hides the print buttons.
 * @attr quick-exit - A neutral page (https URL). Shows a "Leave this page" button; Escape pressed
 *   three times also leaves.
 * @attr heading-level - Level of the card's heading (default 2), to fit the host page outline.
 *
 * @fires amparo-rights-view - The person changed the situation, side or language. Detail: `{scenario, side, locale}`.
 * @fires amparo-print - The person printed cards. Detail: `{layout: 'wallet' | 'sheet', locale}`.
 *
 * @csspart card - The card.
 * @csspart tabs - The list of situations.
 * @csspart panel - The selected situation.
 * @csspart officer-view - The full-screen English statement.
 * @csspart actions - Show, print and flip buttons.
 * @csspart quick-exit - The "Leave this page" button.
 * @cssprop --amparo-rights-officer-background - Officer view background (default black).
 * @cssprop --amparo-rights-officer-color - Officer view text (default white).
 */
export class AmparoRightsCard extends AmparoElement {
  static override styles = [...AmparoElement.styles, styles];

  /** The situation shown first (see `@attr scenario`). */
  @property() scenario?: string;

  /** County for the local hotline, FIPS or name. */
  @property() county?: string;

  /** The side shown first. */
  @property({reflect: true}) side: Side = 'holder';

  @property({type: Boolean, attribute: 'hide-print'}) hidePrint = false;

  @property({attribute: 'quick-exit'}) quickExit?: string;

  @property({type: Number, attribute: 'heading-level'}) headingLevel = 2;

  /** The card language the person picked in the switcher (else the element's locale). */
  @state() private chosenLocale?: string;

  @state() private activeScenario?: string;

  @state() private checked = new Set<number>();

  @state() private printing?: 'wallet' | 'sheet';

  /** Editions with a separately stored language merged in, by `<edition id>|<locale>`. */
  @state() private translated = new Map<string, RightsEdition | 'failed'>();

  @query('dialog') private officerDialog?: HTMLDialogElement;

  private readonly requested = new Set<string>();

  private readonly onKeydown = tripleEscape(() => this.exit());
  private readonly onPopState = () => this.officerDialog?.open && this.officerDialog.close();
  private readonly onVoices = () => this.requestUpdate();

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('popstate', this.onPopState);
    globalThis.speechSynthesis?.addEventListener?.('voiceschanged', this.onVoices);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('popstate', this.onPopState);
    document.removeEventListener('keydown', this.onKeydown);
    globalThis.speechSynthesis?.removeEventListener?.('voiceschanged', this.onVoices);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('quickExit')) {
      document.removeEventListener('keydown', this.onKeydown);
      if (this.exitUrl) document.addEventListener('keydown', this.onKeydown);
    }
  }

  private get exitUrl(): string | undefined {
    return safeUrl(this.quickExit, {protocols: ['https:', 'http:']});
  }

  /** Clears everything the widget holds, then replaces the page with the neutral site. */
  private exit(): void {
    const url = this.exitUrl;
    if (!url) return;
    globalThis.speechSynthesis?.cancel();
    this.officerDialog?.close();
    this.chosenLocale = this.activeScenario = undefined;
    this.checked = new Set();
    this.side = 'holder';
    this.leave(url);
  }

  /** The current time, for the age of law statuses (a seam for tests). */
  protected now(): Date {
    return new Date();
  }

  /** The device's voice for `locale`, if any (a seam for tests, like {@link leave}). */
  protected voice(locale: string): SpeechSynthesisVoice | undefined {
    return voiceFor(locale);
  }

  /** Navigates away for quick exit (a seam for tests: `location.replace` cannot be stubbed). */
  protected leave(url: string): void {
    leavePage(url);
  }

  protected renderContent(dataset: Dataset): unknown {
    let edition = currentEdition(dataset.rightsEditions);
    if (!edition) {
      return html`<div class="notice" part="notice" role="alert" data-tone="error">
        <p>${msg('Know-your-rights information is not available from this data source.')}</p>
        <slot></slot>
      </div>`;
    }
    const locale = bestLanguage(edition, this.chosenLocale ?? this.locale);
    const stored = this.translatedEdition(edition, locale);
    edition = stored.edition;
    const scenarios = orderedScenarios(edition);
    const scenario =
      scenarios.find((s) => s.id === (this.activeScenario ?? this.scenario)) ?? (scenarios[0] as Scenario);
    const hotlines = countyHotlines(dataset.hotlines, resolveCounty(this.county));
    const ctx: Ctx = {edition, locale, dir: directionOf(locale), loading: stored.state};
    return html`
      ${this.exitUrl
        ? html`<button type="button" class="exit" part="quick-exit" @click=${this.exit}>
            ${msg('Leave this page')}<span class="small">${msg('(or press Esc 3 times)')}</span>
          </button>`
        : nothing}
      <article class="card frame" part="card" aria-labelledby="title">
        <header class="top">
          <div id="title" role="heading" aria-level=${this.headingLevel} class="title">${msg('Know your rights')}</div>
          ${this.renderLanguages(ctx)}
        </header>
        ${this.renderTrust(ctx)}
        <div class="actions" part="actions">
          <div class="sides" role="group" aria-label=${msg('Card side')}>
            <button type="button" aria-pressed=${this.side === 'holder'} @click=${() => this.flip('holder', ctx, scenario)}>
              ${msg('My side')}
            </button>
            <button type="button" aria-pressed=${this.side === 'agent'} @click=${() => this.flip('agent', ctx, scenario)}>
              ${msg('Officer side (English)')}
            </button>
          </div>
          <button type="button" class="primary" @click=${this.openOfficerView}>${msg('Show to officer')}</button>
        </div>
        ${this.side === 'holder' ? this.renderHolder(ctx, scenarios, scenario, hotlines) : this.renderAgent(ctx)}
        ${this.hidePrint
          ? nothing
          : html`<div class="actions print-actions" part="actions">
              <button type="button" class="secondary" @click=${() => this.print('wallet', ctx)}>
                ${msg('Print wallet card')}
              </button>
              <button type="button" class="secondary" @click=${() => this.print('sheet', ctx)}>
                ${msg('Print 4 cards')}
              </button>
            </div>`}
        ${this.renderSources(edition)}
      </article>
      ${this.renderOfficerView(edition)} ${this.printing ? this.renderPrint(ctx, hotlines) : nothing}
    `;
  }

  private renderLanguages({edition, locale}: Ctx): TemplateResult {
    const languages = editionLanguages(edition);
    return html`<label class="lang">
      <span>${msg('Language')}</span>
      <select @change=${(e: Event) => this.chooseLocale((e.target as HTMLSelectElement).value, edition)}>
        ${languages.map(
          (l) => html`<option value=${l.locale} lang=${l.locale} ?selected=${l.locale === locale}>${l.name}</option>`,
        )}
      </select>
    </label>`;
  }

  private renderTrust({edition, locale}: Ctx): TemplateResult {
    const ui = uiLocale();
    const review = edition.review;
    const method = edition.locales.find((l) => l.locale === locale)?.method;
    const methodText =
      method === 'reviewed'
        ? msg('Translation checked by a reviewer.')
        : method === 'human'
          ? msg('Translated by a person.')
          : method === 'machine'
            ? msg('Machine translation: may contain mistakes.')
            : '';
    return html`<div class="trust small">
      <p>
        ${review.status === 'reviewed' && review.reviewer && review.reviewedAt
          ? msg(str`Reviewed by ${review.reviewer} on ${formatIsoDate(review.reviewedAt, ui)}.`)
          : html`<strong>${msg('Not yet reviewed by an attorney.')}</strong>`}
        ${locale === 'en' ? nothing : methodText}
      </p>
      <p>${this.text(edition.disclaimer, locale)}</p>
    </div>`;
  }

  private renderHolder({edition, locale, dir, loading}: Ctx, scenarios: Scenario[], scenario: Scenario, hotlines: Hotline[]) {
    const missing = locale === 'en' || loading ? 0 : untranslatedCount(scenario, locale);
    return html`
      <div role="tablist" class="tabs" part="tabs" aria-label=${msg('Situations')} @keydown=${this.onTabKey}>
        ${scenarios.map(
          (s) =>
            html`<button
              type="button"
              role="tab"
              id="tab-${s.id}"
              aria-controls="panel"
              aria-selected=${s === scenario}
              tabindex=${s === scenario ? 0 : -1}
              @click=${() => this.chooseScenario(s.id, locale)}
            >
              ${this.text(s.title, locale)}
            </button>`,
        )}
      </div>
      <section id="panel" role="tabpanel" aria-labelledby="tab-${scenario.id}" part="panel" lang=${locale} dir=${dir}>
        ${loading
          ? html`<p class="notice small" role="status" lang=${this.ui.lang} dir=${this.ui.dir}>
              ${loading === 'loading'
                ? msg('Loading this language…')
                : msg('This language could not be loaded. The card is shown in English.')}
            </p>`
          : nothing}
        ${missing
          ? html`<p class="notice small" lang=${this.ui.lang} dir=${this.ui.dir}>
              ${msg('Some parts are not translated into this language yet and are shown in English.')}
            </p>`
          : nothing}
        ${scenario.summary ? html`<p>${this.text(scenario.summary, locale)}</p>` : nothing}
        <ol class="steps">
          ${scenario.steps.map((step) => html`<li>${this.text(step, locale)}</li>`)}
        </ol>
        ${scenario.doNot?.length
          ? html`<p class="label" lang=${this.ui.lang} dir=${this.ui.dir}>${msg('Do not:')}</p>
              <ul class="donot">
                ${scenario.doNot.map((d) => html`<li>${this.text(d, locale)}</li>`)}
              </ul>`
          : nothing}
        ${scenario.phrases?.length ? this.renderPhrases(scenario, locale) : nothing}
        ${scenario.id === 'at-door' && edition.warrantChecklist ? this.renderWarrant(edition, locale) : nothing}
        ${scenario.californiaLaw?.map((law) => this.renderLaw(law, locale))}
        ${scenario.caveats?.map((c) => html`<p class="caveat">⚠ ${this.text(c.text, locale)}</p>`)}
      </section>
      ${this.renderHotlines(hotlines)}
    `;
  }

  /**
   * A California law with its ledger status: the label and date in the interface language, what
   * is blocked (`statusNote`) in the card language, and a warning once the status is old.
   */
  private renderLaw(law: CaliforniaLaw, locale: string): TemplateResult {
    const status = lawStatus(law, this.now());
    const {lang, dir} = this.ui;
    return html`<div class="law" data-status=${status?.status ?? nothing}>
      <p><strong>${law.citation}</strong> ${this.text(law.text, locale)}</p>
      ${status
        ? html`<p class="law-status small">
            <strong lang=${lang} dir=${dir}
              >${status.status === 'in-force' ? '' : '⚠ '}${lawStatusLabel(status.status, formatIsoDate(status.asOf, lang))}</strong
            >
            ${law.statusNote ? this.text(law.statusNote, locale) : nothing}
            ${status.stale
              ? html`<span class="stale" lang=${lang} dir=${dir}>${msg('This may have changed since then. Ask a lawyer.')}</span>`
              : nothing}
          </p>`
        : nothing}
    </div>`;
  }

  private renderPhrases(scenario: Scenario, locale: string): TemplateResult {
    const voice = this.voice(locale);
    return html`<p class="label" lang=${this.ui.lang} dir=${this.ui.dir}>${msg('What to say:')}</p>
      <ul class="phrases">
        ${scenario.phrases!.map((p) => {
          const said = localize(p.say, locale);
          const audio = p.audio?.[said.lang];
          const canPlay = !!audio || (voice && !said.fallback);
          return html`<li>
            <q lang=${said.lang} dir=${directionOf(said.lang)}>${said.text}</q>
            ${canPlay
              ? html`<button type="button" class="secondary small" lang=${this.ui.lang} dir=${this.ui.dir} @click=${() =>
                  this.readAloud(said.text, audio)}>
                  ${msg('Listen')}<span class="visually-hidden">: ${said.text}</span>
                </button>`
              : nothing}
          </li>`;
        })}
      </ul>`;
  }

  private renderWarrant(edition: RightsEdition, locale: string): TemplateResult {
    const checklist = edition.warrantChecklist!;
    const verdict = assessWarrant(checklist.items, this.checked);
    const {lang, dir} = this.ui;
    return html`<fieldset class="warrant">
      <legend lang=${lang} dir=${dir}>${msg('Check the paper they show you. Does it have:')}</legend>
      ${checklist.items.map(
        (item, i) => html`<label class="check">
          <input type="checkbox" .checked=${this.checked.has(i)} @change=${() => this.toggleCheck(i)} />
          ${this.text(item.text, locale)}
        </label>`,
      )}
      <p class="verdict" role="status" lang=${lang} dir=${dir} data-verdict=${verdict}>
        ${verdict === 'administrative'
          ? msg(
              'This looks like an administrative (ICE) warrant. It is not signed by a judge and does not, by itself, let agents enter your home. Keep the door closed.',
            )
          : verdict === 'judicial'
            ? msg('This may be a warrant signed by a judge. If agents come in, do not resist. Stay silent and ask for a lawyer.')
            : msg('Mark what you see on the paper. If you are not sure, keep the door closed.')}
      </p>
      ${checklist.caveat ? html`<p class="caveat">⚠ ${this.text(checklist.caveat.text, locale)}</p>` : nothing}
    </fieldset>`;
  }

  private renderHotlines(hotlines: Hotline[]): TemplateResult | typeof nothing {
    if (!hotlines.length) return nothing;
    const ui = uiLocale();
    return html`<section class="hotlines" aria-label=${msg('Rapid-response hotline')}>
      <p class="label">${msg('To report immigration enforcement near you, call:')}</p>
      ${hotlines.map((h) => {
        const phone = h.phones[0]!;
        const href = telUrl(phone.number);
        return html`<p>
          ${this.text(h.name, ui)}:
          ${href ? html`<a href=${href} class="phone" dir="ltr">${phone.number}</a>` : html`<bdi>${phone.number}</bdi>`}
          ${h.verification?.status === 'verified' ? nothing : html`<span class="muted small">(${msg('not verified')})</span>`}
          ${h.verification?.status === 'doubtful' && h.verification.note
            ? html`<br /><span class="caveat small">⚠ ${this.text(h.verification.note, ui)}</span>`
            : nothing}
        </p>`;
      })}
    </section>`;
  }

  private renderAgent({edition, locale, dir}: Ctx): TemplateResult {
    const statement = edition.agentStatement;
    return html`<section class="agent" part="panel">
      <div class="english" lang="en" dir="ltr">
        ${statement.title ? html`<p class="agent-title">${statement.title.en}</p>` : nothing}
        ${statement.lines.map((line) => html`<p>${line.en}</p>`)}
      </div>
      ${locale === 'en'
        ? nothing
        : html`<details lang=${locale} dir=${dir}>
            <summary lang=${this.ui.lang} dir=${this.ui.dir}>${msg('What this side says, in your language')}</summary>
            ${statement.lines.map((line) => html`<p>${this.text(line, locale)}</p>`)}
          </details>`}
    </section>`;
  }

  private renderOfficerView(edition: RightsEdition): TemplateResult {
    const statement = edition.agentStatement;
    return html`<dialog part="officer-view" aria-labelledby="officer-title" @close=${this.onOfficerClose}>
      <div class="officer" lang="en" dir="ltr">
        <p id="officer-title" class="agent-title">${statement.title?.en ?? 'Please read'}</p>
        ${statement.lines.map((line) => html`<p>${line.en}</p>`)}
      </div>
      <button type="button" class="close" lang=${uiLocale()} @click=${() => this.officerDialog?.close()}>
        ${msg('Close')}
      </button>
    </dialog>`;
  }

  /** Wallet cards for print: front in the holder's language, back in English, with a fold line. */
  private renderPrint({edition, locale, dir}: Ctx, hotlines: Hotline[]): TemplateResult {
    const copies = this.printing === 'sheet' ? 4 : 1;
    const hotline = hotlines[0];
    const card = html`<div class="print-card">
      <div class="face" lang=${locale} dir=${dir}>
        <p class="face-title" lang=${this.ui.lang} dir=${this.ui.dir}>${msg('Know your rights')}</p>
        ${edition.agentStatement.lines.map((line) => html`<p>${this.text(line, locale)}</p>`)}
        ${hotline ? html`<p class="face-hotline">☎ <bdi dir="ltr">${hotline.phones[0]!.number}</bdi></p>` : nothing}
      </div>
      <div class="face" lang="en" dir="ltr">
        ${edition.agentStatement.title ? html`<p class="face-title">${edition.agentStatement.title.en}</p>` : nothing}
        ${edition.agentStatement.lines.map((line) => html`<p>${line.en}</p>`)}
      </div>
    </div>`;
    return html`<div class="print" data-layout=${this.printing!} aria-hidden="true">
      ${Array.from({length: copies}, () => card)}
    </div>`;
  }

  private renderSources(edition: RightsEdition): TemplateResult {
    const links = edition.sources
      .map((s) => ({name: s.name, href: safeUrl(s.url, {protocols: ['https:', 'http:']})}))
      .filter((s) => s.href);
    return html`<details class="sources small">
      <summary>${msg('Sources')} · ${formatIsoDate(edition.publishedAt, uiLocale())}</summary>
      <ul>
        ${links.map((s) => html`<li><a href=${s.href!} rel="noopener noreferrer" target="_blank">${s.name}</a></li>`)}
      </ul>
    </details>`;
  }

  /**
   * The edition with `locale` merged in when that language is stored in its own file: fetched the
   * first time the card shows it (English shows meanwhile, and if the file cannot be loaded).
   */
  private translatedEdition(edition: RightsEdition, locale: string): {edition: RightsEdition; state?: 'loading' | 'failed'} {
    const url = edition.locales.find((l) => l.locale === locale)?.url;
    if (!url) return {edition};
    const key = `${edition.id}|${locale}`;
    const done = this.translated.get(key);
    if (done === 'failed') return {edition, state: 'failed'};
    if (done) return {edition: done};
    if (!this.requested.has(key)) {
      this.requested.add(key);
      void loadRightsStrings(url, this.effectiveDatasetUrl ?? document.baseURI).then((result) => {
        const merged = result.ok ? withStrings(edition, locale, result.data.strings) : 'failed';
        this.translated = new Map(this.translated).set(key, merged);
      });
    }
    return {edition, state: 'loading'};
  }

  /**
   * Dataset text in `locale`, always marked with the language it is really in (English when the
   * translation is missing), so it reads in the right direction and voice wherever it sits.
   */
  private text(value: LocalizedText, locale: string): TemplateResult {
    const picked = localize(value, locale);
    return html`<span lang=${picked.lang} dir=${directionOf(picked.lang)}>${picked.text}</span>`;
  }

  /** `lang` and `dir` for interface text placed inside content of another language. */
  private get ui(): {lang: string; dir: 'ltr' | 'rtl'} {
    const lang = uiLocale();
    return {lang, dir: directionOf(lang)};
  }

  private flip(side: Side, {locale}: Ctx, scenario: Scenario): void {
    if (side === this.side) return;
    this.side = side;
    this.emit<RightsViewDetail>('amparo-rights-view', {scenario: scenario.id, side, locale});
  }

  private chooseScenario(id: string, locale: string): void {
    this.activeScenario = id;
    this.checked = new Set();
    this.emit<RightsViewDetail>('amparo-rights-view', {scenario: id, side: this.side, locale});
  }

  private chooseLocale(locale: string, edition: RightsEdition): void {
    this.chosenLocale = locale;
    const scenario = this.activeScenario ?? this.scenario ?? orderedScenarios(edition)[0]?.id ?? '';
    this.emit<RightsViewDetail>('amparo-rights-view', {scenario, side: this.side, locale});
  }

  private toggleCheck(i: number): void {
    const next = new Set(this.checked);
    if (!next.delete(i)) next.add(i);
    this.checked = next;
  }

  /** Arrow keys, Home and End move between situations (WAI-ARIA tabs pattern). */
  private onTabKey(event: KeyboardEvent): void {
    const tabs = [...this.renderRoot.querySelectorAll<HTMLButtonElement>('[role="tab"]')];
    const current = tabs.findIndex((t) => t.getAttribute('aria-selected') === 'true');
    const rtl = getComputedStyle(event.currentTarget as Element).direction === 'rtl';
    const step = {ArrowRight: rtl ? -1 : 1, ArrowLeft: rtl ? 1 : -1, ArrowDown: 1, ArrowUp: -1} as Record<string, number>;
    let next = -1;
    if (event.key in step) next = (current + step[event.key]! + tabs.length) % tabs.length;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = tabs.length - 1;
    if (next < 0) return;
    event.preventDefault();
    tabs[next]!.click();
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLButtonElement>('[role="tab"][aria-selected="true"]')?.focus(),
    );
  }

  private readAloud(text: string, audio?: string): void {
    const src = audio && safeUrl(audio, {base: this.effectiveDatasetUrl, protocols: ['https:', 'http:']});
    if (src) {
      void new Audio(src).play().catch(() => undefined);
      return;
    }
    const voice = this.voice(this.chosenLocale ?? this.locale);
    if (voice) speak(text, voice);
  }

  private openOfficerView(): void {
    const dialog = this.officerDialog;
    if (!dialog || dialog.open) return;
    dialog.showModal();
    // Back (the phone's back button) closes the view instead of leaving the page.
    history.pushState({amparoOfficerView: true}, '');
  }

  private onOfficerClose(): void {
    if ((history.state as {amparoOfficerView?: boolean} | null)?.amparoOfficerView) history.back();
  }

  /** Prints wallet cards only (see `printOnly`): rendered for the print, then removed. */
  private async print(layout: 'wallet' | 'sheet', {locale}: Ctx): Promise<void> {
    this.printing = layout;
    await this.updateComplete;
    this.emit<RightsPrintDetail>('amparo-print', {layout, locale});
    try {
      printOnly(this);
    } finally {
      this.printing = undefined;
    }
  }
}

/** The short label of a law status with its date, in the interface language. */
function lawStatusLabel(status: LawStatus, date: string): string {
  switch (status) {
    case 'in-force':
      return msg(str`In force (as of ${date})`);
    case 'partly-blocked':
      return msg(str`Partly blocked by a court (as of ${date})`);
    case 'blocked-for-federal-officers':
      return msg(str`Blocked by a court for federal officers (as of ${date})`);
    case 'in-litigation':
      return msg(str`Challenged in court (as of ${date})`);
  }
}

interface Ctx {
  edition: RightsEdition;
  /** A language kept in its own file is still loading, or could not be loaded (English shows). */
  loading?: 'loading' | 'failed';
  /** The card language in effect (one of the edition's languages). */
  locale: string;
  dir: 'ltr' | 'rtl';
}
