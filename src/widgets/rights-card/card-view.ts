/** The card around the sides: quick exit, header and language switch, trust, actions, sources. */
import {html, nothing, type TemplateResult} from 'lit';
import {msg, str} from '@lit/localize';
import type {RightsEdition} from '../../core/dataset/schema/index.js';
import {formatIsoDate} from '../../core/format.js';
import {uiLocale} from '../../core/i18n/localization.js';
import {safeUrl} from '../../core/safe-url.js';
import {editionLanguages} from './content.js';
import {nextHelpView, updatesView} from './help-view.js';
import {holderView, situationUntranslated} from './holder-view.js';
import {agentView, officerDialogView} from './officer-view.js';
import {printView} from './print-view.js';
import {isMachineTranslated} from '../../core/language-choice.js';
import type {CardActions, CardState} from './view-kit.js';

/** The whole card for one render. */
export function cardView(state: CardState, actions: CardActions): TemplateResult {
  const {side} = state;
  return html`
    ${state.canExit
      ? html`<button type="button" class="exit" part="quick-exit" @click=${actions.exit}>
          ${msg('Leave this page')}<span class="small">${msg('(or press Shift 3 times)')}</span>
        </button>`
      : nothing}
    <article class="card frame" part="card" aria-labelledby="title">
      <header class="top">
        <div id="title" role="heading" aria-level=${state.headingLevel} class="title">${msg('Know your rights')}</div>
        ${languagesView(state, actions)}
      </header>
      ${trustView(state)}
      <div class="actions" part="actions">
        <div class="sides" role="group" aria-label=${msg('Card side')}>
          <button type="button" aria-pressed=${side === 'holder'} @click=${() => actions.flip('holder')}>${msg('My side')}</button>
          <button type="button" aria-pressed=${side === 'agent'} @click=${() => actions.flip('agent')}>
            ${msg('Officer side (English)')}
          </button>
        </div>
        <button type="button" class="primary" @click=${actions.showOfficer}>${msg('Show to officer')}</button>
      </div>
      ${side === 'holder' ? html`${holderView(state, actions)}${nextHelpView(state, actions)}` : agentView(state)}
      <div class="share-row" part="actions">${state.share}</div>
      ${state.hidePrint
        ? nothing
        : html`<div class="actions print-actions" part="actions">
            <button type="button" class="secondary" @click=${() => actions.print('wallet')}>${msg('Print wallet card')}</button>
            <button type="button" class="secondary" @click=${() => actions.print('sheet')}>${msg('Print 4 cards')}</button>
          </div>`}
      ${updatesView(state)} ${sourcesView(state.edition)}
      ${state.loading || situationUntranslated(state) ? nothing : state.fallbackNotice()}
    </article>
    ${officerDialogView(state, actions)} ${state.printing ? printView(state) : nothing}
  `;
}

/** What shows when the dataset has no rights edition for California. */
export function unavailableView(): TemplateResult {
  return html`<div class="notice" part="notice" role="alert" data-tone="error">
    <p>${msg('Know-your-rights information is not available from this data source.')}</p>
    <slot></slot>
  </div>`;
}

/**
 * The card's one language control: the edition's languages, each named in itself. Choosing one
 * also sets the page's interface language when Amparo's interface has it (see the element). A
 * machine-drafted interface says so here, unless the trust line already says the card's own
 * text is a machine translation.
 */
function languagesView({edition, locale}: CardState, actions: CardActions): TemplateResult {
  const method = edition.locales.find((l) => l.locale === locale)?.method;
  return html`<div class="lang">
    <label>
      <span>${msg('Language')}</span>
      <select .value=${locale} @change=${(e: Event) => actions.chooseLocale((e.target as HTMLSelectElement).value)}>
        ${editionLanguages(edition).map(
          (l) =>
            html`<option value=${l.locale} lang=${l.locale} dir=${l.dir} ?selected=${l.locale === locale}>${l.name}</option>`,
        )}
      </select>
    </label>
    ${isMachineTranslated(uiLocale()) && method !== 'machine'
      ? html`<p class="small muted" data-kind="machine-translation">${msg('Machine translation, not yet reviewed.')}</p>`
      : nothing}
  </div>`;
}

/** Who reviewed the card and how this language was translated, and the edition's disclaimer. */
function trustView({edition, locale, text}: CardState): TemplateResult {
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
    <p>${text(edition.disclaimer)}</p>
  </div>`;
}

function sourcesView(edition: RightsEdition): TemplateResult {
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
