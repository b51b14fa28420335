/**
 * The thank-you screen: what the person did, and what the last step's lazy part adds once loaded
 * (last-step.ts: the next events near them, the host organization's support links, the optional
 * report). Without that part (still loading, or it failed to load) the screen still thanks and
 * offers to start again. Plain functions of the view state.
 */
import {html, nothing, type TemplateResult} from 'lit';
import {msg} from '@lit/localize';
import type {ViewActions, ViewState} from './context.js';
import {contactedCount} from './labels.js';

export function doneView(s: ViewState, a: ViewActions): TemplateResult {
  const count = Object.values(s.draft.outcomes).filter((o) => o.outcome !== 'skip').length;
  const sent = s.sending.state === 'sent';
  const part = s.lastStep;
  return html`<section part="done" aria-labelledby="done">
    <div id="done" tabindex="-1" role="heading" aria-level=${s.level + 1} class="subtitle">${msg('Thank you for speaking up!')}</div>
    <p>${contactedCount(count)}</p>
    ${part ? html`${part.nextSteps(s)} ${part.supportLinks(s)}` : nothing}
    ${part && s.canReport && !sent ? part.reportForm(s, a) : nothing}
    ${sent ? html`<p id="sent" class="notice" tabindex="-1">${msg('Sent. Thank you!')}</p>` : nothing}
    <div class="row">
      <button type="button" class="secondary" @click=${a.restart}>${msg('Start again')}</button>
      <button type="button" class="secondary" @click=${a.clearAll}>${msg('Clear my information')}</button>
    </div>
  </section>`;
}
