/**
 * The controlled vocabularies of the dataset (`as const` lists and their union types).
 *
 * Kept free of zod so that widgets can import them for filters and labels without pulling the
 * validator (a separate, lazily loaded chunk) into their own code. The schemas import them too.
 */

/** Needs a person can pick; legal needs first, then community needs. */
export const NEEDS = [
  'deportation-defense',
  'detention',
  'daca',
  'asylum',
  'u-t-visa',
  'vawa',
  'tps',
  'family-petitions',
  'citizenship',
  'sijs',
  'kyr-workshop',
  'family-preparedness',
  'rapid-response',
  'mental-health',
  'food',
  'health',
  'housing',
  'workers-rights',
  'education',
  'benefits',
] as const;

export const ASSISTANCE_TYPES = [
  'full-representation',
  'application-help',
  'consultation',
  'referral',
  'workshop',
] as const;

export const POPULATIONS = [
  'detained',
  'children',
  'students',
  'dv-survivors',
  'lgbtq',
  'farmworkers',
  'indigenous-language',
  'veterans',
] as const;

/**
 * Trust badges, each backed by a public list: DOJ recognition (EOIR R&A roster), accredited
 * representative, attorney on staff, CDSS funding, the EOIR pro bono list, a USCIS Citizenship
 * and Integration Grant (naturalization help, not representation).
 */
export const CREDENTIALS = [
  'doj-recognized',
  'accredited-rep',
  'attorney-on-staff',
  'cdss-funded',
  'eoir-pro-bono',
  'uscis-citizenship-grant',
] as const;

/** Places that are not help: where a hearing is, where a person may be held. */
export const PLACE_KINDS = ['immigration-court', 'detention-facility'] as const;

/** Kinds of "what changed" entries. */
export const UPDATE_KINDS = ['law', 'map', 'term', 'phone', 'service', 'other'] as const;

/** Kinds of linked directories and online services. */
export const LINK_KINDS = ['detainee-locator', 'case-status', 'legal-directory', 'lawyer-referral', 'other'] as const;

export const BODIES = [
  'us-senate',
  'us-house',
  'state-senate',
  'state-assembly',
  'governor',
  'lt-governor',
  'attorney-general',
  'secretary-of-state',
  'county',
  'city',
] as const;

/** Template placeholders the contact widget fills in, written `{{target.lastName}}`. */
export const TEMPLATE_TOKENS = [
  'target.name',
  'target.lastName',
  'target.title',
  'target.district',
  'user.firstName',
  'user.lastName',
  'user.city',
  'user.zip',
] as const;

export const EVENT_TYPES = [
  'kyr-workshop',
  'legal-clinic',
  'town-hall',
  'rally-vigil',
  'community-meeting',
  'training',
  'resource-fair',
  'other',
] as const;

export const EVENT_STATUSES = ['scheduled', 'cancelled', 'postponed', 'rescheduled', 'moved-online'] as const;

export const ACCESSIBILITY_FEATURES = [
  'wheelchair',
  'step-free',
  'accessible-restroom',
  'asl',
  'captions',
  'childcare',
  'food',
  'quiet-room',
] as const;

/** Scenario ids the rights card has icons and an order for; others are shown after them. */
export const SCENARIO_IDS = [
  'at-door',
  'in-public',
  'in-car',
  'at-work',
  'at-school',
  'at-hospital',
  'if-detained',
  'prepare-family',
  'witnessing-raid',
] as const;

/**
 * Where a California law on the rights card stands, as of a date: `in-force` (it applies as
 * written), `partly-blocked` (a court blocked part of it), `blocked-for-federal-officers` (a court
 * holds it cannot be applied to federal officers such as ICE agents), `in-litigation` (challenged
 * in court, not blocked).
 */
export const LAW_STATUSES = ['in-force', 'partly-blocked', 'blocked-for-federal-officers', 'in-litigation'] as const;

export const WEEKDAYS = ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'] as const;
