/**
 * The classic builds' validator (issue 15): not inside the single file, which every page pays
 * for, but a second classic file next to it (`dist/amparo-validate.js`), fetched only when a page
 * reads a dataset that is not the trusted default one. The build pins it with its sha384
 * (`integrity`, so an SRI-pinned page stays pinned), and on a page that enforces Trusted Types
 * its address goes through a policy named `amparo-validator` that accepts that one address only (the page's
 * CSP must allow it: `trusted-types lit-html amparo-validator`).
 */
import {getPageConfig} from '../page-config.js';
import type * as Validator from './validate.js';

/** Replaced by the build (rollup.config.mjs): the file name and its SRI hash. */
const FILE = '__AMPARO_VALIDATOR_FILE__';
const INTEGRITY = '__AMPARO_VALIDATOR_INTEGRITY__';
/** Where the classic validator file puts its exports (src/core/dataset/validate.classic.ts). */
const KEY = Symbol.for('amparo.validator');

type Module = typeof Validator;
type Policy = {createScriptURL(url: string): unknown};
type Types = {createPolicy(name: string, rules: {createScriptURL(url: string): string}): Policy};

let loading: Promise<Module> | undefined;

/** The address, as a TrustedScriptURL where Trusted Types exist and the page allows our policy. */
function scriptUrl(url: string): string {
  const types = (globalThis as {trustedTypes?: Types}).trustedTypes;
  if (!types) return url;
  try {
    const policy = types.createPolicy('amparo-validator', {
      createScriptURL: (asked) => {
        if (asked !== url) throw new TypeError(`Amparo: ${asked} is not its validator`);
        return asked;
      },
    });
    return policy.createScriptURL(url) as string;
  } catch {
    // The page does not allow the policy: a plain address works unless Trusted Types are enforced.
    return url;
  }
}

export function loadValidator(): Promise<Module> {
  const g = globalThis as {[KEY]?: Module};
  return (loading ??= new Promise<Module>((resolve, reject) => {
    if (g[KEY]) return resolve(g[KEY]);
    const url = new URL(FILE, getPageConfig().assetBase ?? document.baseURI).href;
    const script = document.createElement('script');
    const failed = (why: string) => {
      loading = undefined;
      script.remove();
      reject(new Error(`could not load the validator ${url} (${why})`));
    };
    try {
      script.src = scriptUrl(url);
    } catch {
      failed("the page's Trusted Types policy does not allow 'amparo-validator'; add it to trusted-types");
      return;
    }
    script.integrity = INTEGRITY;
    script.crossOrigin = 'anonymous';
    script.onload = () => (g[KEY] ? resolve(g[KEY]) : failed('it did not start'));
    script.onerror = () => failed('network, CSP or integrity');
    document.head.append(script);
  }));
}
