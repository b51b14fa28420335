#!/usr/bin/env node
// The `amparo` command (see src/cli/amparo.ts). Runs the built CLI from dist/.
import {existsSync} from 'node:fs';

const cli = new URL('../dist/cli/amparo.js', import.meta.url);
if (!existsSync(cli)) {
  console.error('amparo: dist/cli/amparo.js is missing; run `npm run build` first.');
  process.exit(2);
}
const {main} = await import(cli.href);
process.exitCode = await main(process.argv.slice(2));
