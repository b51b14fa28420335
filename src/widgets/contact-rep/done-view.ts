/**
 * The thank-you screen, with the optional report to the site's `submit-endpoint` (outcomes only;
 * sign-up details only with the consent box ticked). Plain functions of the view state.
 */
import {html, nothing, type TemplateResult} from 'lit';
import {msg} from '@lit/localize';
import type {ViewActions, ViewState} from './context.js';
import {consentText, contactedCount} from './labels.js';

export function doneView(s: ViewState, a: ViewActions): TemplateResult {
  const count = Object.values(s.draft.outcomes).filter((o) => o.outcome !== 'skip').length;
  const sent = s.sending.state === 'sent';
  return html`<section part="done" aria-labelledby="done">
    <div id="done" tabindex="-1" role="heading" aria-level=${s.level + 1} class="subtitle">${msg('Thank you for speaking up!')}</div>
    <p>${contactedCount(count)}</p>
    ${s.canReport && !sent ? reportForm(s, a) : nothing}
    ${sent ? html`<p id="sent" class="notice" tabindex="-1">${msg('Sent. Thank you!')}</p>` : nothing}
    <div class="row">
      <button type="button" class="secondary" @click=${a.restart}>${msg('Start again')}</button>
      <button type="button" class="secondary" @click=${a.clearAll}>${msg('Clear my information')}</button>
    </div>
  </section>`;
}

function reportForm(s: ViewState, a: ViewActions): TemplateResult {
  const {draft, sending} = s;
  const missing = sending.consent && (!draft.sender.name || !draft.sender.email);
  const failed = sending.state === 'failed';
  return html`<form novalidate @submit=${(e: Event) => a.send(e, s.campaign)}>
    <p class="small">
      ${msg('Send the organization which officials you contacted and how (no name, no address), so it knows what works.')}
    </p>
    <label class="choice">
      <input type="checkbox" .checked=${sending.consent} @change=${(e: Event) => sending.setConsent((e.target as HTMLInputElement).checked)} />
      <span>${consentText()}</span>
    </label>
    ${sending.consent
      ? (['name', 'email'] as const).map(
          (f) => html`<label>
            <span>${f === 'name' ? msg('Your name') : msg('Email')}</span>
            <input
              name=${f}
              type=${f === 'email' ? 'email' : 'text'}
              autocomplete=${f}
              .value=${draft.sender[f] ?? ''}
              @input=${(e: Event) => draft.setField(f, (e.target as HTMLInputElement).value)}
            />
          </label>`,
        )
      : nothing}
    <div class="honeypot visually-hidden" aria-hidden="true">
      <label>${msg('Leave this field empty')} <input name="website" tabindex="-1" autocomplete="off" @input=${(e: Event) => (sending.honeypot = (e.target as HTMLInputElement).value)} /></label>
    </div>
    ${failed
      ? html`<p class="notice" data-tone="error" role="alert">${msg('We could not send it. Your information is still here; please try again.')}</p>`
      : nothing}
    <button id="send" type="submit" ?disabled=${missing} aria-disabled=${sending.state === 'sending' ? 'true' : 'false'}>
      ${failed ? msg('Try again') : msg('Send')}
    </button>
  </form>`;
}
