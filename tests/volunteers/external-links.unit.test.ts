/**
 * The external link check (linkinator), on a small site of its own: it follows the site's links
 * to every page and reports a dead outside address with the pages that link to it. Only loopback
 * addresses are used: nothing leaves this machine.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { brokenLinks, brokenLinksReport } from '../../scripts/lib/external-links.ts';

let dist: string;
let server: Server;
let port: number;

beforeAll(async () => {
  // An "other website" that answers one address and not another.
  server = createServer((req, res) => {
    res.writeHead(req.url === '/source' ? 200 : 404, { 'content-type': 'text/html' }).end('<p>source</p>');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  port = (server.address() as { port: number }).port;
  dist = mkdtempSync(join(tmpdir(), 'asec-links-'));
  mkdirSync(join(dist, 'about'));
  writeFileSync(join(dist, 'index.html'), '<!doctype html><html lang="en"><body><a href="/about/">About</a></body></html>');
  writeFileSync(
    join(dist, 'about/index.html'),
    `<!doctype html><html lang="en"><body><a href="http://127.0.0.1:${port}/source">works</a> <a href="http://127.0.0.1:${port}/moved">moved</a></body></html>`,
  );
});
afterAll(() => {
  server?.close();
  rmSync(dist, { recursive: true, force: true });
});

describe('brokenLinks', () => {
  it("finds a dead outside address on a page reached through the site's own links, and only that one", async () => {
    const broken = await brokenLinks(dist);
    expect(broken).toEqual([{ url: `http://127.0.0.1:${port}/moved`, status: '404', pages: ['/about/'] }]);
    const report = brokenLinksReport(broken, 2);
    expect(report).toContain('found 1 of 2 links');
    expect(report).toContain(`| http://127.0.0.1:${port}/moved | 404 | \`/about/\` |`);
  });
});
