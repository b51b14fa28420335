/**
 * Where the card leads next: the finder's matching need for the situation and, after a
 * detention, the dataset's detainee locator and immigration-court case line; and "What changed".
 */
import {html, nothing, type TemplateResult} from 'lit';
import {msg} from '@lit/localize';
import type {Hotline, LinkRecord, Verification} from '../../core/dataset/schema/index.js';
import {safeUrl, telUrl} from '../../core/safe-url.js';
import {updatesList} from '../../core/updates.js';
import type {Need} from './links.js';
import type {CardActions, CardState} from './view-kit.js';

/** The finder link's words: what the person will find there. */
function finderLabel(need: Need): string {
  switch (need) {
    case 'detention':
      return msg('Find legal help for a detained person', {id: 'rights.next.detention'});
    case 'workers-rights':
      return msg("Find workers' rights help near you", {id: 'rights.next.workers-rights'});
    case 'family-preparedness':
      return msg('Find help with a family preparedness plan', {id: 'rights.next.family-preparedness'});
    case 'health':
      return msg('Find health care near you', {id: 'rights.next.health'});
    case 'rapid-response':
      return msg('Find rapid-response help near you', {id: 'rights.next.rapid-response'});
    default:
      return msg('Find legal help near you', {id: 'rights.next.legal'});
  }
}

/** "(not verified)", or the dataset's doubt, as the dataset marks the record. */
function checkedView(verification: Verification | undefined, text: CardState['text']): TemplateResult | typeof nothing {
  if (verification?.status === 'verified') return nothing;
  return html` <span class="muted small">(${msg('not verified')})</span>${verification?.status === 'doubtful' && verification.note
      ? html`<br /><span class="caveat small">⚠ ${text(verification.note)}</span>`
      : nothing}`;
}

function locatorView(link: LinkRecord, text: CardState['text']): TemplateResult | typeof nothing {
  const href = safeUrl(link.url, {protocols: ['https:', 'http:']});
  if (!href) return nothing;
  return html`<li data-kind="locator">
    <a href=${href} rel="noopener noreferrer" target="_blank">${text(link.name)}</a>${link.description
      ? html`: ${text(link.description)}`
      : nothing}${checkedView(link.verification, text)}
  </li>`;
}

function caseLineView(line: Hotline, text: CardState['text']): TemplateResult {
  const phone = line.phones[0]!;
  const href = safeUrl(telUrl(phone.number), {protocols: ['tel:']});
  return html`<li data-kind="case-line">
    ${text(line.name)}:
    ${href ? html`<a href=${href} class="phone" dir="ltr">${phone.number}</a>` : html`<bdi dir="ltr">${phone.number}</bdi>`}${line.purpose
      ? html` · ${text(line.purpose)}`
      : nothing}${checkedView(line.verification, text)}
  </li>`;
}

/** The next steps after the situation; nothing when there is none to offer. */
export function nextHelpView(state: CardState, actions: CardActions): TemplateResult | typeof nothing {
  const {finder, detention, text} = state;
  const items = [
    finder
      ? html`<li>
          <a href=${finder.href} data-kind="finder" @click=${actions.followFinder}>${finderLabel(finder.need)}</a>
        </li>`
      : nothing,
    ...(detention?.locators.map((l) => locatorView(l, text)) ?? []),
    ...(detention?.caseLines.map((h) => caseLineView(h, text)) ?? []),
  ].filter((item) => item !== nothing);
  if (!items.length) return nothing;
  return html`<section class="next" aria-labelledby="next-title">
    <p id="next-title" class="label">${msg('Get help', {id: 'rights.next.title'})}</p>
    <ul>
      ${items}
    </ul>
  </section>`;
}

/** "What changed" for the card's situations and laws, newest first, with the rumour reminder. */
export function updatesView({updates, today, county, locale}: CardState): TemplateResult | typeof nothing {
  return updatesList(updates, {today, ...(county && {county})}, locale);
}
