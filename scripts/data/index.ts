/**
 * The generators `npm run data` runs, in order. Add a generator here to have its
 * files written by `npm run data` and checked by `npm run data:check`.
 */
import { basemapOutputs } from './basemap.ts';
import type { Generator } from './output.ts';
import { withdrawalOutputs } from './withdrawal.ts';

export const generators: Generator[] = [basemapOutputs, () => withdrawalOutputs()];
