/** The printed wallet cards (only rendered while printing; only `@media print` shows them). */
import {html, nothing, type TemplateResult} from 'lit';
import {msg} from '@lit/localize';
import {ui, type CardState} from './view-kit.js';

/** Wallet cards for print: front in the holder's language, back in English, with a fold line. */
export function printView({edition, locale, dir, hotlines, printing, text}: CardState): TemplateResult {
  const copies = printing === 'sheet' ? 4 : 1;
  const hotline = hotlines[0];
  const statement = edition.agentStatement;
  const {lang, dir: uiDir} = ui();
  const card = html`<div class="print-card">
    <div class="face" lang=${locale} dir=${dir}>
      <p class="face-title" lang=${lang} dir=${uiDir}>${msg('Know your rights')}</p>
      ${statement.lines.map((line) => html`<p>${text(line)}</p>`)}
      ${hotline ? html`<p class="face-hotline">☎ <bdi dir="ltr">${hotline.phones[0]!.number}</bdi></p>` : nothing}
    </div>
    <div class="face" lang="en" dir="ltr">
      ${statement.title ? html`<p class="face-title">${statement.title.en}</p>` : nothing}
      ${statement.lines.map((line) => html`<p>${line.en}</p>`)}
    </div>
  </div>`;
  return html`<div class="print" data-layout=${printing!} aria-hidden="true">${Array.from({length: copies}, () => card)}</div>`;
}
