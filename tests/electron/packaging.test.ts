/**
 * Packaging check: `electron-builder --linux dir` with the project's electron-builder.yml, offline,
 * on a small prepared app (the real dist-electron bundles, a placeholder renderer, a native and a
 * plain production module, a dev-only module, and decoy sources, tests, docs and data) against a
 * stub Electron whose fuse wire electron-builder must flip. Asserts what app.asar contains.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { ELECTRON_FUSES } from '../../electron/policy/fuses';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(import.meta.url);
const ELECTRON_VERSION = (require('electron/package.json') as { version: string }).version;
// @electron/fuses looks for this marker, then a version byte, a length byte and one byte per fuse.
const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
// Electron's defaults in fuse order: RunAsNode, CookieEncryption, NodeOptions, NodeCliInspect,
// AsarIntegrity, OnlyLoadAppFromAsar, BrowserV8Snapshot, GrantFileProtocolExtraPrivileges.
const DEFAULT_WIRE = '10110001';

let tmp: string;
let appOut: string;
let asarFiles: string[];

function write(file: string, content: string | Uint8Array): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, content);
}

/** File paths inside an asar archive, read from its JSON header (pickle: 4 sizes, then the JSON). */
function listAsar(file: string): string[] {
  const buf = fs.readFileSync(file);
  const header = JSON.parse(buf.subarray(16, 16 + buf.readUInt32LE(12)).toString('utf8')) as { files: Record<string, unknown> };
  const out: string[] = [];
  const walk = (node: { files?: Record<string, unknown> }, prefix: string) => {
    for (const [name, child] of Object.entries(node.files ?? {})) {
      const entry = child as { files?: Record<string, unknown> };
      if (entry.files) walk(entry, `${prefix}/${name}`);
      else out.push(`${prefix}/${name}`);
    }
  };
  walk(header, '');
  return out.sort();
}

function prepareApp(app: string): void {
  const pkg = {
    name: 'datapakker',
    productName: 'Datapakker',
    version: '0.1.0',
    description: 'Datapakker (packaging test)',
    author: 'Datapakker',
    type: 'module',
    main: 'dist-electron/main/main.js',
    dependencies: {
      'tiny-native': '1.0.0',
      'tiny-pure': '1.0.0',
      '@duckdb/duckdb-wasm': '1.32.0',
      '@duckdb/node-api': '1.5.5-r.5',
      '@duckdb/node-bindings-linux-x64': '1.5.5-r.5',
    },
    devDependencies: { 'dev-only': '1.0.0' },
  };
  write(path.join(app, 'package.json'), JSON.stringify(pkg, null, 2));
  for (const [name, extra] of [
    ['tiny-native', 'build/Release/addon.node'],
    ['tiny-pure', 'lib/util.js'],
    ['dev-only', 'lib/dev.js'],
  ] as const) {
    write(path.join(app, 'node_modules', name, 'package.json'), JSON.stringify({ name, version: '1.0.0', main: 'index.js' }));
    write(path.join(app, 'node_modules', name, 'index.js'), 'module.exports = 1;\n');
    write(path.join(app, 'node_modules', name, extra), extra.endsWith('.node') ? new Uint8Array([0x7f, 0x45, 0x4c, 0x46]) : '// x\n');
  }
  // Native DuckDB's layout (engine host, decision 006): JS in the API package, the addon and the
  // shared library it loads in the platform package, which must be unpacked whole.
  write(path.join(app, 'node_modules/@duckdb/node-api/package.json'), JSON.stringify({ name: '@duckdb/node-api', version: '1.5.5-r.5', main: 'lib/index.js' }));
  write(path.join(app, 'node_modules/@duckdb/node-api/lib/index.js'), '// x\n');
  const bindings = path.join(app, 'node_modules/@duckdb/node-bindings-linux-x64');
  write(path.join(bindings, 'package.json'), JSON.stringify({ name: '@duckdb/node-bindings-linux-x64', version: '1.5.5-r.5', main: 'duckdb.node' }));
  write(path.join(bindings, 'duckdb.node'), new Uint8Array([0x7f, 0x45, 0x4c, 0x46]));
  write(path.join(bindings, 'libduckdb.so'), new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 1]));
  // duckdb-wasm's layout: the Node build stays, the browser builds and threaded wasm are dropped.
  const duckdb = path.join(app, 'node_modules/@duckdb/duckdb-wasm');
  write(path.join(duckdb, 'package.json'), JSON.stringify({ name: '@duckdb/duckdb-wasm', version: '1.32.0', main: 'dist/duckdb-node.cjs' }));
  for (const f of [
    'duckdb-node.cjs',
    'duckdb-node-blocking.cjs',
    'duckdb-eh.wasm',
    'duckdb-mvp.wasm',
    'duckdb-coi.wasm',
    'duckdb-browser.mjs',
    'duckdb-browser-eh.worker.js',
  ]) {
    write(path.join(duckdb, 'dist', f), f.endsWith('.wasm') ? new Uint8Array([0, 0x61, 0x73, 0x6d]) : '// x\n');
  }
  write(path.join(app, 'dist-web/electron.html'), '<!doctype html><title>Datapakker</title>');
  write(path.join(app, 'dist-web/assets/app.js'), 'console.log(1);\n');
  write(path.join(app, 'dist-web/assets/app.js.map'), '{}');
  write(path.join(app, 'dist-web/assets/duckdb-eh.wasm'), new Uint8Array([0, 0x61, 0x73, 0x6d]));
  // Decoys: none of these may end up in the package.
  write(path.join(app, 'electron/main/main.ts'), 'export {};\n');
  write(path.join(app, 'shared/ipc.ts'), 'export {};\n');
  write(path.join(app, 'tests/electron/x.test.ts'), 'export {};\n');
  write(path.join(app, 'data-samples/region-midt/lpr.csv'), 'pnr\n1\n');
  write(path.join(app, 'docs/benchmarks.md'), '# x\n');
  write(path.join(app, 'tsconfig.json'), '{}');
  write(path.join(app, 'README.md'), '# x\n');
  fs.cpSync(path.join(repo, 'electron-builder.yml'), path.join(app, 'electron-builder.yml'));
  fs.cpSync(path.join(repo, 'electron/resources/icon.png'), path.join(app, 'electron/resources/icon.png'));
}

function prepareStubElectron(dir: string): void {
  write(path.join(dir, 'electron'), `#!/bin/sh\nexit 0\n# ${FUSE_SENTINEL}\u0001\u0008${DEFAULT_WIRE}\n`);
  fs.chmodSync(path.join(dir, 'electron'), 0o755);
  write(path.join(dir, 'version'), ELECTRON_VERSION);
  write(path.join(dir, 'LICENSE'), 'MIT');
  fs.mkdirSync(path.join(dir, 'resources'), { recursive: true });
}

beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'datapakker-pack-'));
  const app = path.join(tmp, 'app');
  prepareApp(app);
  prepareStubElectron(path.join(tmp, 'stub'));
  const { buildElectron } = (await import(path.join(repo, 'electron/build.mjs'))) as { buildElectron(outDir: string): Promise<string> };
  await buildElectron(path.join(app, 'dist-electron'));
  const cli = require.resolve('electron-builder/cli.js');
  const args = [
    cli,
    '--linux',
    'dir',
    '--config',
    'electron-builder.yml',
    `-c.electronDist=${path.join(tmp, 'stub')}`,
    `-c.electronVersion=${ELECTRON_VERSION}`,
    `-c.directories.output=${path.join(tmp, 'out')}`,
  ];
  try {
    await promisify(execFile)(process.execPath, args, { cwd: app, timeout: 150_000, maxBuffer: 32 * 1024 * 1024, env: { ...process.env, CI: 'true' } });
  } catch (err) {
    const e = err as { stdout?: string; stderr?: string; message: string };
    throw new Error(`electron-builder --linux dir failed: ${e.message}\n${e.stdout ?? ''}\n${e.stderr ?? ''}`);
  }
  appOut = path.join(tmp, 'out', 'linux-unpacked');
  asarFiles = listAsar(path.join(appOut, 'resources', 'app.asar'));
}, 180_000);

afterAll(() => {
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

describe('electron-builder --linux dir', () => {
  it('packs the built app and production modules into app.asar', () => {
    expect(asarFiles).toEqual(
      expect.arrayContaining([
        '/package.json',
        '/dist-electron/main/main.js',
        '/dist-electron/preload/preload.cjs',
        '/dist-electron/node/engine-host-main.js',
        '/node_modules/@duckdb/node-api/lib/index.js',
        '/dist-web/electron.html',
        '/dist-web/assets/app.js',
        '/dist-web/assets/duckdb-eh.wasm',
        '/node_modules/tiny-pure/index.js',
        '/node_modules/tiny-pure/lib/util.js',
      ]),
    );
  });

  it('keeps the Node build of duckdb-wasm for headless runs and drops what only a browser loads', () => {
    expect(asarFiles.filter((f) => f.startsWith('/node_modules/@duckdb/duckdb-wasm/dist/'))).toEqual([
      '/node_modules/@duckdb/duckdb-wasm/dist/duckdb-eh.wasm',
      '/node_modules/@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm',
      '/node_modules/@duckdb/duckdb-wasm/dist/duckdb-node-blocking.cjs',
      '/node_modules/@duckdb/duckdb-wasm/dist/duckdb-node.cjs',
    ]);
  });

  it('ships no sources, tests, docs, data, source maps or dev dependencies', () => {
    const leaked = asarFiles.filter((f) =>
      /\.tsx?$|\.map$|^\/(tests|docs|data-samples|electron|shared|renderer)\/|^\/node_modules\/dev-only\/|^\/(tsconfig\.json|README\.md|electron-builder\.yml)$/.test(
        f,
      ),
    );
    expect(leaked).toEqual([]);
  });

  it('unpacks native modules next to the archive', () => {
    expect(fs.existsSync(path.join(appOut, 'resources', 'app.asar.unpacked', 'node_modules', 'tiny-native', 'build', 'Release', 'addon.node'))).toBe(true);
    // The .node file is only a placeholder inside the archive; the real bytes live unpacked.
    expect(fs.readdirSync(path.join(appOut, 'resources', 'app.asar.unpacked', 'node_modules')).sort()).toEqual(['@duckdb', 'tiny-native']);
  });

  it('unpacks native DuckDB for the engine host whole: the addon and the shared library it loads', () => {
    const unpacked = path.join(appOut, 'resources', 'app.asar.unpacked', 'node_modules', '@duckdb');
    expect(fs.readdirSync(unpacked)).toEqual(['node-bindings-linux-x64']);
    expect(fs.readdirSync(path.join(unpacked, 'node-bindings-linux-x64')).sort()).toEqual(['duckdb.node', 'libduckdb.so', 'package.json']);
    expect(fs.readFileSync(path.join(unpacked, 'node-bindings-linux-x64', 'libduckdb.so'))).toEqual(Buffer.from([0x7f, 0x45, 0x4c, 0x46, 1]));
  });

  it('flips the fuses of electron/policy/fuses.ts in the binary', () => {
    const binary = fs.readFileSync(path.join(appOut, 'datapakker'));
    const at = binary.indexOf(FUSE_SENTINEL) + FUSE_SENTINEL.length;
    const wire = binary.subarray(at + 2, at + 2 + DEFAULT_WIRE.length).toString('latin1');
    const expected = [
      ELECTRON_FUSES.runAsNode,
      ELECTRON_FUSES.enableCookieEncryption,
      ELECTRON_FUSES.enableNodeOptionsEnvironmentVariable,
      ELECTRON_FUSES.enableNodeCliInspectArguments,
      ELECTRON_FUSES.enableEmbeddedAsarIntegrityValidation,
      ELECTRON_FUSES.onlyLoadAppFromAsar,
      DEFAULT_WIRE[6] === '1',
      ELECTRON_FUSES.grantFileProtocolExtraPrivileges,
    ]
      .map((on) => (on ? '1' : '0'))
      .join('');
    expect(wire).toBe(expected);
    expect(wire).toBe('01001100');
  });

  it('configures no update feed', () => {
    expect(fs.existsSync(path.join(appOut, 'resources', 'app-update.yml'))).toBe(false);
  });
});
