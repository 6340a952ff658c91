import { main } from './lib/ui-keys.ts';

main();
