/** A California law on the holder side, with its ledger status. */
import {html, nothing, type TemplateResult} from 'lit';
import {msg, str} from '@lit/localize';
import type {CaliforniaLaw, LawStatus} from '../../core/dataset/schema/index.js';
import {formatIsoDate} from '../../core/format.js';
import {lawStatus} from './content.js';
import {ui, type CardState} from './view-kit.js';

/**
 * A California law with its ledger status: the label and date in the interface language, what
 * is blocked (`statusNote`) in the card language, and a warning once the status is old.
 */
export function lawView(law: CaliforniaLaw, {now, text}: Pick<CardState, 'now' | 'text'>): TemplateResult {
  const status = lawStatus(law, now);
  const {lang, dir} = ui();
  return html`<div class="law" data-status=${status?.status ?? nothing}>
    <p><strong>${law.citation}</strong> ${text(law.text)}</p>
    ${status
      ? html`<p class="law-status small">
          <strong lang=${lang} dir=${dir}
            >${status.status === 'in-force' ? '' : '⚠ '}${lawStatusLabel(status.status, formatIsoDate(status.asOf, lang))}</strong
          >
          ${law.statusNote ? text(law.statusNote) : nothing}
          ${status.stale
            ? html`<span class="stale" lang=${lang} dir=${dir}>${msg('This may have changed since then. Ask a lawyer.')}</span>`
            : nothing}
        </p>`
      : nothing}
  </div>`;
}

/** The short label of a law status with its date, in the interface language. */
function lawStatusLabel(status: LawStatus, date: string): string {
  switch (status) {
    case 'in-force':
      return msg(str`In force (as of ${date})`);
    case 'partly-blocked':
      return msg(str`Partly blocked by a court (as of ${date})`);
    case 'blocked-for-federal-officers':
      return msg(str`Blocked by a court for federal officers (as of ${date})`);
    case 'in-litigation':
      return msg(str`Challenged in court (as of ${date})`);
  }
}
