/**
 * The rapid-response hotline strip on top of the finder: the county's own hotlines, else the
 * nearest county's, else every county hotline by the counties it serves, then the statewide and
 * national lines. What it shows is decided once (`stripFor`), so no other text names a line it
 * does not show.
 */
import {html, nothing, type TemplateResult} from 'lit';
import {msg, str} from '@lit/localize';
import {CA_COUNTIES, type CountyFips} from '../../core/dataset/ca-counties.js';
import type {Hotline, Update} from '../../core/dataset/schema/index.js';
import {selectUpdates, updatesList, type UpdateFilter} from '../../core/updates.js';
import type {Place, Point} from './location.js';
import {phoneView, type Kit} from './view-kit.js';

/** What the hotline strip shows. */
export interface Strip {
  county?: CountyFips | undefined;
  /** The county's own rapid-response hotlines. */
  local: Hotline[];
  /** For a county without one: the nearest county with one, and its hotlines. */
  near?: CountyFips | undefined;
  nearby: Hotline[];
  /** Statewide and national lines. */
  wide: Hotline[];
  /** Every county hotline, by the counties it serves (shown when no hotline for the county is). */
  list: Hotline[];
}

/** The counties a hotline serves, by name ("Napa, Solano, Sonoma"). */
const servedBy = (h: Hotline): string =>
  (h.counties ?? [])
    .map((c) => CA_COUNTIES[c as CountyFips] ?? c)
    .sort()
    .join(', ');

/**
 * The rapid-response hotlines covering a county: verified first, doubtful numbers last (still
 * shown, with their warning: a family may have no other local number).
 */
export function countyHotlines(hotlines: readonly Hotline[], county: string): Hotline[] {
  const rank = {verified: 0, unverified: 1, doubtful: 2} as const;
  return hotlines
    .filter((h) => h.kind === 'rapid-response' && h.scope === 'local' && h.counties?.includes(county))
    .sort((a, b) => rank[a.verification?.status ?? 'unverified'] - rank[b.verification?.status ?? 'unverified']);
}

/**
 * What the strip shows for a place. `nearest` finds the nearest county with a hotline (extras.ts,
 * once the county centres are known).
 */
export function stripFor(
  hotlines: readonly Hotline[],
  place: Place | undefined,
  nearest?: (origin: Point) => CountyFips | undefined,
  asked: {need?: string | undefined; text?: string | undefined} = {},
): Strip {
  const county = place?.county;
  const local = county ? countyHotlines(hotlines, county) : [];
  const origin = place?.point ?? place?.centre;
  const near = county && !local.length && origin && nearest ? nearest(origin) : undefined;
  const list = hotlines.filter((h) => h.kind === 'rapid-response' && h.scope === 'local');
  return {
    county,
    local,
    near: near || undefined,
    nearby: near ? countyHotlines(hotlines, near) : [],
    wide: hotlines.filter((h) => h.scope !== 'local' && asksFor(h, asked.need, asked.text)),
    // County names are plain ASCII: a plain sort is the alphabetical order.
    list: list.sort((a, b) => (servedBy(a) < servedBy(b) ? -1 : 1)),
  };
}

const MENTAL = /mental|crisis|suicid|depres|ansiedad|anxiety|angustia|988/;
const COURT = /court|corte|hearing|audiencia|a-number|numero a|eoir|juez|judge/;

/**
 * Whether a statewide or national line belongs in the strip for what was asked: the crisis line
 * (988) when mental health is chosen or searched, the immigration court case line when
 * detention or court help is; every other line always.
 */
export function asksFor(h: Hotline, need: string | undefined, text = ''): boolean {
  const words = text.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  if (h.kind === 'crisis') return need === 'mental-health' || MENTAL.test(words);
  if (h.kind === 'case-status') return need === 'detention' || need === 'deportation-defense' || COURT.test(words);
  return true;
}

/** The strip. `nearHotline` says where the nearest county's hotline is (extras.ts). */
export function emergencyView(kit: Kit, s: Strip, nearHotline: (county: string, near: string) => string): TemplateResult {
  const county = s.county && CA_COUNTIES[s.county];
  const shown = s.local.length ? s.local : s.nearby;
  return html`<section class="emergency" part="emergency" aria-labelledby="emergency-title">
    <h2 id="emergency-title">${msg('Rapid-response hotline')}</h2>
    <p>
      ${!county
        ? msg('Enter your ZIP code or county to see your local rapid-response hotline.')
        : s.local.length
          ? msg('To report immigration enforcement near you, call:')
          : s.near
            ? nearHotline(county, CA_COUNTIES[s.near])
            : msg(str`No rapid-response hotline is listed for ${county} County in this directory.`)}
    </p>
    ${shown.length ? html`<ul class="hotlines">${shown.map((h) => hotlineView(kit, h))}</ul>` : nothing}
    ${!shown.length && s.list.length
      ? html`<details class="all" ?open=${!!county || !s.wide.length}>
          <summary>${msg(str`Rapid-response hotlines by county (${s.list.length})`)}</summary>
          <ul class="hotlines">
            ${s.list.map((h) => hotlineView(kit, h, true))}
          </ul>
        </details>`
      : nothing}
    ${s.wide.length
      ? html`<p class="small">${msg('Statewide and national lines:')}</p>
          <ul class="hotlines">
            ${s.wide.map((h) => hotlineView(kit, h))}
          </ul>`
      : nothing}
  </section>`;
}

/** What the strip tells to call now: `local`, `other` lines, or `none`. */
export const referralKind = (s: Strip): 'local' | 'other' | 'none' =>
  s.local.length ? 'local' : s.nearby.length || s.list.length || s.wide.length ? 'other' : 'none';

function hotlineView(kit: Kit, h: Hotline, served?: boolean): TemplateResult {
  const v = h.verification;
  return html`<li>
    <strong>${served ? html`<span lang="en">${servedBy(h)}:</span>` : kit.text(h.name)}</strong> ${h.phones.map((p) => phoneView(kit, p, h.id))}
    ${served ? html`<span class="small">${kit.text(h.name)}</span>` : nothing}
    ${!served && h.scope !== 'local' && h.purpose ? html`<span class="small">${kit.text(h.purpose)}</span>` : nothing}
    ${h.hours?.open247 ? html`<span class="small">${msg('24 hours')}</span>` : nothing}
    ${v?.status === 'verified' ? nothing : html`<span class="muted small">(${msg('not verified')})</span>`}
    ${v?.status === 'doubtful' && v.note ? html`<p class="caveat small">⚠ ${kit.text(v.note)}</p>` : nothing}
  </li>`;
}

/**
 * "What changed" for this need and county, then the county rapid-response hotline to check
 * rumours with, by name and number, when the county has one.
 */
export function rumourCheck(kit: Kit, updates: readonly Update[], f: UpdateFilter, locale: string, line: Hotline | undefined): unknown {
  const list = updatesList(updates, f, locale);
  return list !== nothing && line && selectUpdates(updates, f).length
    ? html`${list}
        <p class="small rumour">
          ${msg('Your county rapid-response hotline:', {id: 'finder.rumourLine'})} ${kit.text(line.name)}
          ${line.phones.map((p) => phoneView(kit, p, line.id))}
        </p>`
    : list;
}
