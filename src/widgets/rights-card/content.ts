/**
 * Pure logic of the rights card: which edition, which languages, scenario order, per-phrase
 * English fallback and the local hotline. No DOM, no Lit: unit-tested directly.
 */
import {daysSince, pickText, type LocalizedText, type PickedText} from '../../core/format.js';
import {countyByName, type CountyFips} from '../../core/dataset/ca-counties.js';
import {SCENARIO_IDS} from '../../core/dataset/vocabulary.js';
import type {CaliforniaLaw, Hotline, LawStatus, RightsEdition, Scenario} from '../../core/dataset/schema/index.js';
import {directionOf, matchLocale} from '../../core/locale.js';

export type Side = 'holder' | 'agent';

/** The newest edition for the jurisdiction (by `publishedAt`), if any. */
export function currentEdition(editions: readonly RightsEdition[], jurisdiction = 'US-CA'): RightsEdition | undefined {
  return editions
    .filter((e) => e.jurisdiction === jurisdiction)
    .reduce<RightsEdition | undefined>((best, e) => (!best || e.publishedAt > best.publishedAt ? e : best), undefined);
}

export interface EditionLanguage {
  locale: string;
  /** The language's name in itself ("Español", "Tiếng Việt"), for the switcher. */
  name: string;
  dir: 'ltr' | 'rtl';
  method: 'machine' | 'human' | 'reviewed';
}

/** The languages the edition's content is offered in, English first, each named in itself. */
export function editionLanguages(edition: RightsEdition): EditionLanguage[] {
  const seen = new Set<string>();
  const list: EditionLanguage[] = [];
  for (const info of [...edition.locales].sort((a, b) => (a.locale === 'en' ? -1 : b.locale === 'en' ? 1 : 0))) {
    if (seen.has(info.locale)) continue;
    seen.add(info.locale);
    list.push({
      locale: info.locale,
      name: autonym(info.locale),
      dir: info.dir ?? directionOf(info.locale),
      method: info.method,
    });
  }
  return list;
}

const autonyms = new Map<string, string>();

/** The language's own name for itself; cached, as `Intl.DisplayNames` is costly to create. */
function autonym(locale: string): string {
  let name = autonyms.get(locale);
  if (name === undefined) {
    try {
      const own = new Intl.DisplayNames([locale], {type: 'language'}).of(locale);
      name = own ? own.charAt(0).toLocaleUpperCase(locale) + own.slice(1) : locale;
    } catch {
      name = locale;
    }
    autonyms.set(locale, name);
  }
  return name;
}

/** The edition's language closest to `locale` (exact, then same language), else English. */
export function bestLanguage(edition: RightsEdition, locale: string): string {
  return matchLocale(locale, edition.locales.map((l) => l.locale), 'en');
}

/** Scenarios in the card's order (known ids first, in SCENARIO_IDS order), then any others. */
export function orderedScenarios(edition: RightsEdition): Scenario[] {
  const rank = (id: string) => {
    const i = (SCENARIO_IDS as readonly string[]).indexOf(id);
    return i < 0 ? SCENARIO_IDS.length : i;
  };
  return [...edition.scenarios].sort((a, b) => rank(a.id) - rank(b.id));
}

/**
 * A text in the card's language. The card asks for the edition language only, so a missing
 * translation falls back to English (flagged, so the widget can say so and mark `lang="en"`).
 */
export function localize(text: LocalizedText, locale: string): PickedText {
  return pickText(text, locale);
}

/** How many of a scenario's texts (title, steps, phrases, ...) have no translation in `locale`. */
export function untranslatedCount(scenario: Scenario, locale: string): number {
  const texts: LocalizedText[] = [
    scenario.title,
    ...(scenario.summary ? [scenario.summary] : []),
    ...scenario.steps,
    ...(scenario.doNot ?? []),
    ...(scenario.phrases ?? []).map((p) => p.say),
    ...(scenario.californiaLaw ?? []).flatMap((l) => (l.statusNote ? [l.text, l.statusNote] : [l.text])),
    ...(scenario.caveats ?? []).map((c) => c.text),
  ];
  return texts.filter((t) => pickText(t, locale).fallback).length;
}

/** A county given as FIPS (`06037`) or name (`Los Angeles`), as FIPS. */
export function resolveCounty(value: string | null | undefined): CountyFips | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  return /^06\d{3}$/.test(trimmed) ? (trimmed as CountyFips) : countyByName(trimmed);
}

/**
 * The rapid-response hotlines covering a county: verified first, doubtful numbers last (they are
 * still shown, with their warning, because a family may have no other local number).
 */
export function countyHotlines(hotlines: readonly Hotline[], county: string | undefined): Hotline[] {
  if (!county) return [];
  const rank = {verified: 0, unverified: 1, doubtful: 2} as const;
  return hotlines
    .filter((h) => h.kind === 'rapid-response' && h.counties?.includes(county))
    .sort((a, b) => rank[a.verification?.status ?? 'unverified'] - rank[b.verification?.status ?? 'unverified']);
}

export type WarrantVerdict = 'judicial' | 'administrative' | 'unsure';

/**
 * The warrant checker's reading of the boxes a person ticked: any sign of an administrative
 * (ICE) warrant wins; every judicial sign and no administrative one reads as judicial;
 * anything else is unsure. It only summarises the dataset's checklist; the caveat always shows.
 */
export function assessWarrant(
  items: readonly {indicates: 'judicial' | 'administrative'}[],
  checked: ReadonlySet<number>,
): WarrantVerdict {
  if (items.some((item, i) => item.indicates === 'administrative' && checked.has(i))) return 'administrative';
  const judicial = items.map((item, i) => (item.indicates === 'judicial' ? i : -1)).filter((i) => i >= 0);
  return judicial.length > 0 && judicial.every((i) => checked.has(i)) ? 'judicial' : 'unsure';
}

/**
 * How many days a law's status is taken as current: a blocked or contested law can change with
 * any court order, so its status is re-checked every 90 days; a law in force at least yearly.
 */
export const LAW_STATUS_MAX_AGE_DAYS: Record<LawStatus, number> = {
  'in-force': 365,
  'partly-blocked': 90,
  'blocked-for-federal-officers': 90,
  'in-litigation': 90,
};

export interface LawStatusView {
  status: LawStatus;
  asOf: string;
  /** The status is older than LAW_STATUS_MAX_AGE_DAYS on `now`: the card says it may have changed. */
  stale: boolean;
}

/** A law's ledger status as the card shows it, or nothing for a law without one (1.0 datasets). */
export function lawStatus(law: CaliforniaLaw, now: Date): LawStatusView | undefined {
  if (!law.status || !law.asOf) return undefined;
  return {status: law.status, asOf: law.asOf, stale: daysSince(law.asOf, now) > LAW_STATUS_MAX_AGE_DAYS[law.status]};
}
