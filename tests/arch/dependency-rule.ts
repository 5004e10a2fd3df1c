import fs from 'node:fs';
import path from 'node:path';
import { builtinModules } from 'node:module';

/** npm packages the pure core may use: they run unchanged in Node and in the browser. */
export const ISOMORPHIC_PACKAGES = ['apache-arrow', 'vega', 'vega-lite', 'exceljs', 'pptxgenjs', 'pdfkit', 'svg-to-pdfkit', 'fflate'];

export interface Violation {
  file: string;
  specifier: string;
  rule: string;
}

const IMPORT_RE =
  /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|(?:^|\n)\s*import\s*['"]([^'"]+)['"]|require\(\s*['"]([^'"]+)['"]\s*\)/g;

export function importsOf(source: string): string[] {
  const out: string[] = [];
  for (const m of source.matchAll(IMPORT_RE)) {
    const spec = m[1] ?? m[2] ?? m[3] ?? m[4];
    if (spec) out.push(spec);
  }
  return out;
}

const NODE_BUILTINS = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));
const packageName = (spec: string) => (spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!);

/** Which top-level zone a repository-relative path is in. */
function zoneOf(rel: string): string {
  const parts = rel.split('/');
  if (parts[0] === 'electron') return `electron/${parts[1]}`;
  return parts[0]!;
}

/** The dependency rule of docs ARCHITECTURE.md, as one function over (file, import). */
export function checkImport(rel: string, spec: string): string | null {
  const zone = zoneOf(rel);
  const relative = spec.startsWith('.');
  const target = relative ? path.posix.normalize(path.posix.join(path.posix.dirname(rel), spec)) : null;
  const targetZone = target ? zoneOf(target) : null;
  const pkg = relative ? null : packageName(spec);

  if (zone === 'shared') {
    if (target && targetZone !== 'shared') return 'shared/ imports only shared/ (move the code into shared/ or pass it in)';
    if (pkg && NODE_BUILTINS.has(spec)) return 'shared/ must not import Node built-ins (put I/O in electron/node)';
    if (pkg && !ISOMORPHIC_PACKAGES.includes(pkg)) return `shared/ may import only isomorphic packages (${pkg} is not on the list)`;
    return null;
  }
  if (zone === 'renderer') {
    if (targetZone && targetZone.startsWith('electron')) return 'renderer/ never imports electron/ (use the Platform interface)';
    if (pkg === 'electron') return "renderer/ never imports 'electron' (use the Platform bridge)";
    if (pkg && NODE_BUILTINS.has(spec)) return 'renderer/ must not import Node built-ins';
    return null;
  }
  if (zone.startsWith('electron/')) {
    if (targetZone === 'renderer') return 'electron/ never imports renderer/';
    if (pkg === 'electron' && zone !== 'electron/main' && zone !== 'electron/preload')
      return "only electron/main and electron/preload import 'electron' (keep the logic testable in policy/ or node/)";
    if (zone === 'electron/policy') {
      if (target && targetZone !== 'shared' && targetZone !== 'electron/policy') return 'electron/policy imports only shared/ and itself';
      if (pkg) return 'electron/policy is pure: no packages, no Node built-ins';
    }
    return null;
  }
  return null;
}

export function scan(root: string, dirs: string[]): Violation[] {
  const violations: Violation[] = [];
  const walk = (dir: string) => {
    if (!fs.existsSync(dir)) return;
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'node_modules') walk(full);
      } else if (/\.(ts|tsx|mts|cts)$/.test(entry.name) && !entry.name.endsWith('.d.ts') && !entry.name.startsWith('vite.config')) {
        const rel = path.relative(root, full).split(path.sep).join('/');
        for (const spec of importsOf(fs.readFileSync(full, 'utf8'))) {
          const rule = checkImport(rel, spec);
          if (rule) violations.push({ file: rel, specifier: spec, rule });
        }
      }
    }
  };
  for (const d of dirs) walk(path.join(root, d));
  return violations;
}
