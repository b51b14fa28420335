/**
 * The contact panel of one official: how to contact them (call, email, web form, letter; the
 * panels are in channels-view.ts), the sender's details and message, how it went, and the way
 * back to the list. Plain functions of the view state.
 */
import {html, nothing, type TemplateResult} from 'lit';
import {msg, str} from '@lit/localize';
import type {Official} from '../../core/dataset/schema/index.js';
import {channelPanel, scriptDir, scriptLang} from './channels-view.js';
import type {ViewActions, ViewState} from './context.js';
import {FIELDS} from './draft-controller.js';
import {channelLabel, errorText, outcomeLabel, whoOf} from './labels.js';
import {channelOrder, channelsFor, type Channel} from './lookup.js';
import {messageFor} from './message.js';
import type {SenderField} from './sender.js';

const LABELS = (): Record<SenderField, string> => ({
  name: msg('Your name'),
  zip: msg('ZIP code'),
  street: msg('Street address (optional)'),
  city: msg('City (optional)'),
  email: msg('Email (optional)'),
});

const AUTOCOMPLETE: Record<SenderField, string> = {
  name: 'name',
  zip: 'postal-code',
  street: 'street-address',
  city: 'address-level2',
  email: 'email',
};

/** The contact panel of `o`, the official whose card is open. */
export function contactPanel(s: ViewState, a: ViewActions, o: Official): TemplateResult {
  const channels = channelsFor(o, channelOrder(s.channels, s.campaign));
  const channel = s.channel && channels.includes(s.channel) ? s.channel : channels[0];
  return html`<section part="contact" aria-labelledby="contact">
    <div id="contact" tabindex="-1" role="heading" aria-level=${s.level + 2} class="subtitle">
      ${msg(str`Contact ${whoOf(o, s.locale)}`)}
    </div>
    ${channels.length
      ? html`<div class="row channels" role="group" aria-label=${msg('How to contact')}>
          ${channels.map(
            (c) => html`<button type="button" aria-pressed=${c === channel} @click=${() => a.setChannel(c)}>${channelLabel(c)}</button>`,
          )}
        </div>`
      : html`<p>${msg('No contact details are available for this office.')}</p>`}
    ${channel
      ? html`${channelPanel(s, a, o, channel)} ${senderForm(s, a, o, channel)}
          <div class="row" role="group" aria-label=${msg('How did it go?')}>
            ${(channel === 'call' ? ['talked', 'voicemail', 'busy', 'skip'] : ['sent', 'skip']).map(
              (outcome) => html`<button type="button" class="secondary" @click=${() => a.record(o, channel, outcome)}>${outcomeLabel(outcome)}</button>`,
            )}
          </div>`
      : nothing}
    <button type="button" class="secondary" @click=${a.close}>${msg('Back to the list')}</button>
  </section>`;
}

/** The sender's details and the message (a campaign's call has a script instead). */
function senderForm(s: ViewState, a: ViewActions, o: Official, channel: Channel): TemplateResult {
  const {draft} = s;
  const labels = LABELS();
  const messageError = draft.errors.message;
  return html`<form part="sender" novalidate @submit=${(e: Event) => e.preventDefault()}>
    <p class="subtitle">${msg('Your details and message')}</p>
    <p class="small muted">${msg('Kept only on this device until you close this tab. Nothing is sent from here.')}</p>
    ${FIELDS.map((f) => {
      const error = draft.errors[f];
      return html`<label>
        <span>${labels[f]}</span>
        <input
          id=${`sender-${f}`}
          name=${f}
          autocomplete=${AUTOCOMPLETE[f]}
          type=${f === 'email' ? 'email' : 'text'}
          inputmode=${f === 'zip' ? 'numeric' : nothing}
          aria-invalid=${error ? 'true' : 'false'}
          aria-describedby=${error ? `error-${f}` : nothing}
          .value=${draft.sender[f] ?? ''}
          @input=${(e: Event) => draft.setField(f, (e.target as HTMLInputElement).value)}
        />
        ${error ? html`<span id=${`error-${f}`} class="error">${errorText(error)}</span>` : nothing}
      </label>`;
    })}
    ${channel === 'call' && s.campaign
      ? nothing
      : html`<label>
          <span>${msg('Your message (you can edit it)')}</span>
          <textarea
            id="sender-message"
            lang=${(channel === 'call' ? undefined : scriptLang(s, channel)) ?? nothing}
            dir=${channel === 'call' ? nothing : scriptDir(s, channel)}
            aria-invalid=${messageError ? 'true' : 'false'}
            aria-describedby=${messageError ? 'error-message' : nothing}
            .value=${messageFor(s, o, channel)}
            @input=${(e: Event) => draft.setMessage((e.target as HTMLTextAreaElement).value)}
          ></textarea>
          ${messageError ? html`<span id="error-message" class="error">${msg('Write your message.')}</span>` : nothing}
        </label>`}
    <div class="row">
      <button type="button" class="secondary" @click=${a.clearAll}>${msg('Clear my information')}</button>
    </div>
  </form>`;
}
