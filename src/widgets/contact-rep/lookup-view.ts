/**
 * The top of the contact widget: the campaign's ask (with its deadline, or that it has ended) and
 * the ZIP (and street address) form. Plain functions of the view state.
 */
import {html, nothing, type TemplateResult} from 'lit';
import {msg, str} from '@lit/localize';
import type {Campaign} from '../../core/dataset/schema/index.js';
import {formatIsoDate} from '../../core/format.js';
import {uiLocale} from '../../core/i18n/localization.js';
import type {ViewActions, ViewState} from './context.js';
import {zipProblem} from './lookup-controller.js';

/** The campaign's ask, why, talking points and deadline (or that it has ended). */
export function campaignView(s: ViewState, c: Campaign): TemplateResult {
  const text = s.content.text.bind(s.content);
  return html`<section part="campaign">
    <p>${text(c.ask)}</p>
    ${c.why ? html`<p>${text(c.why)}</p>` : nothing}
    ${c.talkingPoints?.length ? html`<ul>${c.talkingPoints.map((p) => html`<li>${text(p)}</li>`)}</ul>` : nothing}
    ${c.activeTo && c.activeTo < s.date
      ? html`<p class="notice" data-tone="warning">${msg('This campaign has ended.')}</p>`
      : c.deadline
        ? html`<p><strong>${msg(str`Deadline: ${formatIsoDate(c.deadline, uiLocale())}`)}</strong></p>`
        : nothing}
  </section>`;
}

/** The ZIP form; with the site's `lookup-endpoint`, the optional street address. */
export function lookupForm(s: ViewState, a: ViewActions): TemplateResult {
  const {lookup} = s;
  const r = lookup.result;
  // Not a ZIP, or not a California one: a problem of the field itself.
  const problem = r && !r.ok && r.reason !== 'unknown' ? zipProblem(r.reason, r.zip) : undefined;
  return html`<form
    part="lookup"
    novalidate
    @submit=${(e: Event) => {
      e.preventDefault();
      a.find(s.dataset);
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
          maxlength="20"
          aria-invalid=${problem ? 'true' : 'false'}
          aria-describedby=${problem ? 'zip-error' : nothing}
          .value=${lookup.zipInput}
          @input=${(e: Event) => lookup.set({zipInput: (e.target as HTMLInputElement).value})}
        />
      </label>
      <button type="submit" aria-disabled=${lookup.phase === 'loading' ? 'true' : 'false'}>${msg('Find my officials')}</button>
    </div>
    ${problem ? html`<p id="zip-error" class="error">${problem}</p>` : nothing}
    ${s.withAddress
      ? html`<label>
          <span>${msg('Street address (optional, for an exact match)')}</span>
          <input
            name="address"
            autocomplete="street-address"
            .value=${lookup.address}
            @input=${(e: Event) => lookup.set({address: (e.target as HTMLInputElement).value})}
          />
          <span class="small muted">${msg("Your address is sent only to this organization's website to find your districts.")}</span>
        </label>`
      : nothing}
  </form>`;
}
