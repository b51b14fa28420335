/**
 * The contact widget's results: the districts to choose, the campaign's progress and the list of
 * seat cards (an official to contact, a vacancy, or a term that has ended; the open one with its
 * contact panel). Plain functions of the view state.
 */
import {html, nothing, type TemplateResult} from 'lit';
import {msg, str} from '@lit/localize';
import type {Official} from '../../core/dataset/schema/index.js';
import {contactPanel} from './contact-view.js';
import type {ViewActions, ViewState} from './context.js';
import {contactedOf, ltr, outcomeLabel, partyView, titleOf, whoOf, whoView} from './labels.js';
import {zipProblem} from './lookup-controller.js';
import {CHAMBERS, isTarget, officialsFor, planInForce} from './lookup.js';
import {inOffice, termEnded} from './terms.js';
import {chamberChoice, endedSeat, noTargetsNotice} from './view.js';

/** Loading, the lookup's failure, or the officials for the ZIP (nothing before a lookup). */
export function resultsView(s: ViewState, a: ViewActions): TemplateResult | typeof nothing {
  const {lookup, dataset, campaign, date} = s;
  if (lookup.phase === 'loading') return html`<div class="skeleton" aria-hidden="true"></div>`;
  if (lookup.phase === 'error') {
    return html`<div class="notice" data-kind="lookup-error" data-tone="error" role="alert">
      <p>${msg("We couldn't look up your ZIP code. Check your internet connection and try again.")}</p>
      <button type="button" @click=${() => a.find(dataset)}>${msg('Try again')}</button>
    </div>`;
  }
  const r = lookup.result;
  // Not a ZIP, or not a California one (said at the field): no official is offered.
  if (!r || (!r.ok && r.reason !== 'unknown')) return nothing;
  const officials = officialsFor(dataset.officials, lookup.chosen, date);
  return html`<section part="officials" aria-labelledby="results">
    <div id="results" tabindex="-1" role="heading" aria-level=${s.level + 1} class="subtitle">
      ${r.ok ? msg(str`Your officials for ZIP code ${ltr(r.zip)}`) : msg('Your officials')}
    </div>
    ${r.ok ? nothing : html`<p class="notice" data-tone="warning">${zipProblem('unknown', r.zip)}</p>`}
    ${lookup.addressFailed
      ? html`<p class="notice" data-tone="warning">
          ${msg("We couldn't check your street address, so we used your ZIP code only. If your ZIP code is in more than one district, choose yours below.")}
        </p>`
      : nothing}
    ${CHAMBERS.map((chamber) => chamberChoice(s, chamber))}
    ${r.ok && !lookup.manual
      ? html`<button type="button" class="secondary" @click=${() => lookup.chooseFromList()}>
          ${msg('Choose my districts from a list')}
        </button>`
      : nothing}
    ${campaign ? progressView(s, a, officials) : nothing}
    <ul class="officials">
      ${officials.map((o) => officialCard(s, a, o))}
    </ul>
    ${!campaign && Object.keys(s.draft.outcomes).length && !s.activeId
      ? html`<button type="button" @click=${a.finish}>${msg("I'm done")}</button>`
      : nothing}
  </section>`;
}

/** "1 of 2 contacted", with a button to the next target or to finish. */
function progressView(s: ViewState, a: ViewActions, officials: Official[]): TemplateResult {
  const campaign = s.campaign!;
  const targets = officials.filter((o) => isTarget(campaign, o) && inOffice(o, s.date));
  // Every target's term has ended: say what to do instead of "0 of 0".
  if (!targets.length && officials.some((o) => isTarget(campaign, o) && termEnded(o, s.date))) return noTargetsNotice();
  const {outcomes} = s.draft;
  const done = targets.filter((o) => outcomes[o.id]).length;
  const next = targets.find((o) => !outcomes[o.id]);
  return html`<div class="row">
    <p class="progress">${contactedOf(done, targets.length)}</p>
    ${next && !s.activeId
      ? html`<button type="button" @click=${() => a.open(next.id)}>${msg(str`Contact ${whoOf(next, s.locale)}`)}</button>`
      : nothing}
    ${targets.length && !next ? html`<button type="button" @click=${a.finish}>${msg('Finish')}</button>` : nothing}
  </div>`;
}

/** One seat: its official (a contact only while in office on the date), a vacancy, or a term that ended. */
function officialCard(s: ViewState, a: ViewActions, o: Official): TemplateResult {
  const {dataset, campaign, date, locale} = s;
  if (termEnded(o, date)) {
    // A vacancy record has no title: the body's other records say what its holder is called.
    const title = titleOf(o.title ? o : (dataset.officials.find((x) => x.body === o.body && x.title) ?? o), locale);
    // A seat of the previous map (its term ended when a new map took effect): not named.
    const plan = (CHAMBERS as readonly string[]).includes(o.body) ? planInForce(dataset.districtPlans, o.body, date) : undefined;
    const newMap = plan && o.termEnd && plan.validFrom <= o.termEnd && (!o.termStart || o.termStart < plan.validFrom);
    return html`<li class="official" part="official" data-ended>
      <span class="name">${title}</span>
      ${endedSeat(o, title, newMap ? plan.validFrom : undefined)}
    </li>`;
  }
  const target = campaign ? isTarget(campaign, o) : false;
  const outcome = s.draft.outcomes[o.id];
  const active = s.activeId === o.id;
  const contact = inOffice(o, date);
  return html`<li class="official" part="official" ?data-target=${target} ?data-other=${campaign && !target}>
    <span class="name">${whoView(o, locale)}</span>
    ${partyView(o.party)}
    ${campaign ? html`<span class="badge">${target ? msg('Part of this campaign') : msg('Not part of this campaign')}</span>` : nothing}
    ${o.status === 'vacant'
      ? html`<p>${msg('This seat is vacant.')}</p>
          ${campaign?.vacancyNote ? html`<p>${s.content.text(campaign.vacancyNote)}</p>` : nothing}`
      : outcome
        ? html`<p class="small">✓ ${outcomeLabel(outcome.outcome)}</p>`
        : nothing}
    ${contact && !active
      ? html`<button type="button" class="secondary" data-official=${o.id} @click=${() => a.open(o.id)}>
          ${msg('Contact')}<span class="visually-hidden"> ${whoOf(o, locale)}</span>
        </button>`
      : nothing}
    ${contact && active ? contactPanel(s, a, o) : nothing}
  </li>`;
}
