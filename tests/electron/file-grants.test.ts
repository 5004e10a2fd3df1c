import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { GrantError, createFileGrants, writeFileAtomic } from '../../electron/node/file-grants';

let tmp: string;
let picked: string;
let outside: string;

beforeAll(() => {
  tmp = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'datapakker-grants-')));
  picked = path.join(tmp, 'udtraek');
  outside = path.join(tmp, 'hemmelig');
  fs.mkdirSync(path.join(picked, 'sub'), { recursive: true });
  fs.mkdirSync(outside);
  // 22 bytes: 9 for the header line, 13 for the row.
  fs.writeFileSync(path.join(picked, 'lpr.csv'), 'pnr;dato\n1;2024-01-01\n');
  fs.writeFileSync(path.join(picked, 'befolkning.parquet'), Buffer.from([0x50, 0x41, 0x52, 0x31]));
  fs.writeFileSync(path.join(picked, 'sub', 'lmdb.csv'), 'a\n');
  fs.writeFileSync(path.join(picked, '.DS_Store'), 'x');
  fs.writeFileSync(path.join(outside, 'cpr.csv'), 'secret');
  fs.symlinkSync(path.join(outside, 'cpr.csv'), path.join(picked, 'escape.csv'));
  fs.symlinkSync(outside, path.join(picked, 'escape-dir'));
  fs.symlinkSync(path.join(picked, 'lpr.csv'), path.join(picked, 'alias.csv'));
});

afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('grantFolder', () => {
  it('grants the regular files inside, by relative name, skipping hidden files and escaping links', async () => {
    const grants = createFileGrants();
    const files = await grants.grantFolder(picked);
    expect(files.map((f) => [f.name, f.size])).toEqual([
      ['alias.csv', 22],
      ['befolkning.parquet', 4],
      ['lpr.csv', 22],
      ['sub/lmdb.csv', 2],
    ]);
    for (const f of files) expect(f.token).toMatch(/^[0-9a-f-]{36}$/);
    expect(grants.size).toBe(4);
  });

  it('filters by extension, case-insensitively', async () => {
    const files = await createFileGrants().grantFolder(picked, ['.PARQUET']);
    expect(files.map((f) => f.name)).toEqual(['befolkning.parquet']);
  });

  it('refuses relative folders and folders that hold too many files', async () => {
    await expect(createFileGrants().grantFolder('udtraek')).rejects.toBeInstanceOf(GrantError);
    await expect(createFileGrants({ maxFolderFiles: 2 }).grantFolder(picked)).rejects.toThrow(/more than 2 files/);
  });
});

describe('readSlice', () => {
  it('reads exactly the requested bytes and clamps at the end of the file', async () => {
    const grants = createFileGrants();
    const [file] = await grants.grantFiles([path.join(picked, 'lpr.csv')]);
    const token = file!.token;
    expect(Buffer.from(await grants.readSlice({ token, start: 0, end: 3 })).toString()).toBe('pnr');
    expect(Buffer.from(await grants.readSlice({ token, start: 4, end: 8 })).toString()).toBe('dato');
    expect(Buffer.from(await grants.readSlice({ token, start: 19, end: 1000 })).toString()).toBe('01\n');
    expect((await grants.readSlice({ token, start: 500, end: 600 })).length).toBe(0);
  });

  it('refuses tokens it did not mint, and every token after revokeAll', async () => {
    const grants = createFileGrants();
    const [file] = await grants.grantFiles([path.join(picked, 'lpr.csv')]);
    await expect(grants.readSlice({ token: '0f2f5b39-1c4e-4d6e-9d57-6b7fbb3d8b11', start: 0, end: 1 })).rejects.toThrow('unknown token');
    await expect(grants.readSlice({ token: path.join(picked, 'lpr.csv'), start: 0, end: 1 })).rejects.toThrow('malformed token');
    await expect(createFileGrants().readSlice({ token: file!.token, start: 0, end: 1 })).rejects.toThrow('unknown token');
    grants.revokeAll();
    await expect(grants.readSlice({ token: file!.token, start: 0, end: 1 })).rejects.toThrow('unknown token');
  });

  it('refuses bad bounds and oversized slices', async () => {
    const grants = createFileGrants({ maxSliceBytes: 8 });
    const [file] = await grants.grantFiles([path.join(picked, 'lpr.csv')]);
    const token = file!.token;
    await expect(grants.readSlice({ token, start: 0, end: 9 })).rejects.toThrow('size limit');
    await expect(grants.readSlice({ token, start: 5, end: 4 })).rejects.toThrow('bounds');
    await expect(grants.readSlice({ token, start: -1, end: 4 })).rejects.toThrow('bounds');
    await expect(grants.readSlice({ token, start: 0.5, end: 4 })).rejects.toThrow('bounds');
  });

  it('refuses a granted file that was swapped for a symlink after the pick', async () => {
    const victim = path.join(tmp, 'swap.csv');
    fs.writeFileSync(victim, 'harmless');
    const grants = createFileGrants();
    const [file] = await grants.grantFiles([victim]);
    fs.rmSync(victim);
    fs.symlinkSync(path.join(outside, 'cpr.csv'), victim);
    await expect(grants.readSlice({ token: file!.token, start: 0, end: 6 })).rejects.toThrow('moved or became a link');
  });
});

describe('pathOf, sizeOf and sha256 (main hands files to the engine host and hashes them)', () => {
  it('give the real path, the size and the streamed SHA-256 of a granted file', async () => {
    const grants = createFileGrants();
    const [file] = await grants.grantFiles([path.join(picked, 'alias.csv')]);
    expect(await grants.pathOf(file!.token)).toBe(path.join(picked, 'lpr.csv'));
    expect(await grants.sizeOf(file!.token)).toBe(22);
    expect(await grants.sha256(file!.token)).toBe(createHash('sha256').update('pnr;dato\n1;2024-01-01\n').digest('hex'));
  });

  it('hash a file larger than one read chunk exactly', async () => {
    const big = path.join(tmp, 'big.bin');
    const bytes = Buffer.alloc(3 * 1024 * 1024 + 7);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 31) & 0xff;
    fs.writeFileSync(big, bytes);
    const grants = createFileGrants();
    const [file] = await grants.grantFiles([big]);
    expect(await grants.sha256(file!.token)).toBe(createHash('sha256').update(bytes).digest('hex'));
  });

  it('refuse unknown and malformed tokens, and a file swapped for a symlink after the pick', async () => {
    const grants = createFileGrants();
    await expect(grants.pathOf('0f2f5b39-1c4e-4d6e-9d57-6b7fbb3d8b11')).rejects.toThrow('unknown token');
    await expect(grants.sha256(path.join(picked, 'lpr.csv'))).rejects.toThrow('malformed token');
    const victim = path.join(tmp, 'swap2.csv');
    fs.writeFileSync(victim, 'harmless');
    const [file] = await grants.grantFiles([victim]);
    fs.rmSync(victim);
    fs.symlinkSync(path.join(outside, 'cpr.csv'), victim);
    await expect(grants.pathOf(file!.token)).rejects.toBeInstanceOf(GrantError);
    await expect(grants.sha256(file!.token)).rejects.toThrow('moved or became a link');
    await expect(grants.sizeOf(file!.token)).rejects.toThrow('moved or became a link');
  });
});

describe('grantFiles', () => {
  it('resolves a picked symlink to its target once, at pick time', async () => {
    const grants = createFileGrants();
    const [file] = await grants.grantFiles([path.join(picked, 'alias.csv')]);
    expect(file!.name).toBe('alias.csv');
    expect(Buffer.from(await grants.readSlice({ token: file!.token, start: 0, end: 3 })).toString()).toBe('pnr');
  });
  it('refuses folders, missing files and relative paths', async () => {
    const grants = createFileGrants();
    await expect(grants.grantFiles([picked])).rejects.toBeInstanceOf(GrantError);
    await expect(grants.grantFiles([path.join(picked, 'missing.csv')])).rejects.toThrow();
    await expect(grants.grantFiles(['lpr.csv'])).rejects.toBeInstanceOf(GrantError);
  });
});

describe('writeIntoFolder', () => {
  it('writes a plain name into the picked folder', async () => {
    const out = fs.mkdtempSync(path.join(tmp, 'eksport-'));
    const name = await createFileGrants().writeIntoFolder(out, 'kol.xlsx', new Uint8Array([1, 2, 3]));
    expect(name).toBe('kol.xlsx');
    expect([...fs.readFileSync(path.join(out, 'kol.xlsx'))]).toEqual([1, 2, 3]);
    expect(fs.readdirSync(out)).toEqual(['kol.xlsx']);
  });

  it.each(['../escape.xlsx', '..\\escape.xlsx', '/etc/passwd', '.hidden', 'nul.txt', 'a\u0000b.xlsx'])('refuses the name %j', async (name) => {
    const out = fs.mkdtempSync(path.join(tmp, 'eksport-'));
    await expect(createFileGrants().writeIntoFolder(out, name, new Uint8Array([1]))).rejects.toBeInstanceOf(GrantError);
    expect(fs.readdirSync(out)).toEqual([]);
    expect(fs.existsSync(path.join(tmp, 'escape.xlsx'))).toBe(false);
  });

  it('refuses to write through a symlink planted in the folder', async () => {
    const out = fs.mkdtempSync(path.join(tmp, 'eksport-'));
    const target = path.join(outside, 'overwrite-me.txt');
    fs.writeFileSync(target, 'original');
    fs.symlinkSync(target, path.join(out, 'kol.xlsx'));
    await expect(createFileGrants().writeIntoFolder(out, 'kol.xlsx', new Uint8Array([1]))).rejects.toThrow('not a regular file');
    expect(fs.readFileSync(target, 'utf8')).toBe('original');
  });

  it('writes an export path into subfolders of the picked folder (the command line layout)', async () => {
    const out = fs.mkdtempSync(path.join(tmp, 'eksport-'));
    const grants = createFileGrants();
    await grants.writeIntoFolder(out, 'kol/datapakke.json', new Uint8Array([1]));
    expect(await grants.writeIntoFolder(out, 'kol/charts/kol.prevalence.gradient.png', new Uint8Array([2]))).toBe('kol/charts/kol.prevalence.gradient.png');
    expect([...fs.readFileSync(path.join(out, 'kol', 'charts', 'kol.prevalence.gradient.png'))]).toEqual([2]);
    expect(fs.readdirSync(path.join(out, 'kol')).sort()).toEqual(['charts', 'datapakke.json']);
  });

  it.each(['kol/../../escape.xlsx', 'kol/./x.xlsx', 'kol//x.xlsx', '/kol/x.xlsx', 'a/b/c/d/e.xlsx', 'kol\\x.xlsx', 'kol/.hidden/x.png', 'con/x.png'])(
    'refuses the export path %j',
    async (name) => {
      const out = fs.mkdtempSync(path.join(tmp, 'eksport-'));
      await expect(createFileGrants().writeIntoFolder(out, name, new Uint8Array([1]))).rejects.toBeInstanceOf(GrantError);
      expect(fs.readdirSync(out)).toEqual([]);
      expect(fs.existsSync(path.join(tmp, 'escape.xlsx'))).toBe(false);
    },
  );

  it('refuses to write through a symlinked subfolder planted in the folder', async () => {
    const out = fs.mkdtempSync(path.join(tmp, 'eksport-'));
    fs.symlinkSync(outside, path.join(out, 'kol'));
    await expect(createFileGrants().writeIntoFolder(out, 'kol/datapakke.json', new Uint8Array([1]))).rejects.toThrow('not a folder');
    expect(fs.existsSync(path.join(outside, 'datapakke.json'))).toBe(false);
  });

  it('replaces an existing file atomically and leaves no temporary file', async () => {
    const out = fs.mkdtempSync(path.join(tmp, 'eksport-'));
    fs.writeFileSync(path.join(out, 'kol.html'), 'old');
    await writeFileAtomic(path.join(out, 'kol.html'), new TextEncoder().encode('new'));
    expect(fs.readFileSync(path.join(out, 'kol.html'), 'utf8')).toBe('new');
    expect(fs.readdirSync(out)).toEqual(['kol.html']);
  });
});
