/** Lighthouse with desktop settings: the gate of tests/accessibility/lighthouse-gate.ts. */
import { lighthouseGate } from './lighthouse-gate.ts';

lighthouseGate('desktop');
