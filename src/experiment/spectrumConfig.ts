import { ValidationError } from '../core/errors';
import { Fields } from './fields';
import { ProblemSections, StepSizeSection, parseProblemSections, parseStepSize } from './sections';

export const JACOBIAN_LAYOUTS = ['scalar', 'allClasses', 'correctClass'] as const;
export type JacobianLayout = (typeof JACOBIAN_LAYOUTS)[number];
export const SPECTRUM_METHODS = ['gram', 'lanczos'] as const;
export type SpectrumMethod = (typeof SPECTRUM_METHODS)[number];

/** A `labelnoise spectrum` experiment: Jacobian spectra at initialisation (and after training, if configured). */
export interface SpectrumExperimentConfig extends ProblemSections {
  training?: { steps: number; stepSize: StepSizeSection };
  spectrum: {
    jacobians: JacobianLayout[];
    /** gram: all singular values from JJᵀ (rows² memory); lanczos: the top `top` values, matrix-free. */
    method: SpectrumMethod;
    top: number;
    /** Count singular values above fraction × the largest (Li et al. 2019 Table 1: 0.1). */
    fraction: number;
  };
}

/** Rows above which the dense Gram route is refused (it needs rows² doubles and rows²·k work). */
export const MAX_GRAM_ROWS = 5000;

export function parseSpectrumConfig(json: unknown): SpectrumExperimentConfig {
  const root = new Fields(json, 'config');
  const config: SpectrumExperimentConfig = {
    ...parseProblemSections(root),
    spectrum: { jacobians: ['scalar'], method: 'gram', top: 20, fraction: 0.1 },
  };
  const t = root.optionalObject('training');
  if (t) {
    config.training = { steps: t.number('steps', { integer: true, min: 0 }), stepSize: parseStepSize(t, 'stepSize') };
    t.done();
  }
  const s = root.object('spectrum');
  if (s.has('jacobians')) {
    const raw = s.raw('jacobians');
    if (!Array.isArray(raw) || raw.length === 0) throw new ValidationError(s.at('jacobians'), `expected a non-empty array of ${JACOBIAN_LAYOUTS.join(', ')}`);
    config.spectrum.jacobians = raw.map((x, i) => {
      if (!JACOBIAN_LAYOUTS.includes(x))
        throw new ValidationError(`${s.at('jacobians')}[${i}]`, `unknown Jacobian "${x}"; expected one of ${JACOBIAN_LAYOUTS.join(', ')}`);
      return x as JacobianLayout;
    });
  } else {
    s.raw('jacobians');
  }
  config.spectrum.method = s.string('method', SPECTRUM_METHODS, 'gram');
  config.spectrum.top = s.number('top', { integer: true, min: 1, default: 20 });
  config.spectrum.fraction = s.number('fraction', { min: 0, max: 1, default: 0.1 });
  s.done();
  root.done();
  return config;
}
