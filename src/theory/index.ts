/**
 * labelnoise/theory — every theorem, lemma and experimental claim the project checks, one namespace per paper.
 * Each function takes what was measured (data, network, trajectory, measured constants) and returns BoundChecks
 * whose hypotheses it evaluates itself.
 */
import * as li2019 from './li2019/index';
import * as freiXor from './freiXor/index';
import * as freiBenign from './freiBenign/index';
import * as zhouSlr from './zhouSlr/index';

export { li2019, freiXor, freiBenign, zhouSlr };
