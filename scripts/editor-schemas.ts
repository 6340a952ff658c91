import { main } from './lib/editor-schemas.ts';

await main();
