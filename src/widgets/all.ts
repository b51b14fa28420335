/**
 * Imports every widget's define module; used by the single-file IIFE build.
 * Add a widget here and in `registry.ts` when it lands.
 */
import './contact-rep/define.js';
import './event-calendar/define.js';
import './resource-finder/define.js';
import './rights-card/define.js';
