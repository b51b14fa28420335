/**
 * The events the finder fires, and what they carry: never the typed ZIP, city, position or
 * words, only what was chosen.
 */
import type {Place} from './location.js';
import {FACETS, type Facet, type Query} from './search.js';

/** Detail of `amparo-search`. Never the typed ZIP, city, position or free text: only what was chosen. */
export interface ResourceSearchDetail {
  /** County searched (FIPS), if any. */
  county?: string;
  need?: string;
  /** Active filter values by filter, plus the yes/no filters. */
  filters: Partial<Record<Facet, string[]>> & {accepting: boolean; remote: boolean};
  /** Whether a free-text search is active (its words stay in the browser). */
  text: boolean;
  results: number;
}

/** Detail of `amparo-resource-action`: the person called, opened a website or asked for directions. */
export interface ResourceActionDetail {
  /** The service, organization, hotline, place or link id. */
  id: string;
  action: 'call' | 'website' | 'directions';
}

declare global {
  interface HTMLElementEventMap {
    'amparo-search': CustomEvent<ResourceSearchDetail>;
    'amparo-resource-action': CustomEvent<ResourceActionDetail>;
  }
}

/** What `amparo-search` says of a query. */
export function searchDetail(q: Query, place: Place | undefined, results: number): ResourceSearchDetail {
  const filters: ResourceSearchDetail['filters'] = {accepting: !!q.accepting, remote: !!q.remote};
  for (const facet of FACETS) if (q.facets?.[facet]?.length) filters[facet] = [...q.facets[facet]!];
  const detail: ResourceSearchDetail = {filters, text: !!q.text?.trim(), results};
  if (place?.county) detail.county = place.county;
  if (q.need) detail.need = q.need;
  return detail;
}
