/**
 * "Where is a hearing or a detention center?": immigration courts and ICE detention facilities
 * near the place searched, and the links a family needs (the ICE detainee locator, EOIR case
 * information). Places are not help: they are listed here, never ranked among providers. In its
 * own chunk (imported when the section is opened, or shown open for a detention or court need).
 */
import {html, nothing, type TemplateResult} from 'lit';
import {msg, str} from '@lit/localize';
import type {LinkRecord, Place as Site, PLACE_KINDS} from '../../core/dataset/schema/index.js';
import {safeUrl} from '../../core/safe-url.js';
import type {Host} from './extras.js';
import {addressLine, distanceMiles, mapHref, type Point} from './location.js';

type PlaceKind = (typeof PLACE_KINDS)[number];

/** Where the section lists places from. */
export interface Where {
  /** The place's point, or its county's centre; absent: no distances. */
  origin?: Point | undefined;
  county?: string | undefined;
}

export interface Near {
  site: Site;
  miles?: number;
}

/** How many places of each kind are listed when distances are known. */
export const PLACES_PER_KIND = 3;

/**
 * The places of each kind to list (`kinds` gives the order): with an origin, the
 * {@link PLACES_PER_KIND} nearest (then any in the county without coordinates); without one,
 * those in the county; with neither (or none in the county), all of them by name.
 */
export function nearPlaces(sites: readonly Site[], where: Where, kinds: readonly PlaceKind[]): {kind: PlaceKind; near: Near[]}[] {
  return kinds.map((kind) => {
    const all = sites.filter((s) => s.kind === kind);
    const inCounty = all.filter((s) => where.county && s.county === where.county);
    const {origin} = where;
    let near: Near[];
    if (origin) {
      near = all
        .flatMap((site) => (site.geo ? [{site, miles: distanceMiles(origin, site.geo)}] : []))
        .sort((a, b) => a.miles - b.miles)
        .slice(0, PLACES_PER_KIND);
      near.push(...inCounty.filter((s) => !s.geo).map((site) => ({site})));
    } else {
      near = (inCounty.length ? inCounty : [...all].sort((a, b) => (a.name.en < b.name.en ? -1 : 1))).map((site) => ({site}));
    }
    return {kind, near};
  });
}

/** The detainee-locator and case-status links for a county (a link without counties is for all of California). */
export const familyLinks = (links: readonly LinkRecord[], county: string | undefined): LinkRecord[] =>
  links.filter(
    (l) => (l.kind === 'detainee-locator' || l.kind === 'case-status') && (!l.counties?.length || (!!county && l.counties.includes(county))),
  );

/** The section's content: the family links first, then the places, courts first unless the need is detention. */
export function placesView(
  host: Host,
  sites: readonly Site[],
  links: readonly LinkRecord[],
  where: Where,
  detention: boolean,
): TemplateResult {
  const kinds: PlaceKind[] = detention ? ['detention-facility', 'immigration-court'] : ['immigration-court', 'detention-facility'];
  return html`${familyLinks(links, where.county).map(
      (l) => html`<div class="site">
        ${host.link(
          safeUrl(l.url, {protocols: ['https:', 'http:']}),
          l.id,
          'website',
          l.kind === 'detainee-locator' ? msg('Find a person in ICE detention') : msg('Check a hearing date: EOIR case information'),
        )}
        <span class="small muted">${host.text(l.name)}</span>
        ${l.description ? html`<p class="small">${host.text(l.description)}</p>` : nothing}
        ${l.kind === 'detainee-locator'
          ? html`<p class="small">${msg('You need their A-number, or their name and country of birth.')}</p>`
          : nothing}
        ${(l.phones ?? []).map((p) => host.phone(p, l.id))}
      </div>`,
    )}
    ${where.origin || where.county ? nothing : html`<p class="small">${msg('Enter your ZIP code to see the nearest first.')}</p>`}
    ${nearPlaces(sites, where, kinds).map(({kind, near}) =>
      near.length
        ? html`<h3>${kind === 'immigration-court' ? msg('Immigration courts') : msg('ICE detention facilities')}</h3>
            <ul>
              ${near.map(({site, miles}) => {
                const line = site.address && addressLine(site.address);
                return html`<li class="site">
                  <strong>${host.text(site.name)}</strong>
                  ${miles === undefined ? nothing : html`<span class="small">${msg(str`About ${host.miles(miles)}`)}</span>`}
                  ${line ? html`<address lang="en" dir="ltr">${line}</address>${host.link(safeUrl(mapHref(line)), site.id, 'directions', msg('Map and directions'), line)}` : nothing}
                  ${(site.phones ?? []).map((p) => host.phone(p, site.id))}
                  ${host.link(safeUrl(site.website, {protocols: ['https:', 'http:']}), site.id, 'website', msg('Website'))}
                  ${site.note ? html`<p class="small">${host.text(site.note)}</p>` : nothing}
                </li>`;
              })}
            </ul>`
        : nothing,
    )}`;
}
