/** The officer's side: always English, on the card and in the full-screen "show to officer" view. */
import {html, nothing, type TemplateResult} from 'lit';
import {msg} from '@lit/localize';
import {uiLocale} from '../../core/i18n/localization.js';
import {ui, type CardActions, type CardState} from './view-kit.js';

/** The officer side of the card, with what it says in the holder's language folded under it. */
export function agentView({edition, locale, dir, text}: CardState): TemplateResult {
  const statement = edition.agentStatement;
  const {lang, dir: uiDir} = ui();
  return html`<section class="agent" part="panel">
    <div class="english" lang="en" dir="ltr">
      ${statement.title ? html`<p class="agent-title">${statement.title.en}</p>` : nothing}
      ${statement.lines.map((line) => html`<p>${line.en}</p>`)}
    </div>
    ${locale === 'en'
      ? nothing
      : html`<details lang=${locale} dir=${dir}>
          <summary lang=${lang} dir=${uiDir}>${msg('What this side says, in your language')}</summary>
          ${statement.lines.map((line) => html`<p>${text(line)}</p>`)}
        </details>`}
  </section>`;
}

/** The full-screen English statement shown to an officer (a modal dialog). */
export function officerDialogView({edition}: CardState, actions: CardActions): TemplateResult {
  const statement = edition.agentStatement;
  return html`<dialog part="officer-view" aria-labelledby="officer-title" @close=${actions.officerClosed}>
    <div class="officer" lang="en" dir="ltr">
      <p id="officer-title" class="agent-title" tabindex="-1">${statement.title?.en ?? 'Please read'}</p>
      ${statement.lines.map((line) => html`<p>${line.en}</p>`)}
    </div>
    <button type="button" class="close" lang=${uiLocale()} @click=${actions.closeOfficer}>${msg('Close')}</button>
  </dialog>`;
}
