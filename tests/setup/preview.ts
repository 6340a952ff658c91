/** Serves the built dist/ with `astro preview`, for the tests that need a browser. */
import { freePort } from '../../scripts/lib/free-port.ts';
import { preview } from 'astro';
import type { TestProject } from 'vitest/node';
import { basePathFrom } from '../../src/site/routes.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const server = await preview({ root: process.cwd(), logLevel: 'warn', server: { host: '127.0.0.1', port: await freePort() } });
  project.provide('siteUrl', `http://127.0.0.1:${server.port}${basePathFrom(process.env['BASE_PATH'])}`);
  return async () => server.stop();
}
