/** Starts `astro preview` on the built site once for the whole test run. */
import { preview } from 'astro';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const server = await preview({ root: process.cwd(), logLevel: 'warn', server: { host: '127.0.0.1', port: 4399 } });
  const base = (process.env.BASE_PATH || '/').replace(/\/?$/, '/');
  project.provide('siteUrl', `http://127.0.0.1:${server.port}${base}`);
  return async () => server.stop();
}
