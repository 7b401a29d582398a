import { decodeBase64 } from '../scorer/model';
import { gateFeatureIds, type GateInput } from './features';
import { LANGS } from '../../dates/types';
import type { GateModelFile, RewriteGate } from './types';

export { OPEN_GATE, type GateModelFile, type RewriteGate } from './types';

/** The gate a committed model file describes (weights.ts): the worker and the CLI load it, never the mail page. */
export function learnedGate(file: GateModelFile): RewriteGate {
  const bytes = decodeBase64(file.weights);
  const weights = new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length);
  const cutsValid = file.cuts != null && Object.keys(file.cuts).length === LANGS.length && LANGS.every((lang) => file.cuts[lang] > 0 && file.cuts[lang] < 1);
  if (file.version !== 2 || (file.dims & (file.dims - 1)) !== 0 || weights.length !== file.dims || !cutsValid) {
    throw new Error('rewrite gate weights do not match their header');
  }
  const score = (x: GateInput) => {
    let z = 0;
    for (const id of gateFeatureIds(x, file.dims)) z += weights[id];
    return 1 / (1 + Math.exp(-z * file.scale));
  };
  return {
    // The id names the weights, so a retrained gate never answers from another's cache.
    id: `gate-${file.dims}-${file.scale.toPrecision(6)}-${LANGS.map((lang) => file.cuts[lang].toPrecision(6)).join('-')}`,
    score,
    cutFor: (lang) => file.cuts[lang],
    passes: (x) => score(x) >= file.cuts[x.lang],
  };
}
