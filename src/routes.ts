/**
 * Where each content file is published, as a path inside its language: one mapping for the
 * routes, the content check, the pull-request summary and the tests.
 */
export type ContentCollection = 'pages' | 'countries' | 'people';

/** The home page's text (content/pages/<language>/home.md) has the index route. */
export const HOME = 'home';

export function routeOf(collection: ContentCollection, slug: string): string {
  if (collection === 'pages') return slug === HOME ? '' : slug;
  return `${collection === 'people' ? 'leaders' : 'countries'}/${slug}`;
}

/** Pages that exist without a content file of their own. */
export const fixedRoutes = ['', 'countries', 'leaders', 'search'] as const;

/** The deployment's base path as "/" or "/name/", however BASE_PATH was written. */
export function basePathFrom(value: string | undefined): string {
  const trimmed = (value ?? '').trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}
