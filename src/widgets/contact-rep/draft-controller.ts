/**
 * What the person entered, as a Lit reactive controller: their details, their message and the
 * outcomes recorded so far, kept in sessionStorage (draft.ts) so that a reload or an accidental
 * Back loses nothing, and forgotten on completion or "Clear my information".
 */
import type {ReactiveController} from 'lit';
import {draftStore, type Draft, type DraftStore} from './draft.js';
import type {ContactHost} from './host.js';
import type {Channel} from './lookup.js';
import {validateSender, type SenderError, type SenderField} from './sender.js';
import {newSubmissionId} from './submit.js';
import type {Sender} from './template.js';

export type Outcomes = NonNullable<Draft['outcomes']>;

/** The sender's fields, in the order they are shown (and checked). */
export const FIELDS: readonly SenderField[] = ['name', 'zip', 'street', 'city', 'email'];

export class DraftController implements ReactiveController {
  sender: Partial<Sender> = {};
  message?: string;
  outcomes: Outcomes = {};
  errors: Partial<Record<SenderField | 'message', SenderError>> = {};
  /** The key of the report to the site, made at its first send. */
  submissionId?: string;
  private store?: DraftStore;
  private scope?: string;

  constructor(private readonly host: ContactHost & {readonly campaign?: string}) {
    host.addController(this);
  }

  /**
   * Loads the draft of the host's campaign (or of free mode, "free", without one) before the
   * first render and whenever the campaign changes.
   */
  hostUpdate(): void {
    const scope = this.host.campaign ?? 'free';
    if (scope === this.scope) return;
    this.scope = scope;
    this.store = draftStore(scope);
    const draft = this.store.load() ?? {};
    this.sender = draft.sender ?? {};
    this.message = draft.message;
    this.outcomes = draft.outcomes ?? {};
    this.submissionId = draft.submissionId;
  }

  private save(): void {
    this.store?.save({sender: this.sender, message: this.message, outcomes: this.outcomes, submissionId: this.submissionId});
    this.host.requestUpdate();
  }

  setField(field: SenderField, value: string): void {
    this.sender = {...this.sender, [field]: value};
    if (this.errors[field]) this.errors = {...this.errors, [field]: undefined};
    this.save();
  }

  /** The looked-up ZIP fills the sender's ZIP if they have not typed one. */
  prefillZip(zip: string): void {
    if (this.sender.zip) return;
    this.sender = {...this.sender, zip};
    this.host.requestUpdate();
  }

  /** The person edited the message. */
  setMessage(message: string): void {
    this.message = message;
    this.save();
  }

  /** The next official's message starts from the campaign's template (stored once edited). */
  startMessage(): void {
    this.message = undefined;
    this.host.requestUpdate();
  }

  record(officialId: string, channel: Channel, outcome: string): void {
    this.outcomes = {...this.outcomes, [officialId]: {channel, outcome}};
    this.save();
  }

  /**
   * The key of this report: made at the first send and stored with the draft, so every retry,
   * "Try again" and a send after a reload carry the same one.
   */
  reportId(): string {
    if (!this.submissionId) {
      this.submissionId = newSubmissionId();
      this.save();
    }
    return this.submissionId;
  }

  /** Starts a new round of contacts, a new report (the details and message stay). */
  restart(): void {
    this.outcomes = {};
    this.submissionId = undefined;
    this.save();
  }

  /**
   * Checks the sender's details and `body` (the message as shown); shows the errors inline and
   * returns the first field in error, if any.
   */
  validate(body: string): SenderField | 'message' | undefined {
    const result = validateSender(this.sender);
    const errors: typeof this.errors = result.ok ? {} : {...result.errors};
    if (!body.trim()) errors.message = 'required';
    this.errors = errors;
    this.host.requestUpdate();
    return [...FIELDS, 'message' as const].find((f) => errors[f]);
  }

  /** Removes the stored draft; what is on screen stays. */
  discard(): void {
    this.store?.clear();
  }

  /** Forgets everything the person entered, here and in sessionStorage. */
  clear(): void {
    this.discard();
    this.sender = {};
    this.message = undefined;
    this.outcomes = {};
    this.errors = {};
    this.submissionId = undefined;
    this.host.requestUpdate();
  }
}
