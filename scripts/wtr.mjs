// Runs the unit and element tests in headless Chromium, finding (or installing) it first.
import {spawnSync} from 'node:child_process';
import {findChromium} from './find-chromium.mjs';

let chrome;
try {
  chrome = findChromium();
} catch (error) {
  console.error(error.message);
  process.exit(1);
}
const result = spawnSync('npx', ['web-test-runner', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: {...process.env, CHROME_PATH: chrome},
});
process.exit(result.status ?? 1);
