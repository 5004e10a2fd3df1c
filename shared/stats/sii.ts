import { zFor } from './distributions';
import { DEFAULT_CONFIDENCE } from './types';

/** Link of the regression: identity (PHE transform = FALSE), log (rates) or logit (proportions, as fractions). */
export type SiiLink = 'identity' | 'log' | 'logit';

export interface SiiGroup {
  /** Group value on the natural scale (a fraction for logit). */
  value: number;
  population: number;
  /** Standard error of the value on the link scale (natural scale for identity). */
  se: number;
}

export interface SiiResult {
  sii: number;
  rii: number | null;
  intercept: number | null;
  siiLower: number;
  siiUpper: number;
  riiLower: number | null;
  riiUpper: number | null;
}

const inverse = (link: SiiLink, eta: number) => (link === 'log' ? Math.exp(eta) : link === 'logit' ? 1 / (1 + Math.exp(-eta)) : eta);
const forward = (link: SiiLink, y: number) => (link === 'log' ? Math.log(y) : link === 'logit' ? Math.log(y / (1 - y)) : y);

/**
 * Weighted least squares of y on the ridit b with weights a = population share, in PHE's form.
 * Returns β₀, β₁ and the rows c₀, c₁ of (XᵀAX)⁻¹XᵀA, so β = Σ cᵢ·yᵢ and var(β₁) = Σ c₁ᵢ²σᵢ².
 */
export function riditRegression(y: number[], populations: number[]): { beta0: number; beta1: number; c0: number[]; c1: number[] } | null {
  const total = populations.reduce((s, p) => s + p, 0);
  if (!(total > 0) || y.length < 2) return null;
  const a = populations.map((p) => p / total);
  let cumulative = 0;
  const b = a.map((ai) => {
    const mid = cumulative + ai / 2;
    cumulative += ai;
    return mid;
  });
  let s1 = 0;
  let s2 = 0;
  a.forEach((ai, i) => {
    s1 += ai * b[i]!;
    s2 += ai * b[i]! * b[i]!;
  });
  const det = s2 - s1 * s1; // Σa = 1
  if (!(det > 1e-300)) return null;
  const c0 = a.map((ai, i) => ((s2 - s1 * b[i]!) * ai) / det);
  const c1 = a.map((ai, i) => ((b[i]! - s1) * ai) / det);
  const beta0 = c0.reduce((s, c, i) => s + c * y[i]!, 0);
  const beta1 = c1.reduce((s, c, i) => s + c * y[i]!, 0);
  return { beta0, beta1, c0, c1 };
}

/**
 * PHE's `phe_sii` point estimates with a deterministic delta-method interval instead of its
 * simulation. SII = (g⁻¹(β₀+β₁) − g⁻¹(β₀))·multiplier; RII = g⁻¹(β₀+β₁)/g⁻¹(β₀), inverted for a negative
 * multiplier; intercept = g⁻¹(β₀)·|multiplier|. The RII interval is symmetric on log(RII).
 * Returns null when the regression is undefined (fewer than 2 groups, no population, values outside
 * the link's domain); rii/intercept are null when g⁻¹(β₀) is 0.
 */
export function pheSii(groups: SiiGroup[], o: { link: SiiLink; multiplier: number; confidence?: number }): SiiResult | null {
  const { link, multiplier } = o;
  const valid = groups.every(
    (g) =>
      Number.isFinite(g.value) &&
      Number.isFinite(g.se) &&
      g.population >= 0 &&
      (link !== 'log' || g.value > 0) &&
      (link !== 'logit' || (g.value > 0 && g.value < 1)),
  );
  if (!valid) return null;
  const fit = riditRegression(
    groups.map((g) => forward(link, g.value)),
    groups.map((g) => g.population),
  );
  if (!fit) return null;
  const z = zFor(o.confidence ?? DEFAULT_CONFIDENCE);
  const eta0 = fit.beta0;
  const eta1 = fit.beta0 + fit.beta1;
  const y0 = inverse(link, eta0);
  const y1 = inverse(link, eta1);
  const slope = (eta: number) => (link === 'log' ? Math.exp(eta) : link === 'logit' ? inverse(link, eta) * (1 - inverse(link, eta)) : 1);
  const sd = (d0: number, d1: number) => Math.sqrt(groups.reduce((s, g, i) => s + (d0 * fit.c0[i]! + d1 * fit.c1[i]!) ** 2 * g.se * g.se, 0));

  const sii = (y1 - y0) * multiplier;
  const siiHalf = z * sd(slope(eta1) - slope(eta0), slope(eta1)) * Math.abs(multiplier);
  const result: SiiResult = { sii, rii: null, intercept: null, siiLower: sii - siiHalf, siiUpper: sii + siiHalf, riiLower: null, riiUpper: null };
  if (!(y0 > 0 && y1 > 0)) return result;

  // d log(RII) / d(β₀, β₁) on the link scale.
  const [d0, d1] = link === 'log' ? [0, 1] : link === 'logit' ? [y0 - y1, 1 - y1] : [1 / eta1 - 1 / eta0, 1 / eta1];
  const sign = multiplier < 0 ? -1 : 1;
  const logRii = sign * Math.log(y1 / y0);
  const riiHalf = z * sd(d0, d1);
  return { ...result, rii: Math.exp(logRii), intercept: y0 * Math.abs(multiplier), riiLower: Math.exp(logRii - riiHalf), riiUpper: Math.exp(logRii + riiHalf) };
}
