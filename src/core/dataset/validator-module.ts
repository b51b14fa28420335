/**
 * Loads the validator (zod/mini, the schemas, layering): its own chunk in the drop-in build,
 * imported the first time a document needs it. The classic builds replace this module with
 * validator-module.iife.ts (a second classic file, SRI-pinned).
 */
export const loadValidator = () => import('./validate.js');
