/** Lighthouse with desktop settings on half 1 of the measured pages: the gate of tests/accessibility/lighthouse-gate.ts. */
import { lighthouseGate } from './lighthouse-gate.ts';

lighthouseGate('desktop', 1);
