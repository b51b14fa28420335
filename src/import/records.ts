/**
 * The record shapes importers produce and the options they share. Records are written the way
 * authors write a dataset (collections may be left out, `needs` may be absent), then checked
 * with the widgets' own validator before anything is written (see dataset.ts).
 */
import type {CommunityEvent, Organization, ResourceLocation, Service, ZipGeoTable} from '../core/dataset/schema/index.js';
import type {ColumnMap} from './mapping.js';
import type {Origin, Problem} from './report.js';

export interface Records {
  organizations: Organization[];
  locations: ResourceLocation[];
  services: Service[];
  events: CommunityEvent[];
}

export const RECORD_KINDS = ['organizations', 'locations', 'services', 'events'] as const satisfies readonly (keyof Records)[];

export const emptyRecords = (): Records => ({organizations: [], locations: [], services: [], events: []});

export interface ImportOptions {
  /** The file's name: the records' provenance and the reports say it. */
  file: string;
  /** Today's date (`YYYY-MM-DD`): the records' `asOf` unless the file gives one. */
  today: string;
  /** Language of the file's text (names, descriptions); default: the headers' language, else `en`. */
  textLang?: string;
  /** ZIP → county, centroid and place; without it no county or map position is derived. */
  zipTable?: ZipGeoTable;
  /** Columns mapped by hand (folded header → field). */
  map?: Map<string, ColumnMap>;
  /** Zone for calendar times that name none (default America/Los_Angeles). */
  timeZone?: string;
}

/** What one file gave: its records, what was reported, and where each record came from. */
export interface ImportPart {
  records: Records;
  problems: Problem[];
  /** `collection:id` → the line (or JSON path) of the record. */
  origins: Map<string, Origin>;
  /** Languages of the text, for `meta.locales`. */
  locales: string[];
  /** Notices that must travel with the data (the ZIP table's source, when centroids were used). */
  attribution: string[];
}

/** LocalizedText with the required English entry: the text in `lang` fills `en` too when it is not English. */
export const localized = (value: string, lang: string): {en: string} & Record<string, string> =>
  lang === 'en' ? {en: value} : {en: value, [lang]: value};

/** The file's own name, without its folder: what `provenance.name` says. */
export const baseName = (path: string) => path.replace(/^.*[\\/]/, '');
