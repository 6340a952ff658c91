/**
 * Vite wraps every `import()` of a page script in its preloading helper (0.7 KB gzipped), which
 * only serves imports of the site's own chunks. The search script loads Pagefind from a URL known
 * only at run time, and its first search has a byte budget: it calls `runtimeImport(url)`
 * instead, which becomes a plain `import(url)` once Vite has analysed the chunk.
 */
import type { Plugin } from 'vite';

export const RUNTIME_IMPORT = '__runtimeImport';

export function runtimeImport(): Plugin {
  return {
    name: 'asec:runtime-import',
    enforce: 'post',
    renderChunk(code) {
      if (!code.includes(`${RUNTIME_IMPORT}(`)) return null;
      return { code: code.replaceAll(`${RUNTIME_IMPORT}(`, 'import('), map: null };
    },
  };
}
