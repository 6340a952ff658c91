/**
 * Fixtures whose bytes are the point of the test (a byte-order mark, Windows line endings, text
 * that is not UTF-8, pictures): git must store and check them out as they are, which
 * .gitattributes asks for by unsetting "text" on them. Found by their bytes, so a new one that
 * .gitattributes does not cover fails here, not on a Windows clone.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = process.cwd();

/** Why git could rewrite a file (or must leave it alone), or undefined for plain UTF-8 text with LF line endings. */
function byteExact(bytes: Buffer): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'byte-order mark';
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return 'not UTF-8';
  }
  if (bytes.includes(0)) return 'binary';
  return bytes.includes('\r') ? 'carriage returns' : undefined;
}

/** Every file under tests/ that is not plain LF UTF-8 text, with why. */
const found = new Map(
  readdirSync(join(root, 'tests'), { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => join(d.parentPath, d.name))
    .flatMap((file) => {
      const why = byteExact(readFileSync(file));
      return why ? [[relative(root, file).split(sep).join('/'), why] as const] : [];
    }),
);

describe('byte-exact fixtures', () => {
  it('still have the bytes their tests are about', () => {
    // Written out here: the fixtures the content-check tests rely on.
    expect(Object.fromEntries(found)).toMatchObject({
      'tests/content-errors/fixtures-valid/byte-order-mark/content/countries/en/nepal.md': 'byte-order mark',
      'tests/content-errors/fixtures-valid/byte-order-mark/content/pages/en/notes.md': 'carriage returns',
      'tests/content-errors/fixtures/not-utf8/content/pages/en/notes.md': 'not UTF-8',
      'tests/content-errors/fixtures/not-utf8/content/ui/th.yaml': 'not UTF-8',
      'tests/content-errors/fixtures/image-without-alt/content/pages/en/chart.png': 'not UTF-8',
      'tests/content-errors/fixtures/portrait-without-alt/content/people/en/eri-trinurini-adhi.jpg': 'not UTF-8',
    });
    // Windows line endings on every line, not on one.
    const crlf = readFileSync(join(root, 'tests/content-errors/fixtures-valid/byte-order-mark/content/pages/en/notes.md'), 'latin1');
    expect(crlf.split('\r\n').length).toBeGreaterThan(3);
    expect(crlf.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
  });

  it('are each left alone by git (.gitattributes: -text)', () => {
    const files = [...found.keys()];
    expect(files.length).toBeGreaterThanOrEqual(6);
    // "<path>: text: unset" for each file that .gitattributes covers.
    const attributes = execFileSync('git', ['check-attr', 'text', '--', ...files], { cwd: root, encoding: 'utf8' });
    const text = new Map(
      attributes
        .trim()
        .split('\n')
        .map((line) => line.split(': text: ') as [string, string]),
    );
    expect(
      files.filter((file) => text.get(file) !== 'unset').map((file) => `${file} (${found.get(file)}): text is ${text.get(file)}`),
    ).toEqual([]);
  });

  it('finds the bytes it looks for', () => {
    expect(byteExact(Buffer.from('title: "x"\n'))).toBeUndefined();
    expect(byteExact(Buffer.from('\uFEFFtitle: "x"\n'))).toBe('byte-order mark');
    expect(byteExact(Buffer.from('title: "x"\r\n'))).toBe('carriage returns');
    expect(byteExact(Buffer.from([0x51, 0x75, 0xe9, 0x7a, 0x6f, 0x6e, 0x0a]))).toBe('not UTF-8');
    expect(byteExact(Buffer.from([0x61, 0x00, 0x62]))).toBe('binary');
  });
});
