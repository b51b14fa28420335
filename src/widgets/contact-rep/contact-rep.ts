import {html, nothing, type PropertyValues, type TemplateResult} from 'lit';
import {property, state} from 'lit/decorators.js';
import {msg, str} from '@lit/localize';
import {AmparoElement} from '../../core/base-element.js';
import type {Campaign, Dataset, Office, Official, ZipDistrictTable, ZipGeoTable} from '../../core/dataset/schema/index.js';
import {clearDatasetCache, loadZipTable} from '../../core/dataset/store.js';
import {formatIsoDate, pickText, type LocalizedText} from '../../core/format.js';
import {uiLocale} from '../../core/i18n/localization.js';
import {directionOf} from '../../core/locale.js';
import {safeUrl, telUrl} from '../../core/safe-url.js';
import {draftStore, type Draft, type DraftStore} from './draft.js';
import {
  CHAMBERS,
  channelsFor,
  districtsFromResponse,
  isTarget,
  isZip,
  isoDay,
  letterOffice,
  lookupZip,
  mainOffice,
  nearestOffice,
  officePhone,
  officialsFor,
  planInForce,
  parseChannels,
  scriptFor,
  tablesFor,
  type Chamber,
  type Channel,
  type ZipLookup,
} from './lookup.js';
import {buildMailto} from './mailto.js';
import {inOffice, outcomesInOffice, termEnded, warnEndedTerms} from './terms.js';
import {chamberChoice, chamberLabel, endedSeat, noTargetsNotice, officialLink} from './view.js';
import {validateSender, type SenderError, type SenderField} from './sender.js';
import {buildPayload, submit, type SubmitOptions} from './submit.js';
import {fillTemplate, templateValues, type Sender} from './template.js';
import {printOnly} from '../../core/print.js';
import {styles} from './contact-rep.styles.js';

/** Detail of `amparo-contact`: what the person did for one official. No personal data. */
export interface ContactDetail {
  officialId: string;
  channel: Channel;
  /** `talked`, `voicemail`, `busy`, `sent` or `skip`. */
  outcome: string;
}

declare global {
  interface HTMLElementEventMap {
    'amparo-contact': CustomEvent<ContactDetail>;
  }
}

type Outcomes = NonNullable<Draft['outcomes']>;
type Phase = 'idle' | 'loading' | 'ready' | 'error';

const FIELDS: readonly SenderField[] = ['name', 'zip', 'street', 'city', 'email'];

/**
 * Find your officials from a ZIP code and call, email, write or use their web form, with a
 * campaign's script (`campaign="id"`) or a message of your own. Split ZIP codes show every
 * candidate district; nothing leaves the browser except an explicit, consented report to the
 * site's own `submit-endpoint`.
 *
 * @tagname amparo-contact-rep
 * @summary Contact your officials: ZIP lookup, call scripts, email, web forms and letters.
 *
 * @attr campaign - Id of a campaign in the dataset's `campaigns`; without it, "contact your officials" with a free-form message.
 * @attr zip - A ZIP code to look up when the widget loads.
 * @attr channels - Comma list of `call`, `email`, `webform`, `letter` (default: all, in the campaign's order).
 * @attr lookup-endpoint - Optional URL template with `{zip}` and `{address}` on the site's own server,
 *   returning `{"districts": ["ocd-division/…"]}` (or Google's `divisions`); enables the street address field.
 * @attr submit-endpoint - Optional URL of the site's endpoint: outcomes (no personal data) and, with consent,
 *   sign-up details are POSTed there as JSON (`text/plain`).
 * @attr heading-level - Level of the widget's heading (default 2).
 *
 * @fires amparo-contact - The person recorded an outcome. Detail: `{officialId, channel, outcome}`.
 *
 * @csspart campaign - The campaign's ask, talking points and deadline.
 * @csspart lookup - The ZIP (and address) form.
 * @csspart officials - The list of officials.
 * @csspart official - One official.
 * @csspart contact - The contact panel for one official.
 * @csspart sender - The sender's details and message.
 * @csspart done - The thank-you screen and optional report.
 * @cssprop --amparo-contact-target-color - Marks the campaign's targets (default: the accent colour).
 */
export class AmparoContactRep extends AmparoElement {
  static override styles = [...AmparoElement.styles, styles];

  @property() campaign?: string;
  @property() zip?: string;
  @property() channels?: string;
  @property({attribute: 'lookup-endpoint'}) lookupEndpoint?: string;
  @property({attribute: 'submit-endpoint'}) submitEndpoint?: string;
  @property({type: Number, attribute: 'heading-level'}) headingLevel = 2;

  @state() private zipInput = '';
  @state() private address = '';
  @state() private phase: Phase = 'idle';
  @state() private result?: ZipLookup;
  @state() private geo?: ZipGeoTable;
  @state() private chosen: Partial<Record<Chamber, number>> = {};
  @state() private manual = false;
  @state() private activeId?: string;
  @state() private channel?: Channel;
  @state() private sender: Partial<Sender> = {};
  @state() private errors: Partial<Record<SenderField | 'message', SenderError>> = {};
  @state() private message?: string;
  @state() private outcomes: Outcomes = {};
  @state() private done = false;
  @state() private consent = false;
  @state() private sendState: 'idle' | 'sending' | 'sent' | 'failed' = 'idle';
  @state() private announcement = '';
  @state() private printing = false;
  /** The site's address lookup failed (HTTP error, offline, time-out or an unusable answer). */
  @state() private addressFailed = false;

  private store?: DraftStore;
  private honeypot = '';
  private autoLooked = false;
  private termsChecked?: Dataset;

  /** Today in California (a seam for tests). */
  protected override today(): string {
    return isoDay();
  }

  /** How long the site's `lookup-endpoint` may take before the ZIP result is used alone (a seam for tests). */
  protected lookupTimeoutMs(): number {
    return 8000;
  }

  /** Retries, back-off and time-out of the report to `submit-endpoint` (a seam for tests; defaults in submit.ts). */
  protected submitOptions(): SubmitOptions {
    return {};
  }

  /** Opens the official form (a seam for tests). */
  protected openWindow(url: string): void {
    window.open(url, '_blank', 'noopener,noreferrer');
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (!this.store || changed.has('campaign')) {
      this.store = draftStore(this.campaign ?? 'free');
      const draft = this.store.load() ?? {};
      this.sender = draft.sender ?? {};
      this.message = draft.message;
      this.outcomes = draft.outcomes ?? {};
    }
    if (changed.has('zip') && this.zip && !this.zipInput) this.zipInput = this.zip;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const data = this.datasetResult;
    if (data?.ok && this.termsChecked !== data.data) {
      this.termsChecked = data.data;
      warnEndedTerms(data.data.officials, this.today());
    }
    if (data?.ok && this.zip && !this.autoLooked) {
      this.autoLooked = true;
      void this.updateComplete.then(() => this.lookup(data.data, false));
    }
  }

  private saveDraft(): void {
    this.store?.save({sender: this.sender, message: this.message, outcomes: this.outcomes});
  }

  private activeCampaign(dataset: Dataset): Campaign | undefined {
    return this.campaign ? dataset.campaigns.find((c) => c.id === this.campaign) : undefined;
  }

  // ---------------------------------------------------------------- lookup

  private async lookup(dataset: Dataset, focus = true): Promise<void> {
    const zip = this.zipInput.trim();
    this.chosen = {};
    this.manual = false;
    this.addressFailed = false;
    this.activeId = undefined;
    if (!isZip(zip)) {
      this.result = {ok: false, zip, reason: 'invalid'};
      this.phase = 'ready';
      this.announcement = msg('Enter a 5-digit ZIP code.');
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLInputElement>('#zip')?.focus();
      return;
    }
    const base = this.effectiveDatasetUrl ?? document.baseURI;
    const {plans, districtRefs, geoRef} = tablesFor(dataset, this.today());
    this.phase = 'loading';
    this.announcement = msg('Looking up your officials…');
    const [geo, ...loaded] = await Promise.all([
      geoRef ? loadZipTable(geoRef, base) : undefined,
      ...districtRefs.map((ref) => loadZipTable(ref, base)),
    ]);
    if (loaded.some((r) => !r?.ok)) {
      for (const ref of districtRefs) clearDatasetCache(new URL(ref.url, base).href);
      this.phase = 'error';
      this.announcement = msg("We couldn't look up your ZIP code. Check your internet connection and try again.");
      return;
    }
    const tables = loaded.flatMap((r) => (r?.ok && r.data.kind === 'zip-districts' ? [r.data as ZipDistrictTable] : []));
    this.geo = geo?.ok && geo.data.kind === 'zip-geo' ? geo.data : undefined;
    const result = lookupZip(zip, plans, tables, this.geo);
    if (result.ok) {
      for (const chamber of CHAMBERS) {
        const c = result.chambers[chamber];
        if ((c.status === 'found' || c.status === 'county') && c.candidates.length === 1) this.chosen[chamber] = c.candidates[0];
      }
    }
    if (this.address.trim() && this.lookupEndpoint) await this.lookupAddress(zip);
    this.result = result;
    this.phase = 'ready';
    if (!this.sender.zip) this.sender = {...this.sender, zip};
    this.announcement = this.summary(dataset);
    if (focus) {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#results')?.focus();
    }
  }

  /**
   * Asks the site's own lookup endpoint for the districts of a street address. On any failure (an
   * HTTP error, offline, no answer within {@link lookupTimeoutMs}, an answer without districts) the
   * ZIP result stands, the address stays in its field, and a notice says so.
   */
  private async lookupAddress(zip: string): Promise<void> {
    const template = this.lookupEndpoint ?? '';
    const url = safeUrl(
      template.replace('{zip}', encodeURIComponent(zip)).replace('{address}', encodeURIComponent(this.address.trim())),
      {protocols: ['https:', 'http:']},
    );
    if (!url) return;
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), this.lookupTimeoutMs());
    try {
      const response = await fetch(url, {credentials: 'omit', referrerPolicy: 'no-referrer', signal: controller.signal});
      const districts = response.ok ? districtsFromResponse(await response.json()) : {};
      if (!Object.keys(districts).length) throw new Error(`no districts (HTTP ${response.status})`);
      this.chosen = {...this.chosen, ...districts};
    } catch {
      // The ZIP result stands; the person chooses among the candidates.
      this.addressFailed = true;
    } finally {
      clearTimeout(timer);
    }
  }

  private summary(dataset: Dataset): string {
    const r = this.result;
    if (!r) return '';
    if (!r.ok) return this.zipProblem(r.reason, r.zip);
    const date = this.today();
    const count = officialsFor(dataset.officials, this.chosen, date).filter((o) => !termEnded(o, date)).length;
    const split = CHAMBERS.filter((c) => {
      const x = r.chambers[c];
      return (x.status === 'found' || x.status === 'county') && x.candidates.length > 1 && this.chosen[c] === undefined;
    }).length;
    return split
      ? msg(str`Found ${count} officials for ZIP code ${r.zip}. Your ZIP code is in more than one district: choose yours below.`)
      : msg(str`Found ${count} officials for ZIP code ${r.zip}.`);
  }

  private zipProblem(reason: 'invalid' | 'unknown', zip: string): string {
    return reason === 'invalid'
      ? msg('Enter a 5-digit ZIP code.')
      : msg(str`We could not find ZIP code ${zip} in California. Check it, or choose your districts from the list.`);
  }

  // ---------------------------------------------------------------- render

  protected renderContent(dataset: Dataset): unknown {
    const campaign = this.activeCampaign(dataset);
    const level = this.headingLevel;
    return html`<div class="wrap">
        <div role="heading" aria-level=${level} class="title">
          ${campaign ? this.text(campaign.title) : msg('Contact your officials')}
        </div>
        ${this.campaign && !campaign
          ? html`<p class="notice" data-tone="warning">${msg('This campaign is not available. You can still contact your officials.')}</p>`
          : nothing}
        ${campaign ? this.renderCampaign(campaign) : nothing}
        ${this.done ? this.renderDone(campaign) : this.renderMain(dataset, campaign)}
        <p class="visually-hidden" role="status" aria-live="polite">${this.announcement}</p>
      </div>
      ${this.printing ? this.renderPrint(dataset) : nothing}`;
  }

  private renderCampaign(c: Campaign): TemplateResult {
    const ui = uiLocale();
    const ended = c.activeTo && c.activeTo < this.today();
    return html`<section part="campaign">
      <p>${this.text(c.ask)}</p>
      ${c.why ? html`<p>${this.text(c.why)}</p>` : nothing}
      ${c.talkingPoints?.length ? html`<ul>${c.talkingPoints.map((p) => html`<li>${this.text(p)}</li>`)}</ul>` : nothing}
      ${ended
        ? html`<p class="notice" data-tone="warning">${msg('This campaign has ended.')}</p>`
        : c.deadline
          ? html`<p><strong>${msg(str`Deadline: ${formatIsoDate(c.deadline, ui)}`)}</strong></p>`
          : nothing}
    </section>`;
  }

  private renderMain(dataset: Dataset, campaign: Campaign | undefined): TemplateResult {
    return html`${this.renderLookup(dataset)} ${this.renderResults(dataset, campaign)}`;
  }

  private renderLookup(dataset: Dataset): TemplateResult {
    const invalid = this.result && !this.result.ok && this.result.reason === 'invalid';
    return html`<form
      part="lookup"
      novalidate
      @submit=${(e: Event) => {
        e.preventDefault();
        void this.lookup(dataset);
      }}
    >
      <div class="row">
        <label>
          <span>${msg('Your ZIP code')}</span>
          <input
            id="zip"
            name="zip"
            inputmode="numeric"
            autocomplete="postal-code"
            maxlength="10"
            aria-invalid=${invalid ? 'true' : 'false'}
            aria-describedby=${invalid ? 'zip-error' : nothing}
            .value=${this.zipInput}
            @input=${(e: Event) => (this.zipInput = (e.target as HTMLInputElement).value)}
          />
        </label>
        <button type="submit" ?disabled=${this.phase === 'loading'}>${msg('Find my officials')}</button>
      </div>
      ${invalid ? html`<p id="zip-error" class="error">${msg('Enter a 5-digit ZIP code.')}</p>` : nothing}
      ${this.lookupEndpoint
        ? html`<label>
            <span>${msg('Street address (optional, for an exact match)')}</span>
            <input
              name="address"
              autocomplete="street-address"
              .value=${this.address}
              @input=${(e: Event) => (this.address = (e.target as HTMLInputElement).value)}
            />
            <span class="small muted">${msg("Your address is sent only to this organization's website to find your districts.")}</span>
          </label>`
        : nothing}
    </form>`;
  }

  private renderResults(dataset: Dataset, campaign: Campaign | undefined): unknown {
    if (this.phase === 'loading') return html`<div class="skeleton" aria-hidden="true"></div>`;
    if (this.phase === 'error') {
      return html`<div class="notice" data-tone="error" role="alert">
        <p>${msg("We couldn't look up your ZIP code. Check your internet connection and try again.")}</p>
        <button type="button" @click=${() => this.lookup(dataset)}>${msg('Try again')}</button>
      </div>`;
    }
    const r = this.result;
    if (!r || (!r.ok && r.reason === 'invalid')) return nothing;
    const date = this.today();
    const officials = officialsFor(dataset.officials, this.chosen, date);
    return html`<section part="officials" aria-labelledby="results">
      <div id="results" tabindex="-1" role="heading" aria-level=${this.headingLevel + 1} class="subtitle">
        ${r.ok ? msg(str`Your officials for ZIP code ${r.zip}`) : msg('Your officials')}
      </div>
      ${r.ok ? nothing : html`<p class="notice" data-tone="warning">${this.zipProblem('unknown', r.zip)}</p>`}
      ${this.addressFailed
        ? html`<p class="notice" data-tone="warning">
            ${msg("We couldn't check your street address, so we used your ZIP code only. If your ZIP code is in more than one district, choose yours below.")}
          </p>`
        : nothing}
      ${CHAMBERS.map((chamber) =>
        chamberChoice({
          dataset,
          chamber,
          date,
          result: r,
          manual: this.manual,
          chosen: this.chosen[chamber],
          choose: (n) => this.choose(dataset, chamber, n),
          who: (o) => this.whoText(o),
        }),
      )}
      ${r.ok && !this.manual
        ? html`<button type="button" class="secondary" @click=${() => (this.manual = true)}>
            ${msg('Choose my districts from a list')}
          </button>`
        : nothing}
      ${campaign ? this.renderProgress(campaign, officials, date) : nothing}
      <ul class="officials">
        ${officials.map((o) => this.renderOfficial(o, campaign, date))}
      </ul>
      ${!campaign && Object.keys(this.outcomes).length && !this.activeId
        ? html`<button type="button" @click=${this.finish}>${msg("I'm done")}</button>`
        : nothing}
    </section>`;
  }

  private choose(dataset: Dataset, chamber: Chamber, n: number | undefined): void {
    this.chosen = {...this.chosen, [chamber]: n};
    this.announcement = this.summary(dataset);
  }

  private renderProgress(campaign: Campaign, officials: Official[], date: string): TemplateResult {
    const targets = officials.filter((o) => isTarget(campaign, o) && inOffice(o, date));
    // Every target's term has ended: say what to do instead of "0 of 0".
    if (!targets.length && officials.some((o) => isTarget(campaign, o) && termEnded(o, date))) return noTargetsNotice();
    const done = targets.filter((o) => this.outcomes[o.id]).length;
    const next = targets.find((o) => !this.outcomes[o.id]);
    return html`<div class="row">
      <p class="progress">${msg(str`${done} of ${targets.length} contacted`)}</p>
      ${next && !this.activeId
        ? html`<button type="button" @click=${() => this.open(next.id)}>${msg(str`Contact ${this.whoText(next)}`)}</button>`
        : nothing}
      ${targets.length && !next
        ? html`<button type="button" @click=${this.finish}>${msg('Finish')}</button>`
        : nothing}
    </div>`;
  }

  /** One seat: its official (a contact only while in office on `date`), a vacancy, or a term that ended. */
  private renderOfficial(o: Official, campaign: Campaign | undefined, date: string): TemplateResult {
    if (termEnded(o, date)) {
      // A vacancy record has no title: the body's other records say what its holder is called.
      const data = this.datasetResult;
      const title = this.titleText(o.title || !data?.ok ? o : (data.data.officials.find((x) => x.body === o.body && x.title) ?? o));
      // A seat of the previous map (its term ended when a new map took effect): not named.
      const plan = data?.ok && (CHAMBERS as readonly string[]).includes(o.body) ? planInForce(data.data.districtPlans, o.body, date) : undefined;
      const newMap = plan && o.termEnd && plan.validFrom <= o.termEnd && (!o.termStart || o.termStart < plan.validFrom);
      return html`<li class="official" part="official" data-ended>
        <span class="name">${title}</span>
        ${endedSeat(o, title, newMap ? plan.validFrom : undefined)}
      </li>`;
    }
    const target = campaign ? isTarget(campaign, o) : false;
    const outcome = this.outcomes[o.id];
    const active = this.activeId === o.id;
    const contact = inOffice(o, date);
    return html`<li class="official" part="official" ?data-target=${target} ?data-other=${campaign && !target}>
      <span class="name">${this.whoText(o)}</span>
      ${o.party ? html`<span class="small">${o.party}</span>` : nothing}
      ${campaign ? html`<span class="badge">${target ? msg('Part of this campaign') : msg('Not part of this campaign')}</span>` : nothing}
      ${o.status === 'vacant'
        ? html`<p>${msg('This seat is vacant.')}</p>
            ${campaign?.vacancyNote ? html`<p>${this.text(campaign.vacancyNote)}</p>` : nothing}`
        : outcome
          ? html`<p class="small">✓ ${outcomeLabel(outcome.outcome)}</p>`
          : nothing}
      ${contact && !active
        ? html`<button type="button" class="secondary" @click=${() => this.open(o.id)}>
            ${msg('Contact')}<span class="visually-hidden"> ${this.whoText(o)}</span>
          </button>`
        : nothing}
      ${contact && active ? this.renderContact(o, campaign) : nothing}
    </li>`;
  }

  private async open(id: string): Promise<void> {
    // A campaign's text is written for each target: the next one starts from its own template.
    if (this.campaign && id !== this.activeId) this.message = undefined;
    this.activeId = id;
    this.channel = undefined;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#contact')?.focus();
  }

  // ---------------------------------------------------------------- contact panel

  private availableChannels(o: Official, campaign: Campaign | undefined): Channel[] {
    // The site's order (`channels`), else the campaign's, then the rest.
    const order = this.channels
      ? parseChannels(this.channels)
      : [...new Set([...(campaign?.scripts.map((s) => s.channel) ?? []), ...parseChannels('')])];
    return channelsFor(o, order);
  }

  private renderContact(o: Official, campaign: Campaign | undefined): TemplateResult {
    const channels = this.availableChannels(o, campaign);
    const channel = this.channel && channels.includes(this.channel) ? this.channel : channels[0];
    return html`<section part="contact" aria-labelledby="contact">
      <div id="contact" tabindex="-1" role="heading" aria-level=${this.headingLevel + 2} class="subtitle">
        ${msg(str`Contact ${this.whoText(o)}`)}
      </div>
      ${channels.length
        ? html`<div class="row channels" role="group" aria-label=${msg('How to contact')}>
            ${channels.map(
              (c) => html`<button type="button" aria-pressed=${c === channel} @click=${() => (this.channel = c)}>
                ${channelLabel(c)}
              </button>`,
            )}
          </div>`
        : html`<p>${msg('No contact details are available for this office.')}</p>`}
      ${channel ? this.renderChannel(o, campaign, channel) : nothing}
      ${channel ? this.renderSender(o, campaign, channel) : nothing}
      ${channel ? this.renderOutcomes(o, channel) : nothing}
      <button type="button" class="secondary" @click=${() => this.close()}>${msg('Back to the list')}</button>
    </section>`;
  }

  private renderChannel(o: Official, campaign: Campaign | undefined, channel: Channel): TemplateResult {
    switch (channel) {
      case 'call':
        return this.renderCall(o, campaign);
      case 'email':
        return this.renderEmail(o, campaign);
      case 'webform':
        return this.renderWebform(o, campaign);
      default:
        return this.renderLetterPanel(o, campaign);
    }
  }

  private values(o: Official) {
    return templateValues(o, this.sender, this.locale);
  }

  /** The message for a channel: the person's own text once they edit it, else the campaign's. */
  private messageFor(o: Official, campaign: Campaign | undefined, channel: Channel): string {
    if (this.message !== undefined) return this.message;
    const script = scriptFor(campaign, channel);
    return script ? fillTemplate(pickText(script.body, this.locale).text, this.values(o)) : '';
  }

  private subjectFor(o: Official, campaign: Campaign | undefined): string {
    const subject = campaign?.scripts.find((s) => s.subject)?.subject;
    return fillTemplate(subject ? pickText(subject, this.locale).text : msg('A message from a constituent'), this.values(o));
  }

  private renderCall(o: Official, campaign: Campaign | undefined): TemplateResult {
    const main = mainOffice(o);
    const near = nearestOffice(o, this.result?.ok ? this.result.centroid : undefined);
    const script = scriptFor(campaign, 'call');
    const text = script
      ? fillTemplate(pickText(script.body, this.locale).text, this.values(o))
      : fillTemplate(
          this.sender.name?.trim()
            ? msg('Hello, my name is {{user.firstName}} {{user.lastName}} and I live in ZIP code {{user.zip}}. I am calling to share my views with {{target.title}} {{target.lastName}}.')
            : msg('Hello, I live in ZIP code {{user.zip}}. I am calling to share my views with {{target.title}} {{target.lastName}}.'),
          this.values(o),
        ) + (this.message?.trim() ? `\n${this.message.trim()}` : '');
    return html`<ul class="phones">
        ${main ? this.phoneItem(main, main.kind === 'dc' ? msg('Washington, D.C. office') : msg('Capitol office (Sacramento)')) : nothing}
        ${near
          ? this.phoneItem(
              near.office,
              near.office.address
                ? msg(str`District office in ${near.office.address.city}`)
                : msg('District office'),
            )
          : nothing}
      </ul>
      ${main?.kind === 'dc' && near ? html`<p class="small">${msg('If the Washington line is busy, try the district office.')}</p>` : nothing}
      <p class="label"><strong>${msg('What to say:')}</strong></p>
      <p class="script">${text}</p>`;
  }

  private phoneItem(office: Office, label: string): TemplateResult {
    const number = officePhone(office) ?? '';
    const href = safeUrl(telUrl(number), {protocols: ['tel:']});
    return html`<li>
      ${label}:
      ${href
        ? html`<a class="phone" href=${href} dir="ltr" aria-label=${msg(str`Call ${label}, ${number}`)}>${number}</a>`
        : html`<bdi>${number}</bdi>`}
    </li>`;
  }

  private renderEmail(o: Official, campaign: Campaign | undefined): TemplateResult {
    const body = this.messageFor(o, campaign, 'email');
    const subject = this.subjectFor(o, campaign);
    const mail = buildMailto(o.email ?? '', subject, body);
    const href = safeUrl(mail.ok ? mail.url : mail.reason === 'too-long' ? mail.subjectOnly : undefined, {protocols: ['mailto:']});
    return html`<p>${msg(str`Email: ${o.email ?? ''}`)}</p>
      ${mail.ok
        ? nothing
        : html`<p class="notice" data-tone="warning">
            ${msg('Your message is too long to open in your email app directly. Copy it, then paste it into the email.')}
          </p>`}
      <div class="row">
        ${!mail.ok ? html`<button type="button" @click=${() => this.copy(this.currentMessage())}>${msg('Copy message')}</button>` : nothing}
        ${href
          ? html`<a class="button" href=${href} @click=${(e: Event) => this.checkSender(e)}>
              ${mail.ok ? msg('Open in my email app') : msg('Open an email with the subject')}
            </a>`
          : nothing}
      </div>`;
  }

  private renderWebform(o: Official, campaign: Campaign | undefined): TemplateResult {
    const url = safeUrl(o.contactForm ?? o.website, {protocols: ['https:', 'http:']});
    return html`<p>${msg("Official forms can't be filled in from here. Copy your message, then paste it into the form that opens.")}</p>
      ${campaign?.topicHint ? html`<p>${msg('Topic to choose:')} <strong>${this.text(campaign.topicHint)}</strong></p>` : nothing}
      <div class="row">
        <button type="button" @click=${() => this.copyAndOpen(url)}>${msg('Copy message and open the form')}</button>
        ${officialLink(url, msg('Open the official form'))}
      </div>`;
  }

  private letterText(o: Official, campaign: Campaign | undefined): {from: string; to: string; body: string} {
    const s = this.sender;
    const office = letterOffice(o);
    const a = office?.address;
    const title = o.title ? pickText(o.title as LocalizedText, this.locale).text : '';
    return {
      from: [s.name, s.street, [s.city, s.zip].filter(Boolean).join(', '), formatIsoDate(this.today(), uiLocale())]
        .filter(Boolean)
        .join('\n'),
      to: [[title, o.name].filter(Boolean).join(' '), a && [a.street, a.suite].filter(Boolean).join(', '), a && `${a.city}, ${a.state} ${a.zip}`]
        .filter(Boolean)
        .join('\n'),
      body: `${this.messageFor(o, campaign, 'letter')}\n\n${msg('Sincerely,')}\n${s.name ?? ''}`,
    };
  }

  private renderLetter(o: Official, campaign: Campaign | undefined): TemplateResult {
    const l = this.letterText(o, campaign);
    return html`<div class="letter" lang=${this.locale}>
      <p>${l.from}</p>
      <br />
      <p>${l.to}</p>
      <br />
      <p>${l.body}</p>
    </div>`;
  }

  private renderLetterPanel(o: Official, campaign: Campaign | undefined): TemplateResult {
    return html`<p>${msg('Print this letter, sign it and mail it to the office address.')}</p>
      ${this.renderLetter(o, campaign)}
      <div class="row">
        <button type="button" @click=${() => this.print()}>${msg('Print letter')}</button>
      </div>`;
  }

  private renderSender(o: Official, campaign: Campaign | undefined, channel: Channel): TemplateResult {
    const labels: Record<SenderField, string> = {
      name: msg('Your name'),
      zip: msg('ZIP code'),
      street: msg('Street address (optional)'),
      city: msg('City (optional)'),
      email: msg('Email (optional)'),
    };
    const auto: Record<SenderField, string> = {name: 'name', zip: 'postal-code', street: 'street-address', city: 'address-level2', email: 'email'};
    const messageError = this.errors.message;
    return html`<form part="sender" novalidate @submit=${(e: Event) => e.preventDefault()}>
      <p class="subtitle">${msg('Your details and message')}</p>
      <p class="small muted">${msg('Kept only on this device until you close this tab. Nothing is sent from here.')}</p>
      ${FIELDS.map((f) => {
        const error = this.errors[f];
        return html`<label>
          <span>${labels[f]}</span>
          <input
            id=${`sender-${f}`}
            name=${f}
            autocomplete=${auto[f]}
            type=${f === 'email' ? 'email' : 'text'}
            inputmode=${f === 'zip' ? 'numeric' : nothing}
            aria-invalid=${error ? 'true' : 'false'}
            aria-describedby=${error ? `error-${f}` : nothing}
            .value=${this.sender[f] ?? ''}
            @input=${(e: Event) => this.setField(f, (e.target as HTMLInputElement).value)}
          />
          ${error ? html`<span id=${`error-${f}`} class="error">${errorText(error)}</span>` : nothing}
        </label>`;
      })}
      ${channel === 'call' && campaign
        ? nothing
        : html`<label>
        <span>${msg('Your message (you can edit it)')}</span>
        <textarea
          id="sender-message"
          aria-invalid=${messageError ? 'true' : 'false'}
          aria-describedby=${messageError ? 'error-message' : nothing}
          .value=${this.messageFor(o, campaign, channel)}
          @input=${(e: Event) => {
            this.message = (e.target as HTMLTextAreaElement).value;
            this.saveDraft();
          }}
        ></textarea>
        ${messageError ? html`<span id="error-message" class="error">${msg('Write your message.')}</span>` : nothing}
      </label>`}
      <div class="row">
        <button type="button" class="secondary" @click=${() => this.clearAll()}>${msg('Clear my information')}</button>
      </div>
    </form>`;
  }

  private renderOutcomes(o: Official, channel: Channel): TemplateResult {
    const options = channel === 'call' ? ['talked', 'voicemail', 'busy', 'skip'] : ['sent', 'skip'];
    return html`<div class="row" role="group" aria-label=${msg('How did it go?')}>
      ${options.map(
        (outcome) => html`<button type="button" class="secondary" @click=${() => this.record(o, channel, outcome)}>
          ${outcomeLabel(outcome)}
        </button>`,
      )}
    </div>`;
  }

  private renderDone(campaign: Campaign | undefined): TemplateResult {
    const count = Object.values(this.outcomes).filter((o) => o.outcome !== 'skip').length;
    const endpoint = safeUrl(this.submitEndpoint, {protocols: ['https:', 'http:']});
    return html`<section part="done" aria-labelledby="done">
      <div id="done" tabindex="-1" role="heading" aria-level=${this.headingLevel + 1} class="subtitle">
        ${msg('Thank you for speaking up!')}
      </div>
      <p>${count === 1 ? msg('You contacted 1 official.') : msg(str`You contacted ${count} officials.`)}</p>
      ${endpoint && this.sendState !== 'sent' ? this.renderReport(campaign) : nothing}
      ${this.sendState === 'sent' ? html`<p class="notice">${msg('Sent. Thank you!')}</p>` : nothing}
      <div class="row">
        <button type="button" class="secondary" @click=${() => this.restart()}>${msg('Start again')}</button>
        <button type="button" class="secondary" @click=${() => this.clearAll()}>${msg('Clear my information')}</button>
      </div>
    </section>`;
  }

  private renderReport(campaign: Campaign | undefined): TemplateResult {
    const missing = this.consent && (!this.sender.name || !this.sender.email);
    return html`<form novalidate @submit=${(e: Event) => this.send(e, campaign)}>
      <p class="small">
        ${msg('Send the organization which officials you contacted and how (no name, no address), so it knows what works.')}
      </p>
      <label class="choice">
        <input type="checkbox" .checked=${this.consent} @change=${(e: Event) => (this.consent = (e.target as HTMLInputElement).checked)} />
        <span>${consentText()}</span>
      </label>
      ${this.consent
        ? html`${(['name', 'email'] as const).map(
            (f) => html`<label>
              <span>${f === 'name' ? msg('Your name') : msg('Email')}</span>
              <input
                name=${f}
                type=${f === 'email' ? 'email' : 'text'}
                autocomplete=${f}
                .value=${this.sender[f] ?? ''}
                @input=${(e: Event) => this.setField(f, (e.target as HTMLInputElement).value)}
              />
            </label>`,
          )}`
        : nothing}
      <div class="honeypot visually-hidden" aria-hidden="true">
        <label>${msg('Leave this field empty')} <input name="website" tabindex="-1" autocomplete="off" @input=${(e: Event) => (this.honeypot = (e.target as HTMLInputElement).value)} /></label>
      </div>
      ${this.sendState === 'failed'
        ? html`<p class="notice" data-tone="error" role="alert">
            ${msg('We could not send it. Your information is still here; please try again.')}
          </p>`
        : nothing}
      <button type="submit" ?disabled=${this.sendState === 'sending' || missing}>
        ${this.sendState === 'failed' ? msg('Try again') : msg('Send')}
      </button>
    </form>`;
  }

  private renderPrint(dataset: Dataset): TemplateResult | typeof nothing {
    const o = dataset.officials.find((x) => x.id === this.activeId);
    return o ? html`<div class="print" aria-hidden="true">${this.renderLetter(o, this.activeCampaign(dataset))}</div>` : nothing;
  }

  // ---------------------------------------------------------------- actions

  private setField(field: SenderField, value: string): void {
    this.sender = {...this.sender, [field]: value};
    if (this.errors[field]) this.errors = {...this.errors, [field]: undefined};
    this.saveDraft();
  }

  /** Validates the sender's details and message; shows inline errors and focuses the first. */
  private validate(body: string): boolean {
    const result = validateSender(this.sender);
    const errors: typeof this.errors = result.ok ? {} : {...result.errors};
    if (!body.trim()) errors.message = 'required';
    this.errors = errors;
    const first = [...FIELDS, 'message'].find((f) => errors[f as SenderField]);
    if (!first) return true;
    this.announcement = msg('Please check your details.');
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#sender-${first}`)?.focus());
    return false;
  }

  /** The message as shown in the editor right now. */
  private currentMessage(): string {
    return this.renderRoot.querySelector<HTMLTextAreaElement>('#sender-message')?.value ?? '';
  }

  private checkSender(event: Event): void {
    if (!this.validate(this.currentMessage())) event.preventDefault();
  }

  private async copy(text: string): Promise<boolean> {
    try {
      await navigator.clipboard.writeText(text);
      this.announcement = msg('Message copied.');
      return true;
    } catch {
      const area = this.renderRoot.querySelector<HTMLTextAreaElement>('#sender-message');
      area?.focus();
      area?.select();
      this.announcement = msg('Select the message and copy it.');
      return false;
    }
  }

  private async copyAndOpen(url: string | undefined): Promise<void> {
    const body = this.currentMessage();
    if (!this.validate(body)) return;
    await this.copy(body);
    if (url) this.openWindow(url);
  }

  /** Prints only the letter: a document-level stylesheet hides the page while it prints. */
  private async print(): Promise<void> {
    if (!this.validate(this.currentMessage())) return;
    this.printing = true;
    await this.updateComplete;
    try {
      printOnly(this, '20mm');
    } finally {
      this.printing = false;
    }
  }

  private record(o: Official, channel: Channel, outcome: string): void {
    this.outcomes = {...this.outcomes, [o.id]: {channel, outcome}};
    this.saveDraft();
    this.emit<ContactDetail>('amparo-contact', {officialId: o.id, channel, outcome});
    const data = this.datasetResult;
    const campaign = data?.ok ? this.activeCampaign(data.data) : undefined;
    if (campaign && data?.ok) {
      const date = this.today();
      const targets = officialsFor(data.data.officials, this.chosen, date).filter((x) => isTarget(campaign, x) && inOffice(x, date));
      const next = targets.find((x) => !this.outcomes[x.id]);
      this.announcement = msg(str`${Object.keys(this.outcomes).length} of ${targets.length} contacted`);
      if (next) {
        void this.open(next.id);
        return;
      }
      void this.finish();
      return;
    }
    this.announcement = outcomeLabel(outcome);
    this.close();
  }

  private close(): void {
    const id = this.activeId;
    this.activeId = undefined;
    void this.updateComplete.then(() =>
      [...this.renderRoot.querySelectorAll<HTMLElement>('.official button')].find((b) => b.textContent?.includes(this.nameOf(id)))?.focus(),
    );
  }

  private nameOf(id: string | undefined): string {
    const data = this.datasetResult;
    const o = data?.ok ? data.data.officials.find((x) => x.id === id) : undefined;
    return o ? this.whoText(o) : '\uE000';
  }

  private async finish(): Promise<void> {
    this.done = true;
    this.activeId = undefined;
    // Completion clears the draft unless there is still something to send.
    if (!safeUrl(this.submitEndpoint, {protocols: ['https:', 'http:']})) this.store?.clear();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#done')?.focus();
  }

  private async send(event: Event, campaign: Campaign | undefined): Promise<void> {
    event.preventDefault();
    const endpoint = safeUrl(this.submitEndpoint, {protocols: ['https:', 'http:']});
    if (!endpoint) return;
    this.sendState = 'sending';
    const data = this.datasetResult;
    const payload = buildPayload({
      campaignId: campaign?.id,
      outcomes: data?.ok ? outcomesInOffice(this.outcomes, data.data.officials, this.today()) : this.outcomes,
      sender: this.sender,
      consent: this.consent,
      consentText: consentText(),
      lang: this.locale,
    });
    const result = await submit(endpoint, payload, {...this.submitOptions(), honeypot: this.honeypot});
    this.sendState = result.ok ? 'sent' : 'failed';
    if (result.ok) {
      this.store?.clear();
      this.announcement = msg('Sent. Thank you!');
    }
  }

  private restart(): void {
    this.done = false;
    this.outcomes = {};
    this.sendState = 'idle';
    this.saveDraft();
  }

  /** Forgets everything the person entered, here and in sessionStorage. */
  private clearAll(): void {
    this.store?.clear();
    this.sender = {};
    this.message = undefined;
    this.outcomes = {};
    this.errors = {};
    this.zipInput = this.address = '';
    this.result = undefined;
    this.addressFailed = false;
    this.chosen = {};
    this.activeId = undefined;
    this.done = false;
    this.consent = false;
    this.sendState = 'idle';
    this.phase = 'idle';
    this.announcement = msg('Your information was cleared.');
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#zip')?.focus());
  }

  // ---------------------------------------------------------------- text helpers

  private text(value: LocalizedText): TemplateResult {
    const picked = pickText(value, this.locale);
    return html`<span lang=${picked.lang} dir=${directionOf(picked.lang)}>${picked.text}</span>`;
  }

  /** The seat's title in the visitor's language, from the record ("Assemblymember"). */
  private titleText(o: Official): string {
    return o.title ? pickText(o.title as LocalizedText, this.locale).text : bodyLabel(o.body);
  }

  private whoText(o: Official): string {
    const title = this.titleText(o);
    return o.status === 'vacant' ? `${title} (${msg('vacant')})` : `${title} ${o.name ?? ''}`.trim();
  }
}

function bodyLabel(body: string): string {
  return (CHAMBERS as readonly string[]).includes(body) ? chamberLabel(body as Chamber) : body;
}

function channelLabel(c: Channel): string {
  return c === 'call' ? msg('Call') : c === 'email' ? msg('Email') : c === 'webform' ? msg('Web form') : msg('Letter');
}

function outcomeLabel(outcome: string): string {
  switch (outcome) {
    case 'talked':
      return msg('I talked to someone');
    case 'voicemail':
      return msg('I left a voicemail');
    case 'busy':
      return msg('Busy or no answer');
    case 'sent':
      return msg('I sent it');
    default:
      return msg('Skip');
  }
}

function errorText(error: SenderError): string {
  switch (error) {
    case 'zip':
      return msg('Enter a 5-digit ZIP code.');
    case 'email':
      return msg('Enter an email address like name@example.com.');
    case 'too-long':
      return msg('This is too long.');
    default:
      return msg('This field is required.');
  }
}

const consentText = () => msg('Yes, the organization may contact me about this campaign (optional).');
