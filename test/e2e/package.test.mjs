// Checks on the package as published: versions agree, every export exists after the build,
// the CLI validates files and exits with the documented codes.
import assert from 'node:assert/strict';
import {execFileSync, spawnSync} from 'node:child_process';
import {existsSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, it} from 'node:test';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

describe('package', () => {
  it('declares the same version as the code', () => {
    assert.match(readFileSync('src/core/version.ts', 'utf8'), new RegExp(`VERSION = '${pkg.version}'`));
  });

  it('builds every file its exports map names', () => {
    for (const target of Object.values(pkg.exports)) {
      const file = typeof target === 'string' ? target : target.default;
      if (file.includes('*')) continue;
      assert.ok(existsSync(file), `${file} is missing`);
    }
    assert.ok(existsSync(pkg.types), `${pkg.types} is missing`);
    assert.ok(existsSync('dist/data/amparo-ca.json'), 'the default dataset ships in dist/data');
  });

  it('writes a JSON Schema for datasets', () => {
    const schema = JSON.parse(readFileSync('dist/amparo-dataset.schema.json', 'utf8'));
    assert.equal(schema.type, 'object');
    assert.ok(schema.properties.meta, 'the schema describes meta');
  });

  it('generates a custom elements manifest documenting the shared tokens and parts', () => {
    const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
    const base = manifest.modules
      .flatMap((m) => m.declarations ?? [])
      .find((d) => d.name === 'AmparoElement');
    assert.ok(base, 'AmparoElement is in the manifest');
    assert.ok(base.cssProperties.some((p) => p.name === '--amparo-color-accent'));
    assert.ok(base.cssParts.some((p) => p.name === 'base'));
    assert.ok(base.attributes.some((a) => a.name === 'dataset'));
  });
});

describe('amparo validate', () => {
  const cli = (...args) => spawnSync('node', ['bin/amparo.mjs', ...args], {encoding: 'utf8'});

  it('exits 0 for the default dataset', () => {
    const run = cli('validate', 'data/amparo-ca.json');
    assert.equal(run.status, 0, run.stdout + run.stderr);
  });

  it('prints path: message and exits 1 for an invalid file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'amparo-cli-'));
    const file = join(dir, 'bad.json');
    const dataset = JSON.parse(readFileSync('data/amparo-ca.json', 'utf8'));
    dataset.meta.generatedAt = 'yesterday';
    writeFileSync(file, JSON.stringify(dataset));
    const run = cli('validate', file);
    assert.equal(run.status, 1);
    assert.match(run.stdout, /\$\.meta\.generatedAt: /);
  });

  it('reports a file that is not JSON', () => {
    const dir = mkdtempSync(join(tmpdir(), 'amparo-cli-'));
    const file = join(dir, 'broken.json');
    writeFileSync(file, '{"meta": ');
    const run = cli('validate', file);
    assert.equal(run.status, 1);
    assert.match(run.stdout, /not valid JSON/);
  });

  it('checks a small dataset that extends the default one as the widgets see it, and names what a dataset lacks', () => {
    const dir = mkdtempSync(join(tmpdir(), 'amparo-cli-'));
    const mine = {
      meta: {
        id: 'our-partners', schemaVersion: '1.1.0', generatedAt: '2026-12-01T00:00:00Z', jurisdiction: 'US-CA',
        locales: ['en'], licence: 'CC-BY-4.0', sources: [{id: 'ours', name: 'Our calls', asOf: '2026-11-30'}],
      },
      organizations: [{id: 'org-ours', name: {en: 'Our Partner'}, provenance: {sourceId: 'ours', asOf: '2026-11-30'}}],
    };
    writeFileSync(join(dir, 'alone.json'), JSON.stringify(mine));
    writeFileSync(join(dir, 'layered.json'), JSON.stringify({...mine, meta: {...mine.meta, extends: 'amparo:default'}}));
    const alone = cli('validate', join(dir, 'alone.json'));
    assert.equal(alone.status, 0, alone.stdout + alone.stderr);
    assert.match(alone.stdout, /warning: for <amparo-resource-finder>: no zip-geo table/);
    assert.match(alone.stdout, /warning: for <amparo-contact-rep>: no officials/);
    const layered = cli('validate', join(dir, 'layered.json'));
    assert.equal(layered.status, 0, layered.stdout + layered.stderr);
    assert.doesNotMatch(layered.stdout, /no zip-geo table|no officials|no hotlines/);
  });

  it('prints usage and exits 2 without arguments', () => {
    const run = cli();
    assert.equal(run.status, 2);
    assert.match(run.stderr, /Usage/);
  });

  it('is runnable through npx', () => {
    const out = execFileSync('npx', ['--no-install', 'amparo', 'schema'], {encoding: 'utf8'});
    assert.ok(JSON.parse(out).properties);
  });
});
