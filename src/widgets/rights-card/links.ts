/**
 * Where the rights card leads next, and what changed: pure logic, no DOM, unit-tested directly.
 * Each situation links the finder's matching need; a detention adds the dataset's detainee
 * locator and immigration-court case line; the card's "What changed" keeps the updates that
 * concern its situations and the laws it cites.
 */
import {CA_COUNTIES, type CountyFips} from '../../core/dataset/ca-counties.js';
import type {Dataset, Hotline, LinkRecord, RightsEdition, Update} from '../../core/dataset/schema/index.js';
import type {NEEDS} from '../../core/dataset/vocabulary.js';

export type Need = (typeof NEEDS)[number];

/**
 * The finder need (src/core/dataset/vocabulary.ts) that helps after each situation: legal help
 * after an encounter with agents, legal help for detained people after an arrest, workers' rights
 * at work, a family preparedness plan (who picks the children up from school), health care that
 * serves everyone, rapid response when a raid is under way.
 */
export const SITUATION_NEEDS: Readonly<Record<string, Need>> = {
  'at-door': 'deportation-defense',
  'in-public': 'deportation-defense',
  'in-car': 'deportation-defense',
  'at-work': 'workers-rights',
  'at-school': 'family-preparedness',
  'at-hospital': 'health',
  'if-detained': 'detention',
  'prepare-family': 'family-preparedness',
  'witnessing-raid': 'rapid-response',
};

/** The finder link state of a situation: its need and the card's county (by name, as the finder reads it). */
export function finderState(scenario: string, county: CountyFips | undefined): {need: Need; county?: string} | undefined {
  const need = SITUATION_NEEDS[scenario];
  if (!need) return undefined;
  return county ? {need, county: CA_COUNTIES[county]} : {need};
}

/** What a family looks up once someone is detained: where the person is held, when the hearing is. */
export interface DetentionResources {
  /** Detainee locators (the ICE online detainee locator), for California or the card's county. */
  locators: LinkRecord[];
  /** Immigration-court case information lines (EOIR's `us-eoir-acis`): hearing dates by A-number. */
  caseLines: Hotline[];
}

const forCounty = (counties: readonly string[] | undefined, county: string | undefined) =>
  !counties?.length || (county !== undefined && counties.includes(county));

/** The dataset's detainee locators and case-information lines for the card's county, if it has any. */
export function detentionResources(dataset: Pick<Dataset, 'links' | 'hotlines'>, county?: CountyFips): DetentionResources {
  return {
    locators: dataset.links.filter((l) => l.kind === 'detainee-locator' && forCounty(l.counties, county)),
    caseLines: dataset.hotlines.filter(
      (h) => h.kind === 'case-status' && (h.scope !== 'local' || forCounty(h.counties, county)),
    ),
  };
}

/**
 * The updates that concern the card: those for one of its situations, and law changes given for
 * no situation in particular. Maps, terms of office and phone changes for no situation belong to
 * the other widgets. Returned without their situation and need lists (matched here), so the
 * shared `updatesList` filters them by date and county only.
 */
export function cardUpdates(updates: readonly Update[], edition: Pick<RightsEdition, 'scenarios'>): Update[] {
  const ids = new Set(edition.scenarios.map((s) => s.id));
  return updates
    .filter((u) => (u.scenarios?.length ? u.scenarios.some((id) => ids.has(id)) : u.kind === 'law'))
    // Matched here: the shared list filters what is left (dates, county), not the finder's needs.
    .map((u) => ({...u, scenarios: undefined, needs: undefined}));
}
