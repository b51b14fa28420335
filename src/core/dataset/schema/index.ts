/**
 * The Amparo dataset: one JSON document read by all four widgets, plus ZIP
 * tables in separate files referenced from `zipTables`.
 *
 * ```jsonc
 * {
 *   "meta": {"id", "schemaVersion": "1.0.0", "generatedAt", "jurisdiction": "US-CA", "locales", "licence", "sources": [...]},
 *   "organizations": [], "locations": [], "services": [], "hotlines": [], "places": [], "links": [],
 *   "rightsEditions": [], "events": [],
 *   "districtPlans": [], "districts": [], "officials": [], "campaigns": [],
 *   "zipTables": [{"id", "kind": "zip-geo" | "zip-districts", "planIds"?, "url": "zip-geo.json"}]
 * }
 * ```
 */
import * as z from 'zod/mini';
import type * as common from './common.js';
import {
  CampaignSchema,
  DistrictPlanSchema,
  DistrictSchema,
  OfficialSchema,
  ZipDistrictTableSchema,
  ZipGeoTableSchema,
} from './civic.js';
import {EventSchema} from './events.js';
import {MetaSchema, SourceSchema, ZipTableRefSchema} from './meta.js';
import {HotlineSchema, LinkRecordSchema, LocationSchema, OrganizationSchema, PlaceSchema, ServiceSchema, UpdateSchema} from './resources.js';
import {RightsEditionSchema, RightsStringsSchema} from './rights.js';
import type {Collection} from '../collections.js';

export {COLLECTIONS, type Collection} from '../collections.js';

/** Version of the schema this build reads; datasets with another major version are refused. */
export const SCHEMA_VERSION = '1.1.0';

/** The schema of one record of each collection. */
export const RECORD_SCHEMAS = {
  organizations: OrganizationSchema,
  locations: LocationSchema,
  services: ServiceSchema,
  hotlines: HotlineSchema,
  places: PlaceSchema,
  links: LinkRecordSchema,
  rightsEditions: RightsEditionSchema,
  events: EventSchema,
  districtPlans: DistrictPlanSchema,
  districts: DistrictSchema,
  officials: OfficialSchema,
  campaigns: CampaignSchema,
  updates: UpdateSchema,
  zipTables: ZipTableRefSchema,
} satisfies Record<Collection, z.ZodMiniType>;

const collection = <T extends z.ZodMiniType>(record: T) => z._default(z.array(record), () => []);

/** The main dataset document. Every collection is optional and defaults to empty. */
export const DatasetSchema = z.object({
  meta: MetaSchema,
  organizations: collection(OrganizationSchema),
  locations: collection(LocationSchema),
  services: collection(ServiceSchema),
  hotlines: collection(HotlineSchema),
  places: collection(PlaceSchema),
  links: collection(LinkRecordSchema),
  rightsEditions: collection(RightsEditionSchema),
  events: collection(EventSchema),
  districtPlans: collection(DistrictPlanSchema),
  districts: collection(DistrictSchema),
  officials: collection(OfficialSchema),
  campaigns: collection(CampaignSchema),
  updates: collection(UpdateSchema),
  zipTables: collection(ZipTableRefSchema),
});

/** A ZIP table file, told apart by `kind`. */
export const ZipTableSchema = z.discriminatedUnion('kind', [ZipGeoTableSchema, ZipDistrictTableSchema]);

export type Dataset = z.output<typeof DatasetSchema>;
/** The document as authors write it (collections may be left out). */
export type DatasetInput = z.input<typeof DatasetSchema>;
export type Meta = z.output<typeof MetaSchema>;
export type Organization = z.output<typeof OrganizationSchema>;
export type ResourceLocation = z.output<typeof LocationSchema>;
export type Service = z.output<typeof ServiceSchema>;
export type Hotline = z.output<typeof HotlineSchema>;
export type Place = z.output<typeof PlaceSchema>;
export type LinkRecord = z.output<typeof LinkRecordSchema>;
export type Update = z.output<typeof UpdateSchema>;
export type Recognition = NonNullable<Organization['recognition']>;
export type RightsEdition = z.output<typeof RightsEditionSchema>;
export type Scenario = RightsEdition['scenarios'][number];
export type CaliforniaLaw = NonNullable<Scenario['californiaLaw']>[number];
export type LawStatus = NonNullable<CaliforniaLaw['status']>;
export type RightsStrings = z.output<typeof RightsStringsSchema>;
export type CommunityEvent = z.output<typeof EventSchema>;
export type DistrictPlan = z.output<typeof DistrictPlanSchema>;
export type District = z.output<typeof DistrictSchema>;
export type Official = z.output<typeof OfficialSchema>;
export type Office = NonNullable<Official['offices']>[number];
export type Campaign = z.output<typeof CampaignSchema>;
export type ZipTableRef = z.output<typeof ZipTableRefSchema>;
export type ZipTable = z.output<typeof ZipTableSchema>;
export type ZipGeoTable = z.output<typeof ZipGeoTableSchema>;
export type ZipDistrictTable = z.output<typeof ZipDistrictTableSchema>;
export type Phone = z.output<typeof common.Phone>;
export type Address = z.output<typeof common.Address>;
export type Geo = z.output<typeof common.Geo>;
export type Hours = z.output<typeof common.Hours>;
export type Cost = z.output<typeof common.Cost>;
export type Provenance = z.output<typeof common.Provenance>;
export type Verification = z.output<typeof common.Verification>;

export * from '../vocabulary.js';
export {
  CampaignSchema,
  DistrictPlanSchema,
  DistrictSchema,
  EventSchema,
  HotlineSchema,
  LinkRecordSchema,
  LocationSchema,
  MetaSchema,
  OfficialSchema,
  OrganizationSchema,
  PlaceSchema,
  RightsEditionSchema,
  RightsStringsSchema,
  ServiceSchema,
  SourceSchema,
  UpdateSchema,
  ZipDistrictTableSchema,
  ZipGeoTableSchema,
  ZipTableRefSchema,
};
