/**
 * The single-file build (`dist/amparo.iife.js`): a classic script that defines every element
 * at once, for sites that cannot use modules or that pin the file with an SRI hash.
 */
import {VERSION} from './core/version.js';
import {configFromScript, publishPageConfig} from './script-config.js';
import './widgets/all.js';

const script = document.currentScript as HTMLScriptElement | null;
publishPageConfig(configFromScript(script, script?.src || document.baseURI));
const g = globalThis as typeof globalThis & {amparo?: {version: string}};
g.amparo ??= {version: VERSION};
