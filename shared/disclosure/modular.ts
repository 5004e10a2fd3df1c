/**
 * Exact arithmetic modulo a prime for the linear algebra of disclosure control (derivable.ts,
 * gauss.ts): no rounding and no tolerance. The prime is below 2^26, so the product of two residues
 * stays below 2^52 and is exact in a double.
 */
export const P = 67_108_859;

export const mod = (x: number): number => ((x % P) + P) % P;
export const mul = (a: number, b: number): number => (a * b) % P;

/** The multiplicative inverse by the extended Euclidean algorithm (a ≠ 0 mod P). */
export function inverse(a: number): number {
  let [r0, r1, s0, s1] = [a, P, 1, 0];
  while (r1 !== 0) {
    const q = Math.floor(r0 / r1);
    [r0, r1] = [r1, r0 - q * r1];
    [s0, s1] = [s1, s0 - q * s1];
  }
  return mod(s0);
}
