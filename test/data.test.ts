import { test } from 'node:test';
import assert from 'node:assert/strict';
import { corruptLabels, makeClusterable, Matrix, resampleClusterable, Rng, type ClusterableSpec } from '../src/index';

const base: ClusterableSpec = { d: 10, clusters: 6, perCluster: 40, classLabels: [-1, 0.1, 1], epsilon0: 0.3 };

function distance(a: number[], b: number[]): number {
  return Math.hypot(...a.map((x, j) => x - b[j]));
}

for (const inputs of ['center', 'sphere', 'ball', 'unitSphere'] as const) {
  test(`Def. 1.1 invariants hold for ${inputs} inputs`, () => {
    const eps = inputs === 'center' ? 0 : 0.3;
    const data = makeClusterable({ ...base, epsilon0: eps, inputs }, new Rng(1));
    assert.equal(data.X.rows, 240);
    assert.deepEqual(data.clusterSizes, [40, 40, 40, 40, 40, 40]);
    for (let l = 0; l < 6; l++) assert.ok(Math.abs(data.centers.getRowVector(l).norm() - 1) < 1e-12, 'unit-norm center');
    for (let i = 0; i < data.X.rows; i++) {
      const dist = distance(data.X.getRow(i), data.centers.getRow(data.cluster[i]));
      assert.ok(dist <= eps + 1e-12, `‖x − c‖ = ${dist} > ε0`);
      if (inputs === 'sphere' || inputs === 'unitSphere') assert.ok(Math.abs(dist - eps) < 1e-12, 'on the sphere of radius ε0');
      if (inputs === 'unitSphere' || inputs === 'center') assert.ok(Math.abs(data.X.getRowVector(i).norm() - 1) < 1e-12, 'unit-norm input');
      assert.equal(data.trueClass[i], data.cluster[i] % 3, 'default cluster → class map is ℓ mod K̄');
      assert.equal(data.trueLabels[i], data.classLabels[data.trueClass[i]]);
    }
    assert.ok(Math.abs(data.delta - 0.9) < 1e-12, 'δ = min |α_r − α_s|');
  });
}

test('the same seed gives the same dataset; resampling keeps the model', () => {
  const a = makeClusterable(base, new Rng(9));
  const b = makeClusterable(base, new Rng(9));
  assert.deepEqual(a.X.to1DArray(), b.X.to1DArray());
  const fresh = resampleClusterable(a, 5, new Rng(10));
  assert.deepEqual(fresh.centers.to1DArray(), a.centers.to1DArray());
  assert.equal(fresh.X.rows, 30);
  assert.notDeepEqual(fresh.X.getRow(0), a.X.getRow(0));
});

for (const scheme of ['reassign', 'resample'] as const) {
  test(`Def. 1.2 corruption (${scheme}): at most ρ·n_ℓ per cluster, ground truth kept`, () => {
    const data = makeClusterable({ ...base, perCluster: [40, 41, 17, 40, 40, 100] }, new Rng(2));
    for (const rho of [0, 0.1, 0.29, 0.5, 1]) {
      const noisy = corruptLabels(data, { fraction: rho, scheme }, new Rng(3));
      let start = 0;
      data.clusterSizes.forEach((size, l) => {
        let corrupted = 0;
        let selected = 0;
        for (let i = start; i < start + size; i++) {
          corrupted += noisy.corrupted[i];
          selected += noisy.selected[i];
          assert.equal(noisy.corrupted[i], noisy.noisyClass[i] !== noisy.trueClass[i] ? 1 : 0);
          assert.equal(noisy.labels[i], data.classLabels[noisy.noisyClass[i]]);
          if (!noisy.selected[i]) assert.equal(noisy.noisyClass[i], data.trueClass[i], 'unselected labels are untouched');
        }
        assert.ok(corrupted <= rho * size + 1e-9, `cluster ${l}: ${corrupted} > ρ·n_ℓ`);
        assert.equal(selected, Math.floor(rho * size + 1e-9), 'exactly ⌊ρ·n_ℓ⌋ chosen');
        if (scheme === 'reassign') assert.equal(corrupted, selected, 'reassign always changes the class');
        assert.equal(noisy.corruptedPerCluster[l], corrupted);
        start += size;
      });
      assert.deepEqual(noisy.trueLabels, data.trueLabels, 'ground truth is kept');
    }
  });
}

test('resampling two classes flips about half of the chosen labels (Li et al. 2019 Fig. 6: 30% → ≈15%)', () => {
  const data = makeClusterable({ d: 20, clusters: 2, perCluster: 5000, classLabels: [0, 1], epsilon0: 0.5, inputs: 'sphere' }, new Rng(4));
  const noisy = corruptLabels(data, { fraction: 0.3, scheme: 'resample' }, new Rng(5));
  // flipped count ~ Binomial(3000, 1/2) out of 10000: sd = √750 ≈ 27 → 0.0027 in fraction
  assert.ok(Math.abs(noisy.flippedFraction - 0.15) < 5 * 0.0028, `flipped ${noisy.flippedFraction}`);
});

test('bad data parameters are rejected, naming the field', () => {
  const rng = new Rng(1);
  assert.throws(() => makeClusterable({ ...base, perCluster: -3 }, rng), /perCluster: expected an integer >= 1, got -3/);
  assert.throws(() => makeClusterable({ ...base, perCluster: [1, 2] }, rng), /perCluster: expected 6 sizes/);
  assert.throws(() => makeClusterable({ ...base, epsilon0: NaN }, rng), /epsilon0: expected a finite number, got NaN/);
  assert.throws(() => makeClusterable({ ...base, epsilon0: 2.5, inputs: 'unitSphere' }, rng), /epsilon0: unitSphere inputs need epsilon0 <= 2/);
  assert.throws(() => makeClusterable({ ...base, classLabels: [0, 2] }, rng), /classLabels\[1\]: expected a number in \[-1, 1\]/);
  assert.throws(() => makeClusterable({ ...base, classLabels: [0.5, 0.5] }, rng), /classLabels: class labels must be distinct/);
  assert.throws(() => makeClusterable({ ...base, clusterClasses: [0, 1, 2, 3, 0, 1] }, rng), /clusterClasses\[3\]: class index 3 out of range/);
  assert.throws(() => makeClusterable({ ...base, inputs: 'cube' as never }, rng), /inputs: unknown input mode "cube"/);
  const badCenters: [number[][], RegExp][] = [
    [
      [
        [1, 0],
        [0, 1, 0],
      ],
      /centers\[1\]: ragged rows/,
    ],
    [
      [
        [1, 0],
        [0, 2],
      ],
      /centers\[1\]: Def. 1.1 needs unit-norm centers/,
    ],
  ];
  for (const [centers, message] of badCenters) assert.throws(() => makeClusterable({ ...base, centers }, rng), message);
  assert.throws(
    () =>
      makeClusterable(
        {
          ...base,
          centers: new Matrix([
            [1, 0],
            [1, 0],
          ]),
        },
        rng,
      ),
    /centers\[1\]: coincides with centers\[0\]/,
  );
  assert.throws(() => makeClusterable({ ...base, centers: [[1, NaN]] }, rng), /centers\[0\]\[1\]: expected a finite number/);
  const data = makeClusterable(base, rng);
  assert.throws(() => corruptLabels(data, { fraction: 1.2, scheme: 'resample' }, rng), /corruption.fraction: expected a number in \[0, 1\]/);
  assert.throws(() => corruptLabels(data, { fraction: 0.2, scheme: 'swap' as never }, rng), /corruption.scheme: unknown scheme "swap"/);
});
