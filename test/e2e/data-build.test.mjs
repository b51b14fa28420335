// The default dataset is reproducible: `npm run data:build -- --from ../shared/sources` rebuilds
// data/ byte for byte (no network), and the coverage report in data/README.md is up to date.
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {existsSync, mkdtempSync, readdirSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, it} from 'node:test';

const SOURCES = '../shared/sources';
const skip = existsSync(SOURCES)
  ? false
  : `${SOURCES} is missing (a local copy of the upstream files; CI has it): cannot rebuild data/ offline`;

const runTs = (script, ...args) => spawnSync('node', ['scripts/run-ts.mjs', script, ...args], {encoding: 'utf8'});
const jsonFiles = (dir) => readdirSync(dir).filter((f) => f.endsWith('.json')).sort();

describe('data:build', () => {
  it('rebuilds data/ byte for byte from the sources', {skip}, () => {
    const out = mkdtempSync(join(tmpdir(), 'amparo-data-'));
    try {
      const run = runTs('scripts/data/build.ts', '--from', SOURCES, '--out', out);
      assert.equal(run.status, 0, run.stdout + run.stderr);
      assert.deepEqual(jsonFiles(out), jsonFiles('data'), 'the build writes exactly the JSON files in data/');
      for (const file of jsonFiles('data')) {
        assert.ok(readFileSync(join(out, file)).equals(readFileSync(join('data', file))), `data/${file} differs from a fresh build; run npm run data:build -- --from ${SOURCES}`);
      }
    } finally {
      rmSync(out, {recursive: true, force: true});
    }
  });

  it('refuses to run without --from, writing nothing', () => {
    const run = runTs('scripts/data/build.ts', '--out', join(tmpdir(), 'amparo-data-never'));
    assert.equal(run.status, 1);
    assert.match(run.stderr, /pass --from DIR/);
    assert.ok(!existsSync(join(tmpdir(), 'amparo-data-never')));
  });
});

describe('data:report', () => {
  it('matches the coverage report in data/README.md', () => {
    const run = runTs('scripts/data/report.ts', '--check');
    assert.equal(run.status, 0, run.stdout + run.stderr);
  });
});
