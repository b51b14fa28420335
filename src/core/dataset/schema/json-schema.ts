/**
 * JSON Schema (draft 2020-12) for dataset authors and editors, generated from
 * the zod schemas. Build- and CLI-time only: widgets never import this module.
 */
import * as z from 'zod/mini';
import {
  CampaignSchema,
  DistrictPlanSchema,
  OfficialSchema,
  Template,
  ZipDistrictTableSchema,
  ZipGeoTableSchema,
} from './civic.js';
import * as common from './common.js';
import {EventSchema} from './events.js';
import {TEMPLATE_TOKENS} from '../vocabulary.js';
import {DatasetSchema, SCHEMA_VERSION, ZipTableSchema} from './index.js';
import {MetaSchema, SourceSchema, ZipTableRefSchema} from './meta.js';
import {HotlineSchema, LinkRecordSchema, LocationSchema, OrganizationSchema, PlaceSchema, ServiceSchema, UpdateSchema} from './resources.js';
import {RightsEditionSchema, ScenarioSchema} from './rights.js';

type Meta = {id?: string; title?: string; description?: string; propertyNames?: {pattern: string}};

/** Names for the shared parts, so they appear once under `$defs`. */
const definitions = z.registry<Meta>();
const define = (schema: z.ZodMiniType, meta: Meta) => definitions.add(schema, meta);

const localeKeys = {propertyNames: {pattern: common.LOCALE_RE.source}};
define(common.LocalizedText, {
  id: 'LocalizedText',
  description: 'Text keyed by BCP-47 language tag; "en" is required.',
  ...localeKeys,
});
define(common.Id, {id: 'Id'});
define(common.Locale, {id: 'Locale'});
define(common.IsoDate, {id: 'IsoDate'});
define(common.LocalDateTime, {id: 'LocalDateTime', description: 'Wall-clock time without offset, read in the event time zone.'});
define(common.TimeZone, {id: 'TimeZone', description: 'IANA time zone, e.g. America/Los_Angeles.'});
define(common.Url, {id: 'Url'});
define(common.Email, {id: 'Email'});
define(common.County, {id: 'County', description: 'California county FIPS code, e.g. 06037.'});
define(common.Phone, {id: 'Phone'});
define(common.Address, {id: 'Address'});
define(common.Geo, {id: 'Geo'});
define(common.Hours, {id: 'Hours'});
define(common.Cost, {id: 'Cost'});
define(common.Provenance, {id: 'Provenance', description: 'Give sourceId (an entry of meta.sources) or name.'});
define(common.Verification, {id: 'Verification'});
define(SourceSchema, {id: 'Source'});
define(MetaSchema, {id: 'Meta'});
define(ZipTableRefSchema, {id: 'ZipTableRef', description: 'A ZIP table file; url is relative to the dataset document.'});
define(OrganizationSchema, {id: 'Organization'});
define(LocationSchema, {id: 'Location'});
define(ServiceSchema, {id: 'Service'});
define(HotlineSchema, {id: 'Hotline'});
define(PlaceSchema, {id: 'Place', description: 'An immigration court or detention facility: a place, not help.'});
define(UpdateSchema, {id: 'Update', description: 'A dated entry of what changed, with its source.'});
define(LinkRecordSchema, {id: 'LinkRecord', description: 'A directory or online service linked to, not copied.'});
define(RightsEditionSchema, {id: 'RightsEdition'});
define(ScenarioSchema, {id: 'Scenario'});
define(EventSchema, {id: 'Event'});
define(DistrictPlanSchema, {id: 'DistrictPlan'});
define(OfficialSchema, {id: 'Official'});
define(CampaignSchema, {id: 'Campaign'});
define(Template, {
  id: 'Template',
  description: `LocalizedText with {{token}} placeholders: ${TEMPLATE_TOKENS.join(', ')}.`,
  ...localeKeys,
});
define(ZipGeoTableSchema, {id: 'ZipGeoTable'});
define(ZipDistrictTableSchema, {id: 'ZipDistrictTable'});

const generate = (schema: z.ZodMiniType) =>
  z.toJSONSchema(schema, {
    metadata: definitions,
    io: 'input',
  }) as Record<string, unknown>;

/** JSON Schema of the main dataset document. */
export function datasetJsonSchema(): Record<string, unknown> {
  return {
    ...generate(DatasetSchema),
    title: 'Amparo dataset',
    description: `Shared data for the Amparo widgets (schema ${SCHEMA_VERSION}): resources, hotlines, know-your-rights editions, events and civic data. Records that fail validation are skipped by the widgets; see \`npx amparo validate\`.`,
  };
}

/** JSON Schema of a ZIP table file (`kind: "zip-geo"` or `"zip-districts"`). */
export function zipTableJsonSchema(): Record<string, unknown> {
  return {
    ...generate(ZipTableSchema),
    title: 'Amparo ZIP table',
    description: 'ZIP (ZCTA) lookups fetched on demand: zip-geo maps ZIP to [countyFips, lat, lng]; zip-districts maps ZIP to candidate district numbers (n or [n, share]) in one district plan.',
  };
}
