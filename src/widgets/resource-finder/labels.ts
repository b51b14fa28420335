/** Plain-language labels for the dataset's vocabularies, in the interface language (msg). */
import {msg} from '@lit/localize';
import type {Assistance, CostType, Credential, Need, Population} from './search.js';

/** The need picker, in the order people look for help: urgent legal needs first. */
export function needLabel(need: Need): string {
  switch (need) {
    case 'deportation-defense':
      return msg('I have a court date / deportation case');
    case 'detention':
      return msg('Someone was detained');
    case 'daca':
      return msg('DACA');
    case 'asylum':
      return msg('Asylum (fleeing danger)');
    case 'u-t-visa':
      return msg('Crime or trafficking victim (U or T visa)');
    case 'vawa':
      return msg('Abuse by a family member (VAWA)');
    case 'tps':
      return msg('TPS (Temporary Protected Status)');
    case 'family-petitions':
      return msg('Family petitions');
    case 'citizenship':
      return msg('Citizenship');
    case 'sijs':
      return msg('Children and youth (SIJS)');
    case 'kyr-workshop':
      return msg('Know-your-rights workshops');
    case 'family-preparedness':
      return msg('Family preparedness plan');
    case 'rapid-response':
      return msg('Rapid response (raids, enforcement)');
    case 'mental-health':
      return msg('Mental health');
    case 'food':
      return msg('Food');
    case 'health':
      return msg('Health care');
    case 'housing':
      return msg('Housing');
    case 'workers-rights':
      return msg("Workers' rights");
    case 'education':
      return msg('Education');
    case 'benefits':
      return msg('Public benefits');
  }
}

export function assistanceLabel(value: Assistance): string {
  switch (value) {
    case 'full-representation':
      return msg('Full representation');
    case 'application-help':
      return msg('Help with applications');
    case 'consultation':
      return msg('Consultation');
    case 'referral':
      return msg('Referral');
    case 'workshop':
      return msg('Workshop');
  }
}

export function populationLabel(value: Population): string {
  switch (value) {
    case 'detained':
      return msg('People in detention');
    case 'children':
      return msg('Children');
    case 'students':
      return msg('Students');
    case 'dv-survivors':
      return msg('Survivors of domestic violence');
    case 'lgbtq':
      return msg('LGBTQ+ people');
    case 'farmworkers':
      return msg('Farmworkers');
    case 'indigenous-language':
      return msg('Indigenous-language speakers');
    case 'veterans':
      return msg('Veterans');
  }
}

export function credentialLabel(value: Credential): string {
  switch (value) {
    case 'doj-recognized':
      return msg('DOJ-recognized organization');
    case 'accredited-rep':
      return msg('DOJ-accredited representative');
    case 'attorney-on-staff':
      return msg('Attorney on staff');
    case 'cdss-funded':
      return msg('Funded by the State of California (CDSS)');
    case 'eoir-pro-bono':
      return msg('On the immigration court pro bono list');
  }
}

export function costLabel(value: CostType): string {
  switch (value) {
    case 'free':
      return msg('Free');
    case 'low-cost':
      return msg('Low cost');
    case 'sliding-scale':
      return msg('Sliding scale (based on income)');
    case 'fee':
      return msg('Fee');
  }
}

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
