// Removes build output so that stale chunks never reach a size check or an e2e test.
import {rmSync} from 'node:fs';
rmSync(new URL('../dist', import.meta.url), {recursive: true, force: true});
