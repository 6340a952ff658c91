/**
 * A small static server for the offline tests: it serves a built site under the base path, as
 * GitHub Pages does (text gzipped, caching headers included), can switch to another folder (a
 * "deploy"), counts the bytes it sends for each path, and can misbehave on a path as a bad
 * network or host does: answer late, answer 5xx, or break off mid-body. Pages outside the base
 * path stand in for another site on the same origin (GitHub Pages project sites share one).
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { createServer } from 'node:http';
import { extname, join } from 'node:path';
import { freePort } from '../../scripts/lib/free-port.ts';
import { basePath } from '../helpers/dist.ts';
import { gzipLevel } from '../../src/offline/integration.ts';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.txt': 'text/plain',
};

/** How the server answers a path: late (ms), with a 5xx, or cut off after half the body. */
export type Misbehaviour = { delay: number } | { status: 500 | 502 | 503 } | { cut: true };

export async function serveSite(root: string, options: { otherSite?: Record<string, string> } = {}) {
  const site = { root, sent: new Map<string, number>(), misbehave: new Map<string, Misbehaviour>() };
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const other = options.otherSite?.[path];
    if (other !== undefined) {
      response.writeHead(200, { 'content-type': types['.html']! });
      response.end(other);
      return;
    }
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
    const send = () => {
      const bad = site.misbehave.get(path);
      if (bad && 'status' in bad) {
        response.writeHead(bad.status, { 'content-type': 'text/plain' });
        response.end('The host is having trouble.');
        return;
      }
      site.sent.set(path, (site.sent.get(path) ?? 0) + body.length);
      // GitHub Pages' own caching: ten minutes, for every file.
      response.writeHead(200, {
        'content-type': type ?? 'application/octet-stream',
        'content-length': body.length,
        'cache-control': 'max-age=600',
        ...(gzip ? { 'content-encoding': 'gzip', vary: 'Accept-Encoding' } : {}),
      });
      if (bad && 'cut' in bad) {
        // Half the body, then the connection drops.
        response.write(body.subarray(0, Math.floor(body.length / 2)));
        setTimeout(() => response.destroy(), 50);
        return;
      }
      response.end(body);
    };
    const bad = site.misbehave.get(path);
    if (bad && 'delay' in bad) setTimeout(send, bad.delay);
    else send();
  });
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${port}${basePath}`,
    origin: `http://127.0.0.1:${port}`,
    /** Serve another folder from now on. */
    deploy: (folder: string) => void (site.root = folder),
    /** Misbehave on a path (a site path, e.g. /th/about/), or behave again with undefined. */
    misbehave: (path: string, how: Misbehaviour | undefined) => void (how ? site.misbehave.set(path, how) : site.misbehave.delete(path)),
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
