/**
 * Astro writes each page's Content-Security-Policy <meta> after the tags that come before it in
 * the head (a policy applies only to what follows it), and lists hashes for client directives and
 * island scripts this site never uses. This step, first after the build, moves the policy to just
 * after <meta charset> and keeps only the hashes of the inline scripts and styles the page has.
 */
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { filesIn } from './dist-files.ts';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const META = /<meta http-equiv="content-security-policy" content="([^"]*)">/;
const CHARSET = /<meta charset="utf-8">/i;

const hashOf = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/** A page with its policy first in the head, listing only the hashes of its own inline code. */
export function tightenPolicy(html: string): string {
  const meta = META.exec(html);
  if (!meta || !CHARSET.test(html)) return html;
  const used = {
    'script-src': new Set([...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => hashOf(m[1]!))),
    'style-src': new Set([...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => hashOf(m[1]!))),
  };
  const policy = meta[1]!
    .split(';')
    .map((directive) => directive.trim())
    .filter(Boolean)
    .map((directive) => {
      const [name, ...sources] = directive.split(/\s+/);
      const kept = used[name as keyof typeof used];
      return kept ? [name, ...sources.filter((s) => !s.startsWith("'sha") || kept.has(s))].join(' ') : directive;
    })
    .join('; ');
  const without = html.replace(meta[0], '');
  return without.replace(CHARSET, (charset) => `${charset}<meta http-equiv="content-security-policy" content="${policy}">`);
}

export function contentSecurityPolicy(): AstroIntegration {
  return {
    name: 'asec:content-security-policy',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const dist = fileURLToPath(dir);
        for (const page of filesIn(dist).filter((f) => f.endsWith('.html'))) {
          const file = join(dist, page);
          const html = readFileSync(file, 'utf8');
          const tightened = tightenPolicy(html);
          if (tightened !== html) writeFileSync(file, tightened);
        }
      },
    },
  };
}
