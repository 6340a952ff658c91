/** Every built page is valid HTML by html-validate's recommended rules (.htmlvalidate.json). */
import { HtmlValidate, FileSystemConfigLoader, formatterFactory } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { htmlPages } from '../helpers/dist.ts';

const validator = new HtmlValidate(new FileSystemConfigLoader());
const stylish = formatterFactory('stylish');

describe('html-validate', () => {
  const pages = htmlPages();

  it('validates every built page: at least 25 in each of the 17 languages', () => {
    expect(pages.length).toBeGreaterThan(17 * 25);
  });

  it.each(pages.map((p) => [p.path, p.file] as const))('%s is valid', async (_path, file) => {
    const report = await validator.validateFile(file);
    expect(report.valid, stylish(report.results)).toBe(true);
  });

  it('does report invalid HTML', async () => {
    const report = await validator.validateString(
      '<!doctype html><html lang="en"><head><title>x</title></head><body><div><p>unclosed</div><img src="a.png"></body></html>',
      'dist/invalid-example.html',
    );
    expect(report.valid).toBe(false);
    expect(report.errorCount).toBeGreaterThan(1);
  });
});
