import { ValidationError } from '../core/errors';
import { inRange, positiveNumber, describe } from '../core/validate';
import { erf } from '../core/special';

/**
 * A scalar activation φ with its first two derivatives and the constants the theory asks about:
 * Li et al. 2019 needs |φ'|, |φ''| ≤ Γ (and |φ(0)| ≤ Γ); Frei et al. 2022 (benign overfitting) needs γ ≤ φ' ≤ 1, |φ''| ≤ H.
 */
export interface Activation {
  readonly name: ActivationName;
  /** Parameters the activation was built with (empty for parameter-free ones). */
  readonly params: Readonly<Record<string, number>>;
  phi(z: number): number;
  dphi(z: number): number;
  /** Second derivative where it exists; ReLU's is 0 away from the kink (a Dirac mass at 0). */
  ddphi(z: number): number;
  /**
   * φ and φ' over a whole array in one loop (the hot path of forward passes): phiOut[p] = φ(z[p]) and, when given,
   * dphiOut[p] = φ'(z[p]). phiOut may be z itself. Equal to the scalar functions to the last bit.
   */
  evaluate(z: Float64Array, phiOut: Float64Array, dphiOut: Float64Array | null): void;
  /** sup |φ'| */
  readonly dphiBound: number;
  /** sup |φ''|; Infinity for ReLU, whose φ'' is a Dirac mass. */
  readonly ddphiBound: number;
  /** Γ = max(sup|φ'|, sup|φ''|), the constant of Li et al.'s (2019) assumption |φ'|, |φ''| ≤ Γ. */
  readonly gamma: number;
  /** |φ(0)|, which Thm 2.2 / Lemma 6.9 also bound by Γ. */
  readonly phiAtZero: number;
  /** False where φ'' is not a bounded function (ReLU): the smoothness hypotheses fail. */
  readonly smooth: boolean;
}

export const ACTIVATION_NAMES = ['relu', 'softplus', 'tanh', 'gaussianDerivative', 'smoothedLeakyRelu', 'linear'] as const;
export type ActivationName = (typeof ACTIVATION_NAMES)[number];

export interface SmoothedLeakyReluParams {
  /** Leak γ ∈ (0, 1): φ' ≥ γ. */
  gamma: number;
  /** Smoothness H > 0: |φ''| ≤ H (the curvature inside |z| ≤ 1/H is (1−γ)H/2). */
  H: number;
}

/** The element-wise loop for activations without a fused one. */
function loopEvaluate(phi: (z: number) => number, dphi: (z: number) => number): Activation['evaluate'] {
  return (z, phiOut, dphiOut) => {
    for (let p = 0; p < z.length; p++) {
      const x = z[p];
      if (dphiOut !== null) dphiOut[p] = dphi(x);
      phiOut[p] = phi(x);
    }
  };
}

function make(
  name: ActivationName,
  fns: Pick<Activation, 'phi' | 'dphi' | 'ddphi'> & Partial<Pick<Activation, 'evaluate'>>,
  dphiBound: number,
  ddphiBound: number,
  params: Record<string, number> = {},
): Activation {
  return Object.freeze({
    name,
    params: Object.freeze({ ...params }),
    evaluate: fns.evaluate ?? loopEvaluate(fns.phi, fns.dphi),
    phi: fns.phi,
    dphi: fns.dphi,
    ddphi: fns.ddphi,
    dphiBound,
    ddphiBound,
    gamma: Math.max(dphiBound, ddphiBound),
    phiAtZero: Math.abs(fns.phi(0)),
    smooth: Number.isFinite(ddphiBound),
  });
}

const SQRT_HALF_PI = Math.sqrt(Math.PI / 2);

export const relu: Activation = make(
  'relu',
  {
    phi: (z) => (z > 0 ? z : 0),
    dphi: (z) => (z > 0 ? 1 : 0),
    ddphi: () => 0,
    evaluate: (z, phiOut, dphiOut) => {
      for (let p = 0; p < z.length; p++) {
        const x = z[p];
        if (dphiOut !== null) dphiOut[p] = x > 0 ? 1 : 0;
        phiOut[p] = x > 0 ? x : 0;
      }
    },
  },
  1,
  Infinity,
);

function sigmoid(z: number): number {
  if (z >= 0) return 1 / (1 + Math.exp(-z));
  const e = Math.exp(z);
  return e / (1 + e);
}

export const softplus: Activation = make(
  'softplus',
  {
    // log(1 + e^z) without overflow
    phi: (z) => (z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z))),
    dphi: sigmoid,
    ddphi: (z) => {
      const s = sigmoid(z);
      return s * (1 - s);
    },
    // one exp per element: with e = e^{−|z|}, φ = max(z, 0) + log1p(e) and φ' = 1/(1+e) or e/(1+e)
    evaluate: (z, phiOut, dphiOut) => {
      for (let p = 0; p < z.length; p++) {
        const x = z[p];
        if (x > 0) {
          const e = Math.exp(-x);
          if (dphiOut !== null) dphiOut[p] = 1 / (1 + e);
          phiOut[p] = x + Math.log1p(e);
        } else {
          const e = Math.exp(x);
          if (dphiOut !== null) dphiOut[p] = e / (1 + e);
          phiOut[p] = Math.log1p(e);
        }
      }
    },
  },
  1,
  0.25,
);

export const tanh: Activation = make(
  'tanh',
  {
    phi: Math.tanh,
    dphi: (z) => {
      const t = Math.tanh(z);
      return 1 - t * t;
    },
    ddphi: (z) => {
      const t = Math.tanh(z);
      return -2 * t * (1 - t * t);
    },
  },
  1,
  4 / (3 * Math.sqrt(3)),
);

/** φ(z) = ∫₀ᶻ e^{−t²/2} dt = √(π/2)·erf(z/√2): φ' = e^{−z²/2}, the one smooth case with a closed-form Σ(C). */
export const gaussianDerivative: Activation = make(
  'gaussianDerivative',
  {
    phi: (z) => SQRT_HALF_PI * erf(z / Math.SQRT2),
    dphi: (z) => Math.exp(-0.5 * z * z),
    ddphi: (z) => -z * Math.exp(-0.5 * z * z),
  },
  1,
  Math.exp(-0.5),
);

export const linear: Activation = make('linear', { phi: (z) => z, dphi: () => 1, ddphi: () => 0 }, 1, 0);

/** Smoothed leaky ReLU of Frei et al. 2022 (benign overfitting), eq. (1): γ-leaky and H-smooth, φ(0) = 0. */
export function smoothedLeakyRelu(params: SmoothedLeakyReluParams): Activation {
  const g = inRange(params.gamma, 'activation.gamma', 0, 1, { minOpen: true, maxOpen: true });
  const H = positiveNumber(params.H, 'activation.H');
  const edge = 1 / H;
  const shift = (1 - g) / (4 * H);
  return make(
    'smoothedLeakyRelu',
    {
      phi: (z) => (z >= edge ? z - shift : z <= -edge ? g * z - shift : ((1 - g) / 4) * H * z * z + ((1 + g) / 2) * z),
      dphi: (z) => (z >= edge ? 1 : z <= -edge ? g : ((1 - g) / 2) * H * z + (1 + g) / 2),
      ddphi: (z) => (z >= edge || z <= -edge ? 0 : ((1 - g) / 2) * H),
    },
    1,
    ((1 - g) / 2) * H,
    { gamma: g, H },
  );
}

/** Specification accepted wherever an activation is named: a name, or an object with name and parameters. */
export type ActivationSpec = ActivationName | { name: ActivationName; gamma?: number; H?: number } | Activation;

/** Resolves a name (or `{name, ...params}`) to an Activation; unknown names are rejected with the known list. */
export function activation(spec: ActivationSpec | string, field = 'activation'): Activation {
  if (typeof spec === 'object' && spec !== null && 'phi' in spec) return spec;
  const name = typeof spec === 'string' ? spec : typeof spec === 'object' && spec !== null ? spec.name : undefined;
  if (typeof name !== 'string') throw new ValidationError(field, `expected an activation name, got ${describe(spec)}`);
  const params = typeof spec === 'object' && spec !== null ? spec : {};
  const extra = Object.keys(params).filter((key) => key !== 'name' && !(name === 'smoothedLeakyRelu' && (key === 'gamma' || key === 'H')));
  if (extra.length > 0) throw new ValidationError(`${field}.${extra[0]}`, `unknown parameter for activation "${name}"`);
  switch (name) {
    case 'relu':
      return relu;
    case 'softplus':
      return softplus;
    case 'tanh':
      return tanh;
    case 'gaussianDerivative':
      return gaussianDerivative;
    case 'linear':
      return linear;
    case 'smoothedLeakyRelu': {
      const p = params as { gamma?: number; H?: number };
      if (p.gamma === undefined) throw new ValidationError(`${field}.gamma`, 'smoothedLeakyRelu needs gamma in (0, 1)');
      if (p.H === undefined) throw new ValidationError(`${field}.H`, 'smoothedLeakyRelu needs H > 0');
      return smoothedLeakyRelu({ gamma: p.gamma, H: p.H });
    }
    default:
      throw new ValidationError(field, `unknown activation "${name}"; known: ${ACTIVATION_NAMES.join(', ')}`);
  }
}
