/**
 * The Electron security linter over electron/, offline. It always exits 0, so its CSV report is
 * parsed and HIGH findings fail the test. The CSP is built from data at run time (policy/csp.ts)
 * where the linter cannot see it, so the built string is handed to it as a probe HTML page; a
 * deliberately bad window in a canary folder proves the linter ran and the parsing works.
 */
import { describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { contentSecurityPolicy } from '../../electron/policy/csp';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(import.meta.url);
const ELECTRON_VERSION = (require('electron/package.json') as { version: string }).version;

interface Finding {
  issue: string;
  severity: string;
  confidence: string;
  file: string;
}

/** Parses the linter's CSV (quoted fields with "" escapes, one finding per line). */
function parseReport(csv: string): Finding[] {
  const rows = csv
    .split(/\r?\n/)
    .filter((l) => l.trim() !== '')
    .map((line) => {
      const cells: string[] = [];
      let cell = '';
      let quoted = false;
      for (let i = 0; i < line.length; i++) {
        const c = line[i]!;
        if (quoted && c === '"' && line[i + 1] === '"') {
          cell += '"';
          i++;
        } else if (c === '"') quoted = !quoted;
        else if (c === ',' && !quoted) {
          cells.push(cell.trim());
          cell = '';
        } else cell += c;
      }
      cells.push(cell.trim());
      return cells;
    });
  return rows.slice(1).map(([issue = '', severity = '', confidence = '', file = '']) => ({ issue, severity, confidence, file }));
}

describe('electronegativity', () => {
  it('parses quoted CSV cells', () => {
    expect(parseReport('issue, severity, confidence, filename\nX,"HIGH","FIRM","/a,b ""c"".ts"\n')).toEqual([
      { issue: 'X', severity: 'HIGH', confidence: 'FIRM', file: '/a,b "c".ts' },
    ]);
  });

  it('finds no HIGH issue in electron/ and accepts the CSP', async () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'datapakker-lint-'));
    try {
      const scan = path.join(tmp, 'scan');
      fs.cpSync(path.join(repo, 'electron'), path.join(scan, 'electron'), {
        recursive: true,
        filter: (src) => !src.includes(`${path.sep}resources${path.sep}`),
      });
      fs.writeFileSync(path.join(scan, 'csp-probe.html'), `<!doctype html><meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy()}">`);
      fs.mkdirSync(path.join(scan, 'canary'));
      fs.writeFileSync(
        path.join(scan, 'canary', 'bad-window.js'),
        "const { BrowserWindow } = require('electron');\nnew BrowserWindow({ webPreferences: { nodeIntegration: true, contextIsolation: false } });\n",
      );
      const report = path.join(tmp, 'report.csv');
      const bin = require.resolve('@doyensec/electronegativity/dist/index.js');
      const { stdout, stderr } = await promisify(execFile)(
        process.execPath,
        [
          '-r',
          path.join(repo, 'tests/electron/support/offline-require.cjs'),
          bin,
          '-i',
          scan,
          '-o',
          report,
          '-e',
          ELECTRON_VERSION,
          '-x',
          'AvailableSecurityFixesGlobalCheck',
        ],
        { timeout: 90_000, maxBuffer: 16 * 1024 * 1024, env: { ...process.env, LANG: 'en-US' } },
      );
      expect(`${stdout}${stderr}`).not.toContain('NETWORK-ATTEMPT');
      if (!fs.existsSync(report)) throw new Error(`electronegativity wrote no report. Output:\n${stdout}\n${stderr}`);
      const findings = parseReport(fs.readFileSync(report, 'utf8'));

      const high = findings.filter((f) => f.severity === 'HIGH');
      const ours = high.filter((f) => !f.file.includes(`${path.sep}canary${path.sep}`));
      expect(ours, `HIGH findings:\n${ours.map((f) => `${f.issue} ${f.file}`).join('\n')}`).toEqual([]);
      // The canary must be caught, or the run proved nothing.
      expect(high.filter((f) => f.file.includes(`${path.sep}canary${path.sep}`)).map((f) => f.issue)).toContain('CONTEXT_ISOLATION_JS_CHECK');

      const csp = findings.filter((f) => f.issue === 'CSP_GLOBAL_CHECK');
      expect(csp.every((f) => f.file.endsWith('csp-probe.html') && ['LOW', 'INFORMATIONAL'].includes(f.severity))).toBe(true);
      // Nothing MEDIUM in our own code either (auxclick, sandbox, CSP, …).
      expect(findings.filter((f) => f.severity === 'MEDIUM' && !f.file.includes(`${path.sep}canary${path.sep}`)).map((f) => `${f.issue} ${f.file}`)).toEqual(
        [],
      );
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });
});
