import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { countryMap, MAP_HEIGHT, MAP_WIDTH } from '../../src/utils/map.ts';
import { memberCodes } from '../../src/site/members.ts';

/** Bounds of the coordinates in an SVG path made of M/L commands. */
function bounds(d: string) {
  const nums = [...d.matchAll(/-?\d+(?:\.\d+)?,-?\d+(?:\.\d+)?/g)].map((m) => m[0].split(',').map(Number) as [number, number]);
  const xs = nums.map(([x]) => x);
  const ys = nums.map(([, y]) => y);
  return { minX: Math.min(...xs), maxX: Math.max(...xs), minY: Math.min(...ys), maxY: Math.max(...ys) };
}

describe('member-country map', () => {
  const map = countryMap();

  it('draws each of the 16 members once', () => {
    expect(map.members.map((m) => m.code).sort()).toEqual([...memberCodes].sort());
    for (const m of map.members) expect(m.d, m.code).toMatch(/^M/);
  });

  it('shows every member whole: none is cut at the frame', () => {
    // Paths are clipped to the frame, so a member that did not fit would touch its edge.
    for (const m of map.members) {
      const b = bounds(m.d);
      expect(b.minX, m.code).toBeGreaterThan(1);
      expect(b.maxX, m.code).toBeLessThan(MAP_WIDTH - 1);
      expect(b.minY, m.code).toBeGreaterThan(1);
      expect(b.maxY, m.code).toBeLessThan(MAP_HEIGHT - 1);
    }
    // The neighbours, by contrast, run off the edges.
    expect(map.others.some((o) => bounds(o.d).minX <= 0)).toBe(true);
  });

  it('gives Singapore, too small to see, a dot drawn above its neighbours', () => {
    const singapore = map.members.find((m) => m.code === 'SG')!;
    expect(singapore.dot).toBeDefined();
    expect(map.members.find((m) => m.code === 'CN')!.dot).toBeUndefined();
    expect(map.members.at(-1)!.dot).toBeDefined();
  });

  it('places countries where they are: Japan east of India, China north of Indonesia', () => {
    const centre = (code: string) => {
      const b = bounds(map.members.find((m) => m.code === code)!.d);
      return { x: (b.minX + b.maxX) / 2, y: (b.minY + b.maxY) / 2 };
    };
    expect(centre('JP').x).toBeGreaterThan(centre('IN').x);
    expect(centre('CN').y).toBeLessThan(centre('ID').y);
    expect(centre('PK').x).toBeLessThan(centre('BD').x);
  });

  it('stays a few KB of SVG path data', () => {
    const paths = [...map.members, ...map.others].map((s) => s.d).join('');
    expect(gzipSync(paths).length).toBeLessThan(6 * 1024);
  });
});
