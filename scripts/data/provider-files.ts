/**
 * Reads the provider files under `--from` (laid out like ../shared/sources/providers) for
 * ./providers.ts. Only reads: nothing is copied into the project.
 */
import {readFile} from 'node:fs/promises';
import {join} from 'node:path';
import type {UpstreamLink} from './places.js';
import type {UpstreamRecord} from './provider-common.js';
import type {ProviderFiles, UpstreamOrganisation} from './providers.js';

export const PROVIDER_FILES = {
  recognized: 'providers/eoir-recognized-organizations-ca.json',
  proBono: 'providers/eoir-pro-bono-providers-ca.json',
  grantees: 'providers/uscis-citizenship-grantees-ca.json',
  index: 'providers/organisations-index-ca.json',
  courts: 'providers/immigration-courts-ca.json',
  detention: 'providers/ice-detention-facilities-ca.json',
  links: 'providers/link-only-sources.json',
} as const;

async function json<T>(from: string, key: keyof typeof PROVIDER_FILES): Promise<T> {
  const path = join(from, PROVIDER_FILES[key]);
  try {
    return JSON.parse(await readFile(path, 'utf8')) as T;
  } catch (error) {
    throw new Error(`providers: cannot read ${path}: ${(error as Error).message}`, {cause: error});
  }
}

export async function readProviderFiles(from: string): Promise<ProviderFiles> {
  const index = await json<{generated: string; organisations: UpstreamOrganisation[]}>(from, 'index');
  return {
    recognized: await json<UpstreamRecord[]>(from, 'recognized'),
    proBono: await json<UpstreamRecord[]>(from, 'proBono'),
    grantees: await json<UpstreamRecord[]>(from, 'grantees'),
    index: index.organisations,
    compiled: index.generated,
    courts: await json<UpstreamRecord[]>(from, 'courts'),
    detention: await json<UpstreamRecord[]>(from, 'detention'),
    links: await json<UpstreamLink[]>(from, 'links'),
  };
}
