import { describe, expect, it } from 'vitest';
import { attribute, predictRow, type GbdtModel } from '../../src/model/gbdt.js';
import { trainGbdt, type TrainSet } from '../../src/model/train.js';
import { serializeModel } from '../../src/model/serialize.js';

/** Synthetic data: label = x0 > 0.5 (x1 is noise), deterministic. */
function synthetic(n: number): TrainSet {
  const width = 2;
  const data = new Float64Array(n * width);
  const y = new Uint8Array(n);
  const w = new Float64Array(n).fill(1);
  for (let i = 0; i < n; i++) {
    const x0 = (i * 37 % 101) / 100;
    const x1 = (i * 53 % 97) / 96;
    data[i * 2] = x0;
    data[i * 2 + 1] = x1;
    y[i] = x0 > 0.5 ? 1 : 0;
  }
  return { width, data, y, w };
}

const params = { trees: 20, depth: 3, learningRate: 0.3, bins: 16, minLeaf: 5, lambda: 1 };

function asModel(fit: ReturnType<typeof trainGbdt>): GbdtModel {
  return {
    format: 'decruft-gbdt/1',
    input: 'text',
    spec: { vocab: [], extra: [] },
    features: ['x0', 'x1'],
    base: fit.base,
    trees: fit.trees,
    threshold: 0.5,
    smoothing: { method: 'none', stay: 0 },
    training: {},
  };
}

describe('gbdt', () => {
  it('learns a threshold on the informative feature', () => {
    const model = asModel(trainGbdt(synthetic(500), params));
    expect(predictRow(model, Float64Array.of(0.9, 0.1))).toBeGreaterThan(2);
    expect(predictRow(model, Float64Array.of(0.1, 0.9))).toBeLessThan(-2);
  });

  it('is deterministic: the same data gives the same JSON', () => {
    const a = serializeModel(asModel(trainGbdt(synthetic(300), params)));
    const b = serializeModel(asModel(trainGbdt(synthetic(300), params)));
    expect(a).toBe(b);
  });

  it('row and feature sampling: deterministic, still learns, and differs from the full fit', () => {
    const sampled = { ...params, subsample: 0.7, colsample: 0.5 };
    const a = serializeModel(asModel(trainGbdt(synthetic(500), sampled)));
    expect(serializeModel(asModel(trainGbdt(synthetic(500), sampled)))).toBe(a);
    expect(a).not.toBe(serializeModel(asModel(trainGbdt(synthetic(500), params))));
    const model = asModel(trainGbdt(synthetic(500), sampled));
    expect(predictRow(model, Float64Array.of(0.9, 0.1))).toBeGreaterThan(1);
    expect(predictRow(model, Float64Array.of(0.1, 0.9))).toBeLessThan(-1);
    // With half the features per tree, some trees cannot see x0 and split on x1 or not at all.
    expect(model.trees.some((t) => t.f[0] !== 0)).toBe(true);
  });

  it('group sampling draws whole groups per tree: one group → each tree sees all rows or none', () => {
    const set = { ...synthetic(400), group: new Uint32Array(400) };
    const g = { ...params, subsample: 0.5, groupSample: true };
    const fit = trainGbdt(set, g);
    const empty = fit.trees.filter((t) => t.f.length === 1 && t.v[0] === 0).length;
    expect(empty).toBeGreaterThan(0);
    expect(empty).toBeLessThan(fit.trees.length);
    // Row sampling of the same set never leaves a tree without rows.
    expect(trainGbdt(set, { ...g, groupSample: false }).trees.every((t) => t.f.length > 1)).toBe(true);
    expect(serializeModel(asModel(trainGbdt(set, g)))).toBe(serializeModel(asModel(fit)));
  });

  it('seed: 0 gives the unseeded draws; another seed other draws, deterministic per seed', () => {
    const sampled = { ...params, subsample: 0.7, colsample: 0.5 };
    const unseeded = serializeModel(asModel(trainGbdt(synthetic(500), sampled)));
    expect(serializeModel(asModel(trainGbdt(synthetic(500), { ...sampled, seed: 0 })))).toBe(unseeded);
    const s1 = serializeModel(asModel(trainGbdt(synthetic(500), { ...sampled, seed: 1 })));
    const s2 = serializeModel(asModel(trainGbdt(synthetic(500), { ...sampled, seed: 2 })));
    expect(s1).not.toBe(unseeded);
    expect(s2).not.toBe(s1);
    expect(serializeModel(asModel(trainGbdt(synthetic(500), { ...sampled, seed: 1 })))).toBe(s1);
    // Without sampling the seed draws nothing: the model is the same for every seed.
    const full = serializeModel(asModel(trainGbdt(synthetic(300), params)));
    expect(serializeModel(asModel(trainGbdt(synthetic(300), { ...params, seed: 3 })))).toBe(full);
  });

  it('sampling shares of 1 give exactly the unsampled model', () => {
    const a = serializeModel(asModel(trainGbdt(synthetic(300), params)));
    expect(serializeModel(asModel(trainGbdt(synthetic(300), { ...params, subsample: 1, colsample: 1 })))).toBe(a);
  });

  it('attributes the score to the feature that decides it', () => {
    const model = asModel(trainGbdt(synthetic(500), params));
    const contrib = attribute(model, Float64Array.of(0.1, 0.5));
    const x0 = contrib.get(0) ?? 0;
    const x1 = contrib.get(1) ?? 0;
    expect(x0).toBeLessThan(0);
    expect(Math.abs(x0)).toBeGreaterThan(Math.abs(x1));
  });

  it('path attributions add up to the log-odds minus the tree roots', () => {
    const model = asModel(trainGbdt(synthetic(500), params));
    const x = Float64Array.of(0.7, 0.2);
    const roots = model.trees.reduce((s, t) => s + t.v[0]!, model.base);
    const sum = [...attribute(model, x).values()].reduce((s, v) => s + v, roots);
    expect(sum).toBeCloseTo(predictRow(model, x), 9);
  });
});

describe('gbdt leaves', () => {
  it('predictLeaves and attributeLeaves give exactly predictRow and attribute (shipped text model)', async () => {
    const { predictLeaves, attributeLeaves, attributeLeavesSums, maxSplitFeature } = await import('../../src/model/gbdt.js');
    const { evidence, evidenceOf, evidenceOfSums } = await import('../../src/model/explain.js');
    const { loadModel } = await import('../../src/model/load.js');
    const model = loadModel('text')!;
    const width = model.features.length;
    const rows = 50;
    const x = new Float64Array(rows * width);
    for (let i = 0; i < x.length; i++) x[i] = ((i * 7919) % 1009) / 1009 - 0.1;
    const nt = model.trees.length;
    const leaves = new Int32Array(rows * nt);
    for (let r = 0; r < rows; r++) {
      expect(predictLeaves(model, x, r * width, leaves, r * nt)).toBe(predictRow(model, x, r * width));
      const fromLeaves = attributeLeaves(model, leaves, r * nt);
      expect([...fromLeaves]).toEqual([...attribute(model, x, r * width)]);
      const sums = new Float64Array(maxSplitFeature(model) + 1);
      attributeLeavesSums(model, leaves, r * nt, sums);
      // The same sums, bit for bit, for the features split on; 0 elsewhere.
      for (let f = 0; f < sums.length; f++) expect(Object.is(sums[f], fromLeaves.get(f) ?? 0), `feature ${f}`).toBe(true);
      for (const dir of [-1, 1] as const) {
        for (const k of [3, 8]) {
          // Reference: the full sort, then each feature described alone (a one-entry map).
          const want = [...fromLeaves]
            .filter(([, v]) => v * dir > 0)
            .sort((a, b) => b[1] * dir - a[1] * dir || a[0] - b[0])
            .slice(0, k)
            .map(([f, v]) => evidenceOf(model, new Map([[f, v]]), x, r * width, dir, 1)[0]);
          expect(evidenceOf(model, fromLeaves, x, r * width, dir, k)).toEqual(want);
          expect(evidence(model, x, r * width, dir, k)).toEqual(want);
          expect(evidenceOfSums(model, sums, x, r * width, dir, k)).toEqual(want);
          // The order the contributions come in does not matter.
          expect(evidenceOf(model, new Map([...fromLeaves].reverse()), x, r * width, dir, k)).toEqual(want);
        }
      }
    }
  });
});

describe('gbdt perfect-tree walk', () => {
  /** Reference: node by node through the model file's own arrays. */
  function reference(model: GbdtModel, x: Float64Array, offset: number): { sum: number; leaves: number[] } {
    let s = model.base;
    let base = 0;
    const leaves: number[] = [];
    for (const tr of model.trees) {
      let k = 0;
      while (tr.f[k]! >= 0) k = x[offset + tr.f[k]!]! <= tr.t[k]! ? tr.l[k]! : tr.r[k]!;
      leaves.push(base + k);
      s += tr.v[k]!;
      base += tr.f.length;
    }
    return { sum: s, leaves };
  }

  it('reaches the same leaves and the same sum as a node-by-node walk (shipped models; thresholds, NaN, ±Infinity)', async () => {
    const { predictLeaves } = await import('../../src/model/gbdt.js');
    const { loadModel } = await import('../../src/model/load.js');
    for (const input of ['text', 'html'] as const) {
      const model = loadModel(input);
      if (!model) continue;
      const width = model.features.length;
      const thresholds = model.trees.flatMap((tr) => tr.t.filter((_, k) => tr.f[k]! >= 0));
      const specials = [NaN, Infinity, -Infinity, -1, 0, 1];
      const rows = 300;
      const x = new Float64Array(rows * width);
      let seed = 11;
      const rand = (n: number): number => {
        seed = (seed * 1103515245 + 12345) % 2147483648;
        return seed % n;
      };
      for (let i = 0; i < x.length; i++) {
        const pick = rand(10);
        x[i] = pick < 5 ? thresholds[rand(thresholds.length)]! : pick < 7 ? specials[rand(specials.length)]! : rand(2000) / 100 - 5;
      }
      const nt = model.trees.length;
      const leaves = new Int32Array(nt);
      for (let r = 0; r < rows; r++) {
        const want = reference(model, x, r * width);
        expect(predictRow(model, x, r * width)).toBe(want.sum);
        expect(predictLeaves(model, x, r * width, leaves, 0)).toBe(want.sum);
        expect([...leaves]).toEqual(want.leaves);
      }
    }
  });

  it('predictRows gives sigmoid(predictRow) and the leaves of predictLeaves, row by row (perfect and node walks)', async () => {
    const { predictLeaves, predictRows, sigmoid } = await import('../../src/model/gbdt.js');
    const { loadModel } = await import('../../src/model/load.js');
    // A chain of 8 splits is deeper than the perfect layout takes: the node walk.
    const chain = (n: number) => ({
      f: [...Array.from({ length: n }, (_, k) => k % 2), -1, ...Array.from({ length: n }, () => -1)],
      t: [...Array.from({ length: n }, (_, k) => k / n), 0, ...Array.from({ length: n }, () => 0)],
      l: [...Array.from({ length: n }, (_, k) => n + 1 + k), -1, ...Array.from({ length: n }, () => -1)],
      r: [...Array.from({ length: n }, (_, k) => k + 1), -1, ...Array.from({ length: n }, () => -1)],
      v: Array.from({ length: 2 * n + 1 }, (_, k) => (k % 5) / 7 - 0.3),
    });
    const deep: GbdtModel = { ...asModel(trainGbdt(synthetic(300), params)) };
    deep.trees = [...deep.trees, chain(8)];
    const models = [loadModel('text'), loadModel('html'), deep].filter((m): m is GbdtModel => !!m);
    // Row counts around the four-row blocks of the perfect walk (a remainder of 0–3 rows).
    for (const model of models) for (const rows of [200, 1, 3, 6, 203]) {
      const width = model.features.length;
      const x = new Float64Array(rows * width);
      for (let i = 0; i < x.length; i++) x[i] = i % 13 === 0 ? NaN : Math.sin(i * 7.31) * 3;
      const nt = model.trees.length;
      const out = new Float64Array(rows + 3);
      const leaves = new Int32Array(rows * nt);
      predictRows(model, x, width, rows, out, 3, leaves);
      const noLeaves = new Float64Array(rows);
      predictRows(model, x, width, rows, noLeaves, 0);
      const one = new Int32Array(nt);
      for (let r = 0; r < rows; r++) {
        const z = predictLeaves(model, x, r * width, one, 0);
        expect(out[3 + r]).toBe(sigmoid(z));
        expect(noLeaves[r]).toBe(sigmoid(predictRow(model, x, r * width)));
        expect([...leaves.subarray(r * nt, (r + 1) * nt)]).toEqual([...one]);
      }
    }
  });

  it('handles trees of mixed depths (leaves above the bottom level)', () => {
    const model: GbdtModel = {
      ...asModel(trainGbdt(synthetic(300), params)),
    };
    // A one-leaf tree and a lopsided one next to the trained ones.
    model.trees = [
      ...model.trees,
      { f: [-1], t: [0], l: [-1], r: [-1], v: [0.25] },
      { f: [0, -1, 1, -1, -1], t: [0.5, 0, 0.3, 0, 0], l: [1, -1, 3, -1, -1], r: [2, -1, 4, -1, -1], v: [0, 1, 0, 2, 3] },
    ];
    for (const pair of [[0.1, 0.1], [0.9, 0.1], [0.9, 0.9], [0.5, 0.3], [NaN, 0.2]]) {
      const x = Float64Array.from(pair);
      expect(predictRow(model, x)).toBe(reference(model, x, 0).sum);
    }
  });
});
