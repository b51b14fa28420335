/**
 * What the widgets would miss in a dataset: used by `npx amparo validate` and the owner check,
 * never by the widgets themselves (so it stays out of their chunks).
 */
import type {Dataset} from '../core/dataset/schema/index.js';

/** What a widget needs from a dataset, and what a dataset lacks for each widget. */
export type DatasetGap = {widget: 'resource-finder' | 'rights-card' | 'event-calendar' | 'contact-rep'; message: string};

/**
 * What the widgets would miss in this dataset (the validator and the owner check say it): a
 * finder without providers or hotlines or a ZIP table, a rights card without an edition, a
 * calendar without events, a contact form without officials, districts or ZIP tables.
 */
export function datasetGaps(dataset: Dataset): DatasetGap[] {
  const gaps: DatasetGap[] = [];
  const has = (kind: string) => dataset.zipTables.some((t) => t.kind === kind);
  if (!dataset.organizations.length && !dataset.services.length)
    gaps.push({widget: 'resource-finder', message: 'no organizations or services: the finder lists no providers'});
  if (!dataset.hotlines.length) gaps.push({widget: 'resource-finder', message: 'no hotlines: the finder shows no hotline to call'});
  if (!has('zip-geo')) {
    gaps.push({widget: 'resource-finder', message: 'no zip-geo table: ZIP codes cannot be looked up (only county names)'});
    gaps.push({widget: 'contact-rep', message: 'no zip-geo table: the nearest district office cannot be found'});
  }
  if (!dataset.rightsEditions.length) gaps.push({widget: 'rights-card', message: 'no rightsEditions: the rights card has nothing to show'});
  if (!dataset.events.length) gaps.push({widget: 'event-calendar', message: 'no events: the calendar shows no upcoming events (unless it has ics-src)'});
  if (!dataset.officials.length) gaps.push({widget: 'contact-rep', message: 'no officials: the contact form finds nobody to contact'});
  if (!dataset.districtPlans.length || !has('zip-districts'))
    gaps.push({widget: 'contact-rep', message: 'no district plans or zip-districts tables: ZIP codes cannot be matched to districts'});
  return gaps;
}
