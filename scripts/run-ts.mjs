// Runs a TypeScript script (scripts/**/*.ts) with Node: esbuild bundles it, with the project's
// own src/ modules it imports (schemas, validator, county table), into .tmp/ and imports it.
// Usage: node scripts/run-ts.mjs scripts/data/build.ts [args...]
import {mkdirSync} from 'node:fs';
import {basename, resolve} from 'node:path';
import {pathToFileURL} from 'node:url';
import {build} from 'esbuild';

const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  console.error('usage: node scripts/run-ts.mjs <script.ts> [args...]');
  process.exit(2);
}
mkdirSync('.tmp/scripts', {recursive: true});
const outfile = resolve('.tmp/scripts', `${basename(entry, '.ts')}.mjs`);
await build({
  entryPoints: [entry],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  outfile,
  logLevel: 'warning',
  tsconfig: 'tsconfig.json',
});
process.argv = [process.argv[0], entry, ...args];
await import(pathToFileURL(outfile).href);
