import {html, nothing, type PropertyValues} from 'lit';
import {property, state} from 'lit/decorators.js';
import {msg} from '@lit/localize';
import {AmparoElement} from '../../core/base-element.js';
import {ContentText} from '../../core/content-text.js';
import type {Campaign, Dataset} from '../../core/dataset/schema/index.js';
import {languageChoice} from '../../core/language-choice.js';
import {printOnly} from '../../core/print.js';
import {safeUrl} from '../../core/safe-url.js';
import {letterView} from './channels-view.js';
import type {ViewActions, ViewState} from './context.js';
import {DraftController} from './draft-controller.js';
import {doneView} from './done-view.js';
import {focusAfterRender} from './host.js';
import {LastStepController} from './last-step-controller.js';
import {consentText, contactedOf, outcomeLabel} from './labels.js';
import {LookupController} from './lookup-controller.js';
import {campaignView, lookupForm} from './lookup-view.js';
import {isTarget, officialsFor, type Channel} from './lookup.js';
import {resultsView} from './officials-view.js';
import {SendController} from './send-controller.js';
import {buildPayload, type SubmitOptions} from './submit.js';
import {inOffice, outcomesInOffice, warnEndedTerms} from './terms.js';
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
 * @attr zip - A ZIP code to look up when the widget loads (`94110`, or a ZIP+4 such as `94110-1234`).
 * @attr channels - Comma list of `call`, `email`, `webform`, `letter` (default: all, in the campaign's order).
 * @attr lookup-endpoint - Optional URL template with `{zip}` and `{address}` on the site's own server,
 *   returning `{"districts": ["ocd-division/…"]}` (or Google's `divisions`); enables the street address field.
 * @attr submit-endpoint - Optional URL of the site's endpoint: outcomes (no personal data) and, with consent,
 *   sign-up details are POSTed there as JSON in a `text/plain` body (a CORS simple request: no preflight, no
 *   cookies). Every report carries `submissionId`, a random UUID that is the same in each retry (up to 3 POSTs,
 *   on a network error, a time-out or a 5xx; never after a 4xx), in "Try again" and after a reload: store a
 *   report once per `submissionId` (a repeat is the same report; the latest has the person's latest consent
 *   choice). Answer 2xx when stored (README, `submit-endpoint`).
 * @attr heading-level - Level of the widget's heading (default 2).
 * @attr calendar-page - Address of the site's page with `<amparo-event-calendar>`, for the next events offered
 *   on the last step when the calendar is not on this page (overrides the script's `data-calendar-page`).
 *
 * @fires amparo-contact - The person recorded an outcome. Detail: `{officialId, channel, outcome}`.
 *
 * @csspart language - The language choice (the interface languages by their own names) and its machine-translation note.
 * @csspart campaign - The campaign's ask, talking points and deadline.
 * @csspart lookup - The ZIP (and address) form.
 * @csspart officials - The list of officials.
 * @csspart official - One official.
 * @csspart contact - The contact panel for one official.
 * @csspart sender - The sender's details and message.
 * @csspart done - The thank-you screen: the next town halls and workshops near the person, the host organization's
 *   volunteer and donate links (the dataset's `meta.publisher`), and the optional report.
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

  /** The official whose contact panel is open, and the channel chosen there. */
  @state() private activeId?: string;
  @state() private channel?: Channel;
  /** The thank-you screen is shown. */
  @state() private done = false;
  /** What the live region says. */
  @state() private announcement = '';
  /** The letter is being printed. */
  @state() private printing = false;

  /** Dataset text (campaigns, scripts, titles) in the visitor's language, with the fallback notice. */
  private readonly content = new ContentText(this, () => this.locale);
  /** The person's details, message and outcomes (sessionStorage). */
  private readonly draft = new DraftController(this);
  /** ZIP -> tables -> districts, and the site's address lookup. */
  private readonly lookup = new LookupController(this, this.draft, {
    today: () => this.today(),
    timeoutMs: () => this.lookupTimeoutMs(),
    base: () => this.effectiveDatasetUrl ?? document.baseURI,
    announce: (text) => (this.announcement = text),
  });
  /** The report to the site's `submit-endpoint`. */
  private readonly sending = new SendController(this);
  /** The last step's lazy part: next events near the person, support links, the report form. */
  private readonly lastStep = new LastStepController(this);
  private termsChecked?: Dataset;
  private autoLooked = false;

  /** How long the site's `lookup-endpoint` may take before the ZIP result is used alone (a seam for tests). */
  protected lookupTimeoutMs(): number {
    return 8000;
  }

  /** Retries, back-off and time-out of the report to `submit-endpoint` (a seam for tests; defaults in submit.ts). */
  protected submitOptions(): SubmitOptions {
    return {};
  }

  /** Now (UTC ms), for the next events of the last step (a seam for tests). */
  protected now(): number {
    return Date.now();
  }

  /** Opens the official form (a seam for tests). */
  protected openWindow(url: string): void {
    window.open(url, '_blank', 'noopener,noreferrer');
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const data = this.datasetResult;
    if (data?.ok && this.termsChecked !== data.data) {
      this.termsChecked = data.data;
      warnEndedTerms(data.data.officials, this.today());
    }
    if (data?.ok && this.zip && !this.autoLooked) {
      // The `zip` attribute is looked up once, when the dataset is ready (focus stays where it is).
      this.autoLooked = true;
      void this.updateComplete.then(() => this.actions.find(data.data, false));
    }
  }

  private activeCampaign(dataset: Dataset): Campaign | undefined {
    return this.campaign ? dataset.campaigns.find((c) => c.id === this.campaign) : undefined;
  }

  /** The site's `submit-endpoint`, if it is a safe http(s) URL. */
  private get reportUrl(): string | undefined {
    return safeUrl(this.submitEndpoint, {protocols: ['https:', 'http:']});
  }

  // ---------------------------------------------------------------- render

  /** What the views do when the person acts. */
  private readonly actions: ViewActions = {
    find: (dataset, focus) => {
      this.activeId = undefined;
      return this.lookup.lookup(dataset, focus);
    },
    open: async (id) => {
      // A campaign's text is written for each target: the next one starts from its own template.
      if (this.campaign && id !== this.activeId) this.draft.startMessage();
      this.activeId = id;
      this.channel = undefined;
      await focusAfterRender(this, '#contact');
    },
    // Back to the list, on the official's Contact button.
    close: () => {
      const id = this.activeId ?? '';
      this.activeId = undefined;
      void focusAfterRender(this, `[data-official="${CSS.escape(id)}"]`);
    },
    finish: async () => {
      // The last step's part is usually there since the first outcome; else it follows the thank-you.
      void this.lastStep.load();
      this.done = true;
      this.activeId = undefined;
      // Completion clears the draft unless there is still something to send.
      if (!this.reportUrl) this.draft.discard();
      await focusAfterRender(this, '#done');
    },
    setChannel: (channel) => (this.channel = channel),
    record: (o, channel, outcome) => {
      this.draft.record(o.id, channel, outcome);
      void this.lastStep.load();
      this.emit<ContactDetail>('amparo-contact', {officialId: o.id, channel, outcome});
      const data = this.datasetResult;
      const campaign = data?.ok ? this.activeCampaign(data.data) : undefined;
      if (campaign && data?.ok) {
        const date = this.today();
        const outcomes = this.draft.outcomes;
        const targets = officialsFor(data.data.officials, this.lookup.chosen, date).filter((x) => isTarget(campaign, x) && inOffice(x, date));
        const next = targets.find((x) => !outcomes[x.id]);
        this.announcement = contactedOf(Object.keys(outcomes).length, targets.length);
        void (next ? this.actions.open(next.id) : this.actions.finish());
        return;
      }
      this.announcement = outcomeLabel(outcome);
      this.actions.close();
    },
    copy: () => this.copy(this.currentMessage()),
    copyAndOpen: async (url) => {
      const body = this.currentMessage();
      if (!this.valid(body)) return;
      await this.copy(body);
      if (url) this.openWindow(url);
    },
    checkSender: (event) => {
      if (!this.valid()) event.preventDefault();
    },
    // Prints only the letter: a document-level stylesheet hides the page while it prints.
    print: async () => {
      if (!this.valid()) return;
      this.printing = true;
      await this.updateComplete;
      try {
        printOnly(this, '20mm');
      } finally {
        this.printing = false;
      }
    },
    send: async (event, campaign) => {
      event.preventDefault();
      const endpoint = this.reportUrl;
      // The button stays focusable while a send runs (a disabled button drops focus): one at a time.
      if (!endpoint || this.sending.state === 'sending') return;
      const data = this.datasetResult;
      const {outcomes, sender} = this.draft;
      const payload = buildPayload({
        submissionId: this.draft.reportId(),
        campaignId: campaign?.id,
        outcomes: data?.ok ? outcomesInOffice(outcomes, data.data.officials, this.today()) : outcomes,
        sender,
        consent: this.sending.consent,
        consentText: consentText(),
        lang: this.locale,
      });
      const sent = await this.sending.send(endpoint, payload, this.submitOptions());
      if (sent) {
        this.draft.discard();
        this.announcement = msg('Sent. Thank you!');
      }
      // The form gave way to the confirmation, or its button now says "Try again".
      await focusAfterRender(this, sent ? '#sent' : '#send');
    },
    restart: () => {
      this.done = false;
      this.draft.restart();
      this.sending.reset();
      void focusAfterRender(this, '#results', '#zip');
    },
    // Forgets everything the person entered, here and in sessionStorage.
    clearAll: () => {
      this.draft.clear();
      this.lookup.clear();
      this.sending.reset(true);
      this.activeId = undefined;
      this.done = false;
      this.announcement = msg('Your information was cleared.');
      void focusAfterRender(this, '#zip');
    },
  };

  private viewState(dataset: Dataset): ViewState {
    return {
      dataset,
      campaign: this.activeCampaign(dataset),
      date: this.today(),
      now: this.now(),
      host: this,
      lastStep: this.lastStep.part,
      locale: this.locale,
      content: this.content,
      level: this.headingLevel,
      channels: this.channels,
      withAddress: !!this.lookupEndpoint,
      canReport: !!this.reportUrl,
      lookup: this.lookup,
      draft: this.draft,
      sending: this.sending,
      activeId: this.activeId,
      channel: this.channel,
    };
  }

  protected renderContent(dataset: Dataset): unknown {
    const s = this.viewState(dataset);
    const {campaign} = s;
    const a = this.actions;
    const printed = this.printing && dataset.officials.find((x) => x.id === this.activeId);
    return html`<div class="wrap frame">
        <div class="top">
          <div role="heading" aria-level=${s.level} class="title">
            ${campaign ? this.content.text(campaign.title) : msg('Contact your officials')}
          </div>
          ${languageChoice('contact-language')}
        </div>
        ${this.campaign && !campaign
          ? html`<p class="notice" data-tone="warning">${msg('This campaign is not available. You can still contact your officials.')}</p>`
          : nothing}
        ${campaign ? campaignView(s, campaign) : nothing}
        ${this.done ? doneView(s, a) : html`${lookupForm(s, a)} ${resultsView(s, a)}`} ${this.content.notice()}
        <p class="visually-hidden" role="status" aria-live="polite">${this.announcement}</p>
      </div>
      ${printed ? html`<div class="print" aria-hidden="true">${letterView(s, printed, s.date)}</div>` : nothing}`;
  }

  // ---------------------------------------------------------------- helpers

  /** Validates the sender's details and `body`; shows inline errors and focuses the first. */
  private valid(body = this.currentMessage()): boolean {
    const first = this.draft.validate(body);
    if (!first) return true;
    this.announcement = msg('Please check your details.');
    void focusAfterRender(this, `#sender-${first}`);
    return false;
  }

  /** The message as shown in the editor right now. */
  private currentMessage(): string {
    return this.renderRoot.querySelector<HTMLTextAreaElement>('#sender-message')?.value ?? '';
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
}

