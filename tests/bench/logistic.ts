// L2-regularised logistic regression by Newton's method (small dense problems: a dozen features).

/** Fits w minimising logistic loss + (lambda/2)·|w|² (bias included, last column of 1s). */
export function fitLogistic(X: readonly Float64Array[], y: readonly number[], lambda = 1, iterations = 25): number[] {
  const d = X[0]?.length ?? 0;
  let w = new Array<number>(d).fill(0);
  for (let it = 0; it < iterations; it++) {
    const g = new Array<number>(d).fill(0);
    const H = Array.from({ length: d }, () => new Array<number>(d).fill(0));
    X.forEach((x, i) => {
      let z = 0;
      for (let k = 0; k < d; k++) z += w[k]! * x[k]!;
      const p = 1 / (1 + Math.exp(-z));
      const r = p - y[i]!;
      const s = p * (1 - p);
      for (let a = 0; a < d; a++) {
        g[a]! += r * x[a]!;
        for (let b = 0; b < d; b++) H[a]![b]! += s * x[a]! * x[b]!;
      }
    });
    for (let a = 0; a < d; a++) {
      g[a]! += lambda * w[a]!;
      H[a]![a]! += lambda;
    }
    const step = solve(H, g);
    w = w.map((v, k) => v - step[k]!);
    if (step.reduce((m, v) => Math.max(m, Math.abs(v)), 0) < 1e-8) break;
  }
  return w;
}

/** Solves A x = b by Gaussian elimination with partial pivoting. */
function solve(A: number[][], b: number[]): number[] {
  const n = b.length;
  const M = A.map((row, i) => [...row, b[i]!]);
  for (let c = 0; c < n; c++) {
    let piv = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(M[r]![c]!) > Math.abs(M[piv]![c]!)) piv = r;
    [M[c], M[piv]] = [M[piv]!, M[c]!];
    const p = M[c]![c]! || 1e-12;
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const f = M[r]![c]! / p;
      if (f !== 0) for (let k = c; k <= n; k++) M[r]![k]! -= f * M[c]![k]!;
    }
  }
  return M.map((row, i) => row[n]! / (row[i]! || 1e-12));
}
