import { main } from './lib/external-links.ts';

await main();
