// A small static server for the demo (`npm start`) and the end-to-end tests. Serves the project
// root; `/` is demo/index.html. Loopback only, no directory listings, no path traversal.
import {createServer} from 'node:http';
import {readFile, stat} from 'node:fs/promises';
import {extname, join, normalize, resolve, sep} from 'node:path';
import {fileURLToPath} from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.map': 'application/json; charset=utf-8',
};

/**
 * @param {{root?: string, port?: number, host?: string, headers?: (path: string) => Record<string, string>, onRequest?: (path: string) => void}} options
 * @returns {Promise<{url: string, close: () => Promise<void>}>}
 */
export function startServer({root = process.cwd(), port = 0, host = '127.0.0.1', headers, onRequest} = {}) {
  const base = resolve(root);
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    onRequest?.(path);
    let file = normalize(join(base, path === '/' ? 'demo/index.html' : path));
    if (file !== base && !file.startsWith(base + sep)) {
      res.writeHead(403).end();
      return;
    }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      res.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
        ...headers?.(path),
      });
      res.end(body);
    } catch {
      res.writeHead(404, {'content-type': 'text/plain'}).end('Not found');
    }
  });
  return new Promise((done) => {
    server.listen(port, host, () => {
      const {port: actual} = /** @type {import('node:net').AddressInfo} */ (server.address());
      done({
        url: `http://${host === '127.0.0.1' ? 'localhost' : host}:${actual}`,
        close: () => new Promise((closed) => server.close(() => closed())),
      });
    });
  });
}

/**
 * The builder page's policy: as strict as the demo's, plus `blob:` (the preview widgets read the
 * dataset from a blob: URL made in the tab) and `https:` in connect-src (a published spreadsheet,
 * fetched only when the person presses "Fetch").
 */
export const BUILDER_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self' blob: https:; img-src 'self' data:; " +
  "base-uri 'none'; form-action 'none'; require-trusted-types-for 'script'; trusted-types lit-html";

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const port = Number(process.env.PORT ?? 8000);
  const {url} = await startServer({
    port,
    // The demo runs under the strict policy the README recommends, so a regression shows up here.
    headers: (path) =>
      path.startsWith('/demo/builder/') && (path.endsWith('/') || path.endsWith('.html'))
        ? {'content-security-policy': BUILDER_CSP}
        : path === '/' || path.endsWith('.html')
          ? {
              'content-security-policy':
                "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
                "require-trusted-types-for 'script'; trusted-types lit-html",
            }
          : {},
  });
  console.log(`Amparo demo: ${url}/  dataset builder: ${url}/demo/builder/  (Ctrl+C to stop)`);
}
