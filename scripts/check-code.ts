/**
 * The checks of `npm run check` after the content check: Markdown style, Astro's type check, the
 * service worker's type check, ESLint and Prettier. They run side by side (each keeps about one
 * core busy, and astro check alone takes longer than the rest together); each one's output is
 * shown whole, in this order, and the exit code is 1 if any of them failed.
 */
import { spawn } from 'node:child_process';

const checks = [
  ['markdownlint-cli2'],
  ['astro', 'check'],
  ['tsc', '--noEmit', '-p', 'src/offline/worker.tsconfig.json'],
  ['eslint', '.'],
  ['prettier', '--check', '.'],
];

/** Runs a command of node_modules/.bin (on PATH under npm), keeping its output and exit code. */
function run([command, ...args]: string[]): Promise<{ output: string; code: number }> {
  return new Promise((resolve) => {
    const child = spawn(command!, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk));
    child.on('error', (error) => resolve({ output: `${output}${error.message}\n`, code: 1 }));
    child.on('close', (code) => resolve({ output, code: code ?? 1 }));
  });
}

const running = checks.map((check) => run(check));
for (const [i, check] of checks.entries()) {
  const { output, code } = await running[i]!;
  console.log(`\n> ${check.join(' ')}${code ? `  (failed, exit code ${code})` : ''}\n${output.trimEnd()}`);
  if (code) process.exitCode = 1;
}
