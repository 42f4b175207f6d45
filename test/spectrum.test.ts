import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  activation,
  bimodalConstants,
  clusterSubspace,
  countAbove,
  GroupSubspace,
  jacobianRowSubspace,
  makeClusterable,
  Matrix,
  multiOutputJacobian,
  networkJacobian,
  residualEnergies,
  Rng,
  singularValuesFromGram,
  topSingularTriplets,
  TwoLayerNet,
  toFlat,
} from '../src/index';
import { assertClose, relativeError } from './helpers';

function setup(epsilon0: number, n = 12, k = 15, d = 6, activationName: 'softplus' | 'relu' | 'tanh' = 'softplus') {
  const rng = new Rng(31);
  const data = makeClusterable({ d, clusters: 3, perCluster: n / 3, classLabels: [-1, 0, 1], epsilon0 }, rng.fork('data'));
  const net = new TwoLayerNet({ inputDim: d, width: k, activation: activationName });
  const W = net.initialWeights(rng.fork('init'));
  const V = rng.fork('outputs').normalMatrix(3, k, 1 / Math.sqrt(k));
  return { rng, data, net, W, V };
}

function layouts(epsilon0: number) {
  const { data, net, W, V } = setup(epsilon0);
  return {
    data,
    ops: {
      scalar: networkJacobian(net, W, data.X),
      allClasses: multiOutputJacobian({ activation: net.activation, W, X: data.X, outputs: V, rows: 'allClasses' }),
      correctClass: multiOutputJacobian({ activation: net.activation, W, X: data.X, outputs: V, rows: 'correctClass', labels: data.trueClass }),
    },
  };
}

for (const [name, op] of Object.entries(layouts(0.2).ops)) {
  test(`${name} Jacobian: Gram equals explicit JJᵀ; JVP and VJP equal J·x and Jᵀ·y`, () => {
    const J = op.explicit();
    assert.equal(J.rows, op.rows);
    assert.equal(J.columns, op.columns);
    assertClose(toFlat(op.gram()), toFlat(J.mmul(J.transpose())), 1e-10, 'Gram');
    const rng = new Rng(5);
    const x = rng.normalVector(op.columns);
    const y = rng.normalVector(op.rows);
    assertClose(op.matvec(x), J.mmul(Matrix.columnVector(Array.from(x))).to1DArray(), 1e-12, 'JVP');
    assertClose(
      op.rmatvec(y),
      J.transpose()
        .mmul(Matrix.columnVector(Array.from(y)))
        .to1DArray(),
      1e-12,
      'VJP',
    );
  });
}

test("explicit Jacobian rows follow (u ⊙ φ'(Wx_i)) ⊗ x_i and predictions follow uᵀφ(Wx_i)", () => {
  const { data, net, W, V } = setup(0.2);
  const op = multiOutputJacobian({ activation: net.activation, W, X: data.X, outputs: V, rows: 'allClasses' });
  const J = op.explicit();
  const f = op.predictions();
  const r = 7; // sample 2, class 1
  const [i, c] = [Math.floor(r / 3), r % 3];
  assert.equal(op.rowSample[r], i);
  assert.equal(op.rowOutput[r], c);
  let pred = 0;
  for (let l = 0; l < net.k; l++) {
    const z = W.getRowVector(l).dot(data.X.getRowVector(i));
    pred += V.get(c, l) * net.activation.phi(z);
    for (let j = 0; j < net.d; j++) assert.ok(Math.abs(J.get(r, l * net.d + j) - V.get(c, l) * net.activation.dphi(z) * data.X.get(i, j)) < 1e-15);
  }
  assert.ok(Math.abs(f[r] - pred) < 1e-14);
});

test('Lanczos top-k matches the full eigendecomposition of the Gram on moderate sizes', () => {
  const { data, net, W, V } = setup(0.3, 150, 60, 10, 'relu');
  for (const op of [networkJacobian(net, W, data.X), multiOutputJacobian({ activation: net.activation, W, X: data.X, outputs: V, rows: 'allClasses' })]) {
    const full = singularValuesFromGram(op.gram());
    const top = topSingularTriplets(op, 20, { tolerance: 1e-10 });
    assert.ok(top.converged, 'converged');
    assert.ok(relativeError(top.values, full.slice(0, 20)) < 1e-9, `values ${top.values.slice(0, 3)} vs ${full.slice(0, 3)}`);
    // triplets: J v = σ u exactly up to round-off, Jᵀu ≈ σ v within the reported residual
    top.values.forEach((s, i) => {
      assertClose(
        op.matvec(top.right[i]),
        top.left[i].map((x) => s * x),
        1e-9,
        `J v_${i}`,
      );
      const back = op.rmatvec(top.left[i]);
      const res = Math.sqrt(back.reduce((a, x, p) => a + (x - s * top.right[i][p]) ** 2, 0));
      assert.ok(res <= top.residuals[i] + 1e-9 * top.values[0], `residual ${res} > reported ${top.residuals[i]}`);
    });
  }
});

test('Lanczos asked for the whole spectrum is exact (the Krylov space is exhausted)', () => {
  const { data, net, W } = setup(0.3, 30, 8, 3, 'tanh'); // 30 × 24: more rows than columns
  const op = networkJacobian(net, W, data.X);
  const full = singularValuesFromGram(op.gram()).slice(0, 24);
  const all = topSingularTriplets(op, 24);
  assert.ok(all.converged);
  assert.ok(relativeError(all.values, full) < 1e-9);
  const wide = networkJacobian(net, W, data.X.subMatrix(0, 5, 0, 2)); // 6 × 24: fewer rows than columns
  assert.ok(relativeError(topSingularTriplets(wide, 6).values, singularValuesFromGram(wide.gram())) < 1e-9);
});

test('ε0 = 0: rank J ≤ dim S+ and ε = 0 up to round-off, for every layout', () => {
  const { data, ops } = layouts(0);
  for (const [name, op] of Object.entries(ops)) {
    const subspace = jacobianRowSubspace(op, data.cluster);
    const values = singularValuesFromGram(op.gram());
    // √ of Gram eigenvalues: absolute error ≈ √(machine ε)·σ_max ≈ 1e-8·σ_max, so count above 1e-6
    const rank = values.filter((s) => s > 1e-6 * values[0]).length;
    assert.ok(rank <= subspace.dimension, `${name}: rank ${rank} > ${subspace.dimension}`);
    const c = bimodalConstants(op, subspace);
    assert.ok(c.epsilon <= 1e-10 * c.beta, `${name}: ε = ${c.epsilon}`);
    assert.ok(c.alpha > 0 && c.alpha <= c.beta);
  }
  assert.equal(jacobianRowSubspace(ops.scalar, data.cluster).dimension, 3);
  assert.equal(jacobianRowSubspace(ops.allClasses, data.cluster).dimension, 9);
});

test('bimodal constants α, β, ε equal their dense definitions; ε grows with ε0', () => {
  const epsilons: number[] = [];
  for (const eps0 of [0.05, 0.2]) {
    const { data, ops } = layouts(eps0);
    const op = ops.scalar;
    const S = clusterSubspace(data.cluster);
    const c = bimodalConstants(op, S);
    const J = op.explicit();
    const U = S.basis();
    const UtJ = U.transpose().mmul(J);
    const sv = singularValuesFromGram(UtJ.mmul(UtJ.transpose()));
    assert.ok(Math.abs(c.beta - sv[0]) < 1e-10 * sv[0] && Math.abs(c.alpha - sv[sv.length - 1]) < 1e-10 * sv[0]);
    const Pminus = Matrix.eye(op.rows).sub(U.mmul(U.transpose()));
    const noise = Pminus.mmul(J);
    const eps = singularValuesFromGram(noise.mmul(noise.transpose()))[0];
    assert.ok(Math.abs(c.epsilon - eps) < 1e-8 * c.beta, `ε ${c.epsilon} vs dense ${eps}`);
    epsilons.push(c.epsilon);
  }
  assert.ok(epsilons[1] > epsilons[0]);
});

test('S+ projection, basis, diffusedness and residual energies', () => {
  const S = new GroupSubspace(Int32Array.from([0, 0, 1, 1, 1, 2, 0]));
  assert.deepEqual(S.sizes, [3, 3, 1]);
  const y = [1, 2, 3, 4, 5, 6, 3];
  assert.deepEqual(Array.from(S.project(y)), [2, 2, 4, 4, 4, 6, 2]);
  assertClose(S.project(S.project(y)), S.project(y), 1e-15, 'idempotent');
  const B = S.basis();
  assertClose(toFlat(B.transpose().mmul(B)), toFlat(Matrix.eye(3)), 1e-15, 'orthonormal basis');
  // γ = n / min size; the unit vector of the smallest group attains ‖v‖∞ = √(γ/n)
  assert.equal(S.diffusedness(), 7);
  assert.ok(Math.abs(Math.max(...B.getColumn(2)) - Math.sqrt(S.diffusedness() / 7)) < 1e-15);
  const { ePlus, eMinus } = residualEnergies(S, y);
  assert.ok(Math.abs(ePlus ** 2 + eMinus ** 2 - y.reduce((a, b) => a + b * b, 0)) < 1e-12);
  assert.equal(countAbove([10, 5, 1.5, 1, 0.5], 0.1), 3);
});

test('bad Jacobian inputs are rejected, naming the field', () => {
  const { data, net, W, V } = setup(0.2);
  const op = networkJacobian(net, W, data.X);
  assert.throws(() => op.matvec(new Float64Array(3)), /x: expected length 90/);
  assert.throws(() => op.rmatvec(new Float64Array(3)), /y: expected length 12/);
  assert.throws(
    () => multiOutputJacobian({ activation: activation('relu'), W, X: data.X, outputs: V, rows: 'correctClass' }),
    /labels: the correctClass Jacobian needs/,
  );
  assert.throws(
    () => multiOutputJacobian({ activation: activation('relu'), W, X: data.X, outputs: V.subMatrix(0, 2, 0, 3), rows: 'allClasses' }),
    /outputs: expected 15 columns/,
  );
  assert.throws(
    () => multiOutputJacobian({ activation: activation('relu'), W, X: data.X, outputs: V, rows: 'correctClass', labels: new Int32Array(12).fill(5) }),
    /rowOutput\[0\]: output 5 out of range/,
  );
  assert.throws(() => topSingularTriplets(op, 13), /count: asked for 13 singular values of a 12×90 operator/);
  assert.throws(() => new GroupSubspace(Int32Array.from([0, 2])), /no empty group/);
  assert.throws(() => countAbove([1], 2), /fraction/);
});
