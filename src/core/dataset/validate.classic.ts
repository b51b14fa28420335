/**
 * The classic builds' second file (`dist/amparo-validate.js`): the validator, handed to the
 * single file that loaded it (validator-module.iife.ts) through a global symbol.
 */
import * as validator from './validate.js';

(globalThis as {[key: symbol]: unknown})[Symbol.for('amparo.validator')] = validator;
