import { main } from './lib/pr-summary.ts';

await main();
