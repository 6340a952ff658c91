/**
 * Where a file belongs: each collection holds only its kind of file, in a folder named after one of
 * the site's languages, and a page's file name makes a usable address.
 */
import { join, relative, sep } from 'node:path';
import { defaultLocale } from '../i18n/locales.ts';
import type { Check, Collection } from './content.ts';
import type { Problem } from './problems.ts';

const IMAGE = /\.(jpe?g|png|webp|avif|gif|svg)$/i;

/** Where a file belongs: its path, language and page name, or why it cannot be there. */
export function locate(
  root: string,
  file: string,
  collection: Collection,
  languages: readonly string[],
): { rel: string; locale: string; slug: string } | Problem | undefined {
  const rel = relative(root, file).split(sep).join('/');
  const inside = relative(join(root, 'content', collection), file).split(sep);
  const isData = collection === 'ui';
  const locale = isData ? inside[0]!.replace(/\.ya?ml$/, '') : inside[0]!;
  const slug = isData
    ? ''
    : inside
        .slice(1)
        .join('/')
        .replace(/\.(md|mdx)$/, '');

  if (!isData && IMAGE.test(file)) return undefined; // images sit beside the pages that show them
  if (!(isData ? /\.yaml$/ : /\.mdx?$/).test(file)) {
    return {
      file: rel,
      message: `this folder holds only ${isData ? 'YAML files ending in .yaml' : 'Markdown files (.md or .mdx)'}: rename the file or move it out of content/${collection}/`,
    };
  }
  if (isData && inside.length !== 1) {
    return {
      file: rel,
      message: `interface strings are one file per language directly in content/ui/, for example content/ui/${defaultLocale}.yaml`,
    };
  }
  if (!languages.includes(locale)) {
    return {
      file: rel,
      message: `"${locale}" is not a language of the site (${languages.join(', ')}): put the file in content/${collection}/<language>/, for example content/${collection}/${defaultLocale}/`,
    };
  }
  if (!isData && inside.length !== 2) {
    return {
      file: rel,
      message: `files go directly in the language folder, not in a sub-folder: expected content/${collection}/${locale}/<name>.md`,
    };
  }
  return { rel, locale, slug };
}

export const checkPlacement: Check = ({ root, languages, collectionFiles }) =>
  collectionFiles.flatMap(({ path, collection }): Problem[] => {
    const place = locate(root, path, collection, languages);
    if (!place) return [];
    if ('message' in place) return [place];
    if (collection !== 'ui' && !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(place.slug)) {
      return [
        {
          file: place.rel,
          message: `the file name "${place.slug}" becomes the page address: use lower-case letters, digits and hyphens only, for example sri-lanka.md`,
        },
      ];
    }
    return [];
  });
