/**
 * `npm run build`: the content check and `astro build`, side by side on two cores. The check
 * decides: when it finds problems, the build is stopped, dist/ is removed (no half-built site
 * is left to deploy) and only the check's plain-language report is shown. Astro's own output is
 * held back until the check has passed, so a volunteer's mistake never shows as a stack trace;
 * the check's report is printed whole, then Astro's output in whole lines.
 */
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { setPriority } from 'node:os';
import { inLines } from './lib/build-log.ts';

const node = process.execPath;
const run = (args: string[], env: NodeJS.ProcessEnv = {}) =>
  spawn(node, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });

const check = run(['scripts/check-content.ts']);
// Vite's bundler (Rolldown) and Astro's compiler allocate with mimalloc, which by default keeps
// freed memory for reuse: about 110 MB on the 2,000-page benchmark that the rest of the build
// never gets back. Returned at once, the build's peak is that much lower.
const astro = run(['node_modules/astro/bin/astro.mjs', 'build', ...process.argv.slice(2)], { MIMALLOC_PURGE_DELAY: '0' });
// The check is quicker than the build: it yields the processor to the build (and to Pagefind's and
// Vite's threads) whenever both want it, and still ends first.
try {
  setPriority(check.pid!, 10);
} catch {
  // Not allowed on this system: both then share the cores evenly.
}

let checked = false;
const held: [NodeJS.WriteStream, string][] = [];
for (const [from, to] of [
  [astro.stdout, process.stdout],
  [astro.stderr, process.stderr],
] as const) {
  // In whole lines, a page to a line (scripts/lib/build-log.ts).
  const lines = inLines((text) => (checked ? to.write(text) : held.push([to, text])));
  from.setEncoding('utf8').on('data', lines.add).on('end', lines.end);
}
const exited = (child: ReturnType<typeof run>) => new Promise<number>((done) => child.on('close', (code) => done(code ?? 1)));
const report: Buffer[] = [];
check.stdout.on('data', (chunk: Buffer) => report.push(chunk));
check.stderr.on('data', (chunk: Buffer) => report.push(chunk));

// The exit code is set, not forced with process.exit(): where output to a pipe is written
// asynchronously (macOS, Windows), exiting at once could cut off the end of the report.
const astroDone = exited(astro);
if ((await exited(check)) !== 0) {
  astro.kill('SIGTERM');
  await astroDone;
  rmSync('dist', { recursive: true, force: true });
  process.stderr.write(Buffer.concat(report));
  process.exitCode = 1;
} else {
  process.stdout.write(Buffer.concat(report));
  checked = true;
  for (const [to, chunk] of held.splice(0)) to.write(chunk);
  process.exitCode = await astroDone;
}
