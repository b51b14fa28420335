/**
 * "What changed" entries of the default dataset, authored in ./updates.json (see its `about`):
 * each becomes an `updates` record with the editors' source entry as provenance. Pure.
 */
import type {DatasetInput} from '../../src/core/dataset/schema/index.js';

type UpdateInput = NonNullable<DatasetInput['updates']>[number];

export const UPDATES_SOURCE = {
  id: 'amparo-updates',
  name: "Amparo editors' list of what changed (scripts/data/updates.json), from the sources each entry names",
  licence: 'MIT (this compilation)',
  asOf: '2026-12-04',
} as const;

/** The authored entries as records, newest first, each with provenance. */
export function importUpdates(file: {asOf: string; updates: Omit<UpdateInput, 'provenance'>[]}): UpdateInput[] {
  return [...file.updates]
    .sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id))
    .map((u) => ({...u, provenance: {sourceId: UPDATES_SOURCE.id, asOf: file.asOf}}));
}
