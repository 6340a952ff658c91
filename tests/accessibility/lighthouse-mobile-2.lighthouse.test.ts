/** Lighthouse with mobile settings on half 2 of the measured pages: the gate of tests/accessibility/lighthouse-gate.ts. */
import { lighthouseGate } from './lighthouse-gate.ts';

lighthouseGate('mobile', 2);
