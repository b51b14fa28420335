/**
 * The single-file build (`dist/amparo.iife.js`): a classic script that defines every element
 * at once, for sites that cannot use modules or that pin the file with an SRI hash. Sites that use
 * one widget can load its own single file instead (`dist/iife/amparo-<widget>.iife.js`, smaller).
 */
import {bootClassicScript} from './classic-script.js';
import './widgets/all.js';

bootClassicScript();
