/**
 * The optional report to the site's `submit-endpoint` as a Lit reactive controller: the consent
 * box, the honeypot, and the state of the send (submit.ts sends it and retries).
 */
import type {ReactiveController} from 'lit';
import type {ContactHost} from './host.js';
import {submit, type Payload, type SubmitOptions} from './submit.js';

export type SendState = 'idle' | 'sending' | 'sent' | 'failed';

export class SendController implements ReactiveController {
  state: SendState = 'idle';
  /** The person ticked "the organization may contact me". */
  consent = false;
  /** The hidden field only bots fill in. */
  honeypot = '';

  constructor(private readonly host: ContactHost) {
    host.addController(this);
  }

  /** Nothing to set up: a send starts only on the person's click. */
  hostConnected(): void {}

  /** The person ticked or unticked the consent box. */
  setConsent(consent: boolean): void {
    this.consent = consent;
    this.host.requestUpdate();
  }

  /** Sends `payload`; resolves with whether it was sent (or dropped as a bot's). */
  async send(endpoint: string, payload: Payload, options: SubmitOptions): Promise<boolean> {
    this.state = 'sending';
    this.host.requestUpdate();
    const result = await submit(endpoint, payload, {...options, honeypot: this.honeypot});
    this.state = result.ok ? 'sent' : 'failed';
    this.host.requestUpdate();
    return result.ok;
  }

  /** Back to a report not sent yet; `forgetConsent` unticks the box too ("Clear my information"). */
  reset(forgetConsent = false): void {
    this.state = 'idle';
    if (forgetConsent) this.consent = false;
    this.host.requestUpdate();
  }
}
