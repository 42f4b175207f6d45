import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Matrix } from 'ml-matrix';
import { ACTIVATION_NAMES, activation, erf, jacobian, jacobianGram, leastSquares, logistic, Loss, Rng, TwoLayerNet, toFlat } from '../src/index';
import { assertClose } from './helpers';

const SLRELU = { name: 'smoothedLeakyRelu', gamma: 0.2, H: 3 } as const;
const ALL_ACTIVATIONS = ACTIVATION_NAMES.map((name) => (name === 'smoothedLeakyRelu' ? SLRELU : name));

function problem(act: (typeof ALL_ACTIVATIONS)[number], seed: number) {
  const rng = new Rng(seed);
  const net = new TwoLayerNet({ inputDim: 3, width: 6, activation: act });
  const X = rng.normalMatrix(5, 3);
  const W = net.initialWeights(rng);
  return { rng, net, X, W };
}

/** ∂L/∂W by central differences, h = 1e-5 (error O(h²) ≈ 1e-10 for smooth φ). */
function finiteDifferenceGradient(net: TwoLayerNet, W: Matrix, X: Matrix, y: Float64Array, loss: Loss): Float64Array {
  const h = 1e-5;
  const out = new Float64Array(W.rows * W.columns);
  for (let l = 0; l < W.rows; l++) {
    for (let j = 0; j < W.columns; j++) {
      const plus = W.clone();
      plus.set(l, j, W.get(l, j) + h);
      const minus = W.clone();
      minus.set(l, j, W.get(l, j) - h);
      out[l * W.columns + j] = (loss.value(net.predict(plus, X), y) - loss.value(net.predict(minus, X), y)) / (2 * h);
    }
  }
  return out;
}

for (const act of ALL_ACTIVATIONS) {
  const name = typeof act === 'string' ? act : act.name;
  for (const [lossName, loss] of [
    ['leastSquares', leastSquares()],
    ['logistic', logistic()],
    ['leastSquares mean', leastSquares('mean')],
  ] as const) {
    test(`gradient matches central finite differences: ${name}, ${lossName}`, () => {
      const { rng, net, X, W } = problem(act, 7);
      // ReLU and the smoothed leaky ReLU have kinks: a difference step across one would be wrong, so require a margin.
      const Z = X.mmul(W.transpose());
      const kinks = name === 'relu' ? [0] : name === 'smoothedLeakyRelu' ? [-1 / SLRELU.H, 1 / SLRELU.H] : [];
      for (const z of Z.to1DArray()) for (const kink of kinks) assert.ok(Math.abs(z - kink) > 1e-3, 'test data too close to a kink');
      const y = lossName === 'logistic' ? Float64Array.from({ length: 5 }, () => (rng.uniform() < 0.5 ? -1 : 1)) : rng.normalVector(5);
      const { gradient } = net.lossAndGradient(W, X, y, loss);
      assertClose(toFlat(gradient), finiteDifferenceGradient(net, W, X, y, loss), 1e-7, 'gradient');
    });
  }

  test(`gradient equals Jᵀ(∂L/∂f) and the Gram equals JJᵀ: ${name}`, () => {
    const { rng, net, X, W } = problem(act, 11);
    const y = rng.normalVector(5);
    const loss = leastSquares();
    const { gradient, predictions } = net.lossAndGradient(W, X, y, loss);
    const J = jacobian(net, W, X);
    const r = Matrix.columnVector(Array.from(loss.gradient(predictions, y)));
    assertClose(toFlat(gradient), J.transpose().mmul(r).to1DArray(), 1e-13, 'Jᵀr');
    assertClose(toFlat(jacobianGram(net, W, X)), toFlat(J.mmul(J.transpose())), 1e-13, 'Gram');
  });

  test(`derivatives and declared bounds: ${name}`, () => {
    const a = activation(act);
    const h = 1e-5;
    let maxD = 0;
    let maxDD = 0;
    for (let z = -8; z <= 8; z += 0.01) {
      if (a.name === 'relu' && Math.abs(z) < 2 * h) continue;
      if (a.name === 'smoothedLeakyRelu' && Math.abs(Math.abs(z) - 1 / SLRELU.H) < 2 * h) continue;
      assert.ok(Math.abs((a.phi(z + h) - a.phi(z - h)) / (2 * h) - a.dphi(z)) < 1e-8, `${a.name}: φ' at ${z}`);
      assert.ok(Math.abs((a.dphi(z + h) - a.dphi(z - h)) / (2 * h) - a.ddphi(z)) < 1e-7, `${a.name}: φ'' at ${z}`);
      maxD = Math.max(maxD, Math.abs(a.dphi(z)));
      maxDD = Math.max(maxDD, Math.abs(a.ddphi(z)));
    }
    // The declared suprema hold on the grid and are (nearly) attained, so they are tight, not just safe.
    assert.ok(maxD <= a.dphiBound + 1e-12 && maxD >= a.dphiBound - 1e-3, `${a.name}: sup|φ'| ${maxD} vs declared ${a.dphiBound}`);
    if (a.smooth) assert.ok(maxDD <= a.ddphiBound + 1e-12 && maxDD >= a.ddphiBound - 1e-3, `${a.name}: sup|φ''| ${maxDD} vs declared ${a.ddphiBound}`);
    else assert.equal(a.ddphiBound, Infinity);
    assert.equal(a.gamma, Math.max(a.dphiBound, a.ddphiBound));
  });
}

test('erf matches reference values to 1e-15', () => {
  // Reference values (Abramowitz & Stegun table 7.1 / high-precision evaluation)
  const cases: [number, number][] = [
    [0, 0],
    [0.1, 0.1124629160182849],
    [0.5, 0.5204998778130465],
    [1, 0.8427007929497149],
    [2, 0.9953222650189527],
    [3, 0.9999779095030014],
    [-1.5, -0.9661051464753108],
  ];
  for (const [x, expected] of cases) assert.ok(Math.abs(erf(x) - expected) < 1e-15, `erf(${x}) = ${erf(x)}, expected ${expected}`);
});

test('unknown activation and bad parameters are rejected, naming the field', () => {
  assert.throws(() => activation('swish'), /activation: unknown activation "swish"; known: relu/);
  assert.throws(() => activation({ name: 'smoothedLeakyRelu', gamma: 1.5, H: 1 }), /activation.gamma/);
  assert.throws(() => activation({ name: 'smoothedLeakyRelu', gamma: 0.5 } as never), /activation.H/);
  assert.throws(() => activation({ name: 'relu', gamma: 0.5 } as never), /activation.gamma: unknown parameter/);
});
