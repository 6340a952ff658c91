/** Validates everything under content/ and explains each problem: the first step of `npm run check` and of every build. */
import { checkContent } from '../src/content-check/index.ts';
import { formatProblem } from '../src/content-check/problems.ts';

const problems = await checkContent(process.cwd());
if (problems.length) {
  console.error(`\nThe content has ${problems.length} problem${problems.length > 1 ? 's' : ''} to fix before the site can be built:\n`);
  for (const p of problems) console.error(`  ${formatProblem(p)}`);
  console.error('\nEach line names the file and line, the field, what was found and what is expected.\n');
  // Not process.exit(): a report larger than a pipe's buffer is still being written, and would be cut.
  process.exitCode = 1;
} else {
  console.log('Content check: every file under content/ is valid.');
}
