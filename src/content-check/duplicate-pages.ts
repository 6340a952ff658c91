/** Two files cannot make one page: about.md and about.mdx would both become /about/. */
import type { Check } from './content.ts';
import type { Problem } from './problems.ts';

export const checkDuplicatePages: Check = ({ entries }) => {
  const problems: Problem[] = [];
  const seen = new Map<string, string>();
  for (const p of entries) {
    if (p.collection === 'ui') continue;
    const key = `${p.collection}/${p.locale}/${p.slug}`;
    const first = seen.get(key);
    if (first)
      problems.push({
        file: p.file,
        message: `${first} already makes the page "${p.slug}": two files cannot share a name; rename or remove one`,
      });
    else seen.set(key, p.file);
  }
  return problems;
};
