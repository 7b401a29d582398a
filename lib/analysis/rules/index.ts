import { excuse } from './excuse';
import { missingDate } from './missing-date';
import { overPromise } from './over-promise';
import type { Rule } from './types';
import { vaguePromise } from './vague-promise';

/** Every rule Candor runs, in the order their findings are listed for one sentence. */
export const RULES: readonly Rule[] = [excuse, vaguePromise, missingDate, overPromise];
