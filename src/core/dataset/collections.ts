/**
 * Top-level record collections, in dependency order: a collection only references collections
 * before it. Apart from the schemas (src/core/dataset/schema/) so that the store can name them
 * without loading the validator chunk.
 */
export const COLLECTIONS = [
  'organizations',
  'locations',
  'services',
  'hotlines',
  'places',
  'links',
  'rightsEditions',
  'events',
  'districtPlans',
  'districts',
  'officials',
  'campaigns',
  'updates',
  'zipTables',
] as const;

export type Collection = (typeof COLLECTIONS)[number];
