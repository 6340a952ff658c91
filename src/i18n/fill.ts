/**
 * Fills the `{name}` placeholders of an interface string: the one way, at build time (t(), through
 * src/i18n/format.ts) and in the browser (the search and offline scripts), so it stays this small
 * and imports nothing. Numbers are written with the page language's `numbers` format; a
 * placeholder without a value stays as written.
 */
export function fill(template: string, values: Record<string, string | number>, numbers: Intl.NumberFormat): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => {
    const value = values[key];
    if (value === undefined) return whole;
    return typeof value === 'number' ? numbers.format(value) : value;
  });
}
