/** Shared fixtures of the import tests: the project's ZIP table and the fixture files. */
import type {ZipGeoTable} from '../../src/core/dataset/schema/index.js';

let zip: Promise<ZipGeoTable> | undefined;
export const zipTable = () => (zip ??= fetch(new URL('../../data/zip-geo.json', import.meta.url)).then((r) => r.json()));

export const fixture = (name: string) => fetch(new URL(`../fixtures/import/${name}`, import.meta.url)).then((r) => r.text());

/** A fixed clock: every date-dependent result is the same on every day. */
export const NOW = new Date('2026-12-04T12:00:00Z');
export const TODAY = '2026-12-04';
