/**
 * A small static server for the offline tests: it serves a built site under the base path, as
 * GitHub Pages does (text gzipped, caching headers included), can switch to another folder (a
 * "deploy"), and counts the bytes it sends for each path.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { createServer } from 'node:http';
import { extname, join } from 'node:path';
import { freePort } from '../../scripts/free-port.ts';
import { basePath } from '../helpers/dist.ts';
import { gzipLevel } from '../../src/integrations/service-worker.ts';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.txt': 'text/plain',
};

export async function serveSite(root: string) {
  const site = { root, sent: new Map<string, number>() };
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const rel = path.startsWith(basePath) ? path.slice(basePath.length) : undefined;
    let file = rel === undefined || rel.includes('..') ? undefined : join(site.root, rel);
    if (file && existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!file || !existsSync(file)) {
      response.writeHead(404, { 'content-type': types['.html']! });
      createReadStream(join(site.root, '404.html')).pipe(response);
      return;
    }
    // Text gzipped for a browser that accepts it, as GitHub Pages does; other files as they are.
    const type = types[extname(file)];
    const gzip = type !== undefined && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
    const body = gzip ? gzipSync(readFileSync(file), { level: gzipLevel }) : readFileSync(file);
    site.sent.set(path, (site.sent.get(path) ?? 0) + body.length);
    // GitHub Pages' own caching: ten minutes, for every file.
    response.writeHead(200, {
      'content-type': type ?? 'application/octet-stream',
      'content-length': body.length,
      'cache-control': 'max-age=600',
      ...(gzip ? { 'content-encoding': 'gzip', vary: 'Accept-Encoding' } : {}),
    });
    response.end(body);
  });
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${port}${basePath}`,
    /** Serve another folder from now on. */
    deploy: (folder: string) => void (site.root = folder),
    /** Bytes sent per path since the last call. */
    takeSent: () => {
      const sent = site.sent;
      site.sent = new Map();
      return sent;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
