/** Plain-language labels for the event vocabularies, in the interface language (msg). */
import {msg, str} from '@lit/localize';
import {plural} from '../../core/i18n/plural.js';
import {uiLocale as uiLocaleOf} from '../../core/i18n/localization.js';
import type {CommunityEvent} from '../../core/dataset/schema/index.js';

export function typeLabel(type: CommunityEvent['type']): string {
  switch (type) {
    case 'kyr-workshop':
      return msg('Know-your-rights workshop');
    case 'legal-clinic':
      return msg('Legal clinic');
    case 'town-hall':
      return msg('Town hall');
    case 'rally-vigil':
      return msg('Rally or vigil');
    case 'community-meeting':
      return msg('Community meeting');
    case 'training':
      return msg('Training');
    case 'resource-fair':
      return msg('Resource fair');
    case 'other':
      return msg('Other event');
  }
}

export function formatLabel(format: CommunityEvent['format']): string {
  switch (format) {
    case 'in-person':
      return msg('In person');
    case 'online':
      return msg('Online');
    case 'hybrid':
      return msg('In person and online');
  }
}

/** A status banner's text, or '' for scheduled events. */
export function statusLabel(status: CommunityEvent['status']): string {
  switch (status) {
    case 'cancelled':
      return msg('Cancelled');
    case 'postponed':
      return msg('Postponed');
    case 'rescheduled':
      return msg('Rescheduled');
    case 'moved-online':
      return msg('Moved online');
    default:
      return '';
  }
}

export function featureLabel(feature: string): string {
  switch (feature) {
    case 'wheelchair':
      return msg('Wheelchair accessible');
    case 'step-free':
      return msg('Step-free entrance');
    case 'accessible-restroom':
      return msg('Accessible restroom');
    case 'asl':
      return msg('ASL interpretation');
    case 'captions':
      return msg('Captions');
    case 'childcare':
      return msg('Childcare');
    case 'food':
      return msg('Food provided');
    case 'quiet-room':
      return msg('Quiet room');
    default:
      return feature;
  }
}

export function costLabel(type: string): string {
  switch (type) {
    case 'free':
      return msg('Free');
    case 'low-cost':
      return msg('Low cost');
    case 'sliding-scale':
      return msg('Sliding scale (based on income)');
    default:
      return msg('Fee');
  }
}

const languageNames = new Map<string, string>();

/** A language's name in the interface language ("Spanish" / "español"), else the tag itself; cached. */
export function languageLabel(tag: string, uiLocale: string): string {
  const key = `${uiLocale}|${tag}`;
  let label = languageNames.get(key);
  if (label === undefined) {
    let name: string | undefined;
    try {
      name = new Intl.DisplayNames([uiLocale], {type: 'language', fallback: 'code'}).of(tag);
    } catch {
      name = undefined;
    }
    label = name && name !== tag ? name.charAt(0).toLocaleUpperCase(uiLocale) + name.slice(1) : tag;
    languageNames.set(key, label);
  }
  return label;
}

/** "3 events", in the interface language's plural forms. */
export function eventCount(n: number): string {
  const count = new Intl.NumberFormat(uiLocaleOf()).format(n);
  return plural(n, {
    zero: () => msg(str`${count} events`, {id: 'calendar.events.zero'}),
    one: () => msg(str`${count} event`, {id: 'calendar.events.one'}),
    two: () => msg(str`${count} events`, {id: 'calendar.events.two'}),
    few: () => msg(str`${count} events`, {id: 'calendar.events.few'}),
    many: () => msg(str`${count} events`, {id: 'calendar.events.many'}),
    other: () => msg(str`${count} events`, {id: 'calendar.events.other'}),
  });
}
