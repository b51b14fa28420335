/**
 * Imports every widget's define module; used by the single-file IIFE build.
 * Add a widget here and in `registry.ts` when it lands.
 */
import './rights-card/define.js';
