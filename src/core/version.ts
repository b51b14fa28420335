/** The library version; kept equal to package.json by `test/e2e/package.test.mjs`. */
export const VERSION = '0.1.0';
