import type {WidgetRegistry} from '../autoloader.js';

/**
 * Every widget the drop-in script can load, by tag. Each entry is a dynamic import of the
 * widget's `define.ts`, so rollup emits one chunk per widget and the loader stays tiny.
 * A widget is added here (and in `all.ts`) when it lands.
 */
export const widgets: WidgetRegistry = {
  'amparo-contact-rep': () => import('./contact-rep/define.js'),
  'amparo-event-calendar': () => import('./event-calendar/define.js'),
  'amparo-resource-finder': () => import('./resource-finder/define.js'),
  'amparo-rights-card': () => import('./rights-card/define.js'),
};
