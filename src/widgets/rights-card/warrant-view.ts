/** The warrant checker of the "at the door" situation. */
import {html, nothing, type TemplateResult} from 'lit';
import {msg} from '@lit/localize';
import {assessWarrant} from './content.js';
import {ui, type CardActions, type CardState} from './view-kit.js';

/** The checklist of the paper agents show, with the reading of what is ticked and the caveat. */
export function warrantView({edition, text, checked}: CardState, actions: CardActions): TemplateResult {
  const checklist = edition.warrantChecklist!;
  const verdict = assessWarrant(checklist.items, checked);
  const {lang, dir} = ui();
  return html`<fieldset class="warrant">
    <legend lang=${lang} dir=${dir}>${msg('Check the paper they show you. Does it have:')}</legend>
    ${checklist.items.map(
      (item, i) => html`<label class="check">
        <input type="checkbox" .checked=${checked.has(i)} @change=${() => actions.toggleCheck(i)} />
        ${text(item.text)}
      </label>`,
    )}
    <p class="verdict" role="status" lang=${lang} dir=${dir} data-verdict=${verdict}>
      ${verdict === 'administrative'
        ? msg(
            'This looks like an administrative (ICE) warrant. It is not signed by a judge and does not, by itself, let agents enter your home. Keep the door closed.',
          )
        : verdict === 'judicial'
          ? msg('This may be a warrant signed by a judge. If agents come in, do not resist. Stay silent and ask for a lawyer.')
          : msg('Mark what you see on the paper. If you are not sure, keep the door closed.')}
    </p>
    ${checklist.caveat ? html`<p class="caveat">⚠ ${text(checklist.caveat.text)}</p>` : nothing}
  </fieldset>`;
}
