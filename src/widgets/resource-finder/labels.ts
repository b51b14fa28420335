/** Plain-language labels for the dataset's vocabularies, in the interface language (msg). */
import {msg} from '@lit/localize';
import type {Assistance, CostType, Credential, Facet, Need, Population} from './search.js';

/** A label table: one function per value, so each label follows the interface language. */
type Labels<T extends string> = Record<T, () => string>;
const label =
  <T extends string>(table: Labels<T>) =>
  (value: T): string =>
    table[value]();

/** The need picker, in the order people look for help: urgent legal needs first. */
export const needLabel = label<Need>({
  'deportation-defense': () => msg('I have a court date / deportation case'),
  detention: () => msg('Someone was detained'),
  daca: () => msg('DACA'),
  asylum: () => msg('Asylum (fleeing danger)'),
  'u-t-visa': () => msg('Crime or trafficking victim (U or T visa)'),
  vawa: () => msg('Abuse by a family member (VAWA)'),
  tps: () => msg('TPS (Temporary Protected Status)'),
  'family-petitions': () => msg('Family petitions'),
  citizenship: () => msg('Citizenship'),
  sijs: () => msg('Children and youth (SIJS)'),
  'kyr-workshop': () => msg('Know-your-rights workshops'),
  'family-preparedness': () => msg('Family preparedness plan'),
  'rapid-response': () => msg('Rapid response (raids, enforcement)'),
  'mental-health': () => msg('Mental health'),
  food: () => msg('Food'),
  health: () => msg('Health care'),
  housing: () => msg('Housing'),
  'workers-rights': () => msg("Workers' rights"),
  education: () => msg('Education'),
  benefits: () => msg('Public benefits'),
});

export const assistanceLabel = label<Assistance>({
  'full-representation': () => msg('Full representation'),
  'application-help': () => msg('Help with applications'),
  consultation: () => msg('Consultation'),
  referral: () => msg('Referral'),
  workshop: () => msg('Workshop'),
});

export const populationLabel = label<Population>({
  detained: () => msg('People in detention'),
  children: () => msg('Children'),
  students: () => msg('Students'),
  'dv-survivors': () => msg('Survivors of domestic violence'),
  lgbtq: () => msg('LGBTQ+ people'),
  farmworkers: () => msg('Farmworkers'),
  'indigenous-language': () => msg('Indigenous-language speakers'),
  veterans: () => msg('Veterans'),
});

/**
 * A credential, in a card's badge and in the filter (the same words, so a filter value reads as
 * the badge it finds). Each says what its public list means, and no more: DOJ recognition is to
 * practise through accredited representatives (not a promise of free help); the court's pro bono
 * list is a commitment to some free hours; a USCIS grant pays for naturalization help only.
 */
export const credentialLabel = label<Credential>({
  'doj-recognized': () => msg('DOJ-recognized organization (accredited representatives)'),
  'accredited-rep': () => msg('DOJ-accredited representative'),
  'attorney-on-staff': () => msg('Attorney on staff'),
  'cdss-funded': () => msg('Funded by the State of California (CDSS)'),
  'eoir-pro-bono': () => msg('Listed by the immigration court as offering some free help'),
  'uscis-citizenship-grant': () => msg('USCIS citizenship grant: help with naturalization, not legal representation'),
});

export const costLabel = label<CostType>({
  free: () => msg('Free'),
  'low-cost': () => msg('Low cost'),
  'sliding-scale': () => msg('Sliding scale (based on income)'),
  fee: () => msg('Fee'),
});

/** A filter's heading. */
export const facetName = label<Facet>({
  language: () => msg('Language spoken by staff'),
  cost: () => msg('Cost'),
  assistance: () => msg('Type of help'),
  credential: () => msg('Credentials'),
  population: () => msg('People served'),
});

/** A filter value's label. */
export const facetLabel = (facet: Facet, value: string, uiLocale: string): string =>
  facet === 'language'
    ? languageLabel(value, uiLocale)
    : (({cost: costLabel, assistance: assistanceLabel, credential: credentialLabel, population: populationLabel})[facet] as (v: string) => string)(
        value,
      );

const languageNames = new Map<string, Intl.DisplayNames | null>();

/** A language's name in the interface language ("Spanish" / "español"), else the tag itself. */
export function languageLabel(tag: string, uiLocale: string): string {
  let names = languageNames.get(uiLocale);
  if (names === undefined) {
    try {
      names = new Intl.DisplayNames([uiLocale], {type: 'language', fallback: 'code'});
    } catch {
      names = null;
    }
    languageNames.set(uiLocale, names);
  }
  let name: string | undefined;
  try {
    name = names?.of(tag);
  } catch {
    name = undefined;
  }
  return name && name !== tag ? name.charAt(0).toLocaleUpperCase(uiLocale) + name.slice(1) : tag;
}
