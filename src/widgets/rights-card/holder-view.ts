/** The holder's side: the situations as tabs, the selected one in the card language, and the local hotline. */
import {html, nothing, type TemplateResult} from 'lit';
import {msg} from '@lit/localize';
import type {Scenario} from '../../core/dataset/schema/index.js';
import {directionOf} from '../../core/locale.js';
import {telUrl} from '../../core/safe-url.js';
import {localize, untranslatedCount} from './content.js';
import {lawView} from './law-view.js';
import {ui, type CardActions, type CardState} from './view-kit.js';
import {warrantView} from './warrant-view.js';

/** Whether the holder side shows the selected situation with some of its texts in English. */
export function situationUntranslated({side, locale, loading, scenario}: CardState): boolean {
  return side === 'holder' && locale !== 'en' && !loading && untranslatedCount(scenario, locale) > 0;
}

/** The situations (WAI-ARIA tabs) and the selected one's steps, phrases, laws and caveats. */
export function holderView(state: CardState, actions: CardActions): TemplateResult {
  const {edition, locale, dir, loading, scenarios, scenario, text} = state;
  const missing = situationUntranslated(state);
  const {lang, dir: uiDir} = ui();
  return html`
    <div role="tablist" class="tabs" part="tabs" aria-label=${msg('Situations')} @keydown=${actions.tabKey}>
      ${scenarios.map(
        (s) =>
          html`<button
            type="button"
            role="tab"
            id="tab-${s.id}"
            aria-controls="panel"
            aria-selected=${s === scenario}
            tabindex=${s === scenario ? 0 : -1}
            @click=${() => actions.chooseScenario(s.id)}
          >
            ${text(s.title)}
          </button>`,
      )}
    </div>
    <section id="panel" role="tabpanel" aria-labelledby="tab-${scenario.id}" part="panel" lang=${locale} dir=${dir}>
      ${loading
        ? html`<p class="notice small" role="status" lang=${lang} dir=${uiDir}>
            ${loading === 'loading'
              ? msg('Loading this language…')
              : msg('This language could not be loaded. The card is shown in English.')}
          </p>`
        : nothing}
      ${missing
        ? html`<p class="notice small" lang=${lang} dir=${uiDir}>
            ${msg('Some parts are not translated into this language yet and are shown in English.')}
          </p>`
        : nothing}
      ${scenario.summary ? html`<p>${text(scenario.summary)}</p>` : nothing}
      <ol class="steps">
        ${scenario.steps.map((step) => html`<li>${text(step)}</li>`)}
      </ol>
      ${scenario.doNot?.length
        ? html`<p class="label" lang=${lang} dir=${uiDir}>${msg('Do not:')}</p>
            <ul class="donot">
              ${scenario.doNot.map((d) => html`<li>${text(d)}</li>`)}
            </ul>`
        : nothing}
      ${scenario.phrases?.length ? phrasesView(scenario, state, actions) : nothing}
      ${scenario.id === 'at-door' && edition.warrantChecklist ? warrantView(state, actions) : nothing}
      ${scenario.californiaLaw?.map((law) => lawView(law, state))}
      ${scenario.caveats?.map((c) => html`<p class="caveat">⚠ ${text(c.text)}</p>`)}
    </section>
    ${hotlinesView(state)}
  `;
}

/** What to say, each phrase with Listen where a recording or a voice for its language exists. */
function phrasesView(scenario: Scenario, {locale, voice}: CardState, actions: CardActions): TemplateResult {
  const {lang, dir} = ui();
  return html`<p class="label" lang=${lang} dir=${dir}>${msg('What to say:')}</p>
    <ul class="phrases">
      ${scenario.phrases!.map((p) => {
        const said = localize(p.say, locale);
        const audio = p.audio?.[said.lang];
        const canPlay = !!audio || (voice && !said.fallback);
        return html`<li>
          <q lang=${said.lang} dir=${directionOf(said.lang)}>${said.text}</q>
          ${canPlay
            ? html`<button type="button" class="secondary small" lang=${lang} dir=${dir} @click=${() =>
                actions.listen(said.text, audio)}>
                ${msg('Listen')}<span class="visually-hidden">: ${said.text}</span>
              </button>`
            : nothing}
        </li>`;
      })}
    </ul>`;
}

/** The county's rapid-response lines, dialable, with their verification. */
function hotlinesView({hotlines, text}: CardState): TemplateResult | typeof nothing {
  if (!hotlines.length) return nothing;
  return html`<section class="hotlines" aria-label=${msg('Rapid-response hotline')}>
    <p class="label">${msg('To report immigration enforcement near you, call:')}</p>
    ${hotlines.map((h) => {
      const phone = h.phones[0]!;
      const href = telUrl(phone.number);
      return html`<p>
        ${text(h.name)}:
        ${href ? html`<a href=${href} class="phone" dir="ltr">${phone.number}</a>` : html`<bdi>${phone.number}</bdi>`}
        ${h.verification?.status === 'verified' ? nothing : html`<span class="muted small">(${msg('not verified')})</span>`}
        ${h.verification?.status === 'doubtful' && h.verification.note
          ? html`<br /><span class="caveat small">⚠ ${text(h.verification.note)}</span>`
          : nothing}
      </p>`;
    })}
  </section>`;
}
