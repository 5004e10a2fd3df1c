/**
 * The save policy (issue 18.6) as a table of hostile names: only the export formats are written, no
 * device names, no disguised or double extensions, and never over an existing file unless the caller
 * passes the overwrite flag the user confirmed. The same table runs against the pure policy, the IPC
 * validators and the real writer on disk.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXPORT_EXTENSIONS, checkExportName, checkRelativePath } from '../../electron/policy/file-name';
import { validateIpcRequest } from '../../electron/policy/ipc-validators';
import { GrantError, createFileGrants, writeFileAtomic } from '../../electron/node/file-grants';

const ACCEPTED = [
  'kol.json',
  'Datapakke KOL 2024.pptx',
  'rapport.pdf',
  'kol.xlsx',
  'kol.html',
  'kol.prevalence.gradient@3x.png',
  'figur.svg',
  'eksportlog.txt',
  'datapakker.zip',
  'udtraek.profile.json',
  'ældre_åbne_ønsker.PDF',
  'RAPPORT.PPTX',
];

const REFUSED: [string, string][] = [
  ['x.exe', 'not an export format'],
  ['Datapakker-opdatering.exe', 'not an export format'],
  ['autorun.inf', 'not an export format'],
  ['rapport.pdf.lnk', 'not an export format'],
  ['rapport.pdf.url', 'not an export format'],
  ['rapport.exe.pdf', 'second extension'],
  ['rapport.lnk.png', 'second extension'],
  ['kol.js.html', 'second extension'],
  ['setup.bat.txt', 'second extension'],
  ['x.scr .zip', 'second extension'],
  ['desktop.ini', 'not an export format'],
  ['data.csv', 'not an export format'], // person-level data is never exported
  ['kol', 'not an export format'],
  ['kol.', 'ends with dot'],
  ['kol.pdf.', 'ends with dot'],
  ['kol.pdf ', 'ends with dot/space'],
  ['kol.pdf...', 'ends with dot'],
  [' kol.pdf', 'starts with space'],
  ['.kol.pdf', 'hidden'],
  ['CON', 'reserved device'],
  ['con.pdf', 'reserved device'],
  ['PRN.json', 'reserved device'],
  ['AUX.txt', 'reserved device'],
  ['nul.zip', 'reserved device'],
  ['NUL .pdf', 'reserved device'],
  ['com1.png', 'reserved device'],
  ['COM9.xlsx', 'reserved device'],
  ['LPT1.pdf', 'reserved device'],
  ['lpt9.html', 'reserved device'],
  ['COM¹.pdf', 'reserved device'],
  ['CONIN$', 'reserved device'],
  ['CONIN$.txt', 'reserved device'],
  ['conout$.pdf', 'reserved device'],
  ['rapport\u202Efdp.exe', 'direction character'], // shows as "rapportexe.pdf"
  ['rapport\u200B.exe.pdf', 'invisible'],
  ['kol.pdf:Zone.Identifier', 'forbidden character'], // an NTFS alternate data stream
  ['kol<1>.pdf', 'forbidden character'],
  ['..\\kol.pdf', 'forbidden character'],
  ['kol\u0000.pdf', 'forbidden character'],
];

describe('checkExportName', () => {
  it('knows exactly the export formats', () => {
    expect([...EXPORT_EXTENSIONS].sort()).toEqual(['html', 'json', 'pdf', 'png', 'pptx', 'svg', 'txt', 'xlsx', 'zip']);
  });
  it.each(ACCEPTED)('accepts %j', (name) => {
    expect(checkExportName(name)).toEqual({ ok: true, value: name });
    expect(checkRelativePath(`kol/${name}`)).toEqual({ ok: true, value: `kol/${name}` });
  });
  it.each(REFUSED)('refuses %j (%s)', (name, why) => {
    const verdict = checkExportName(name);
    expect(verdict.ok).toBe(false);
    expect(verdict.ok ? '' : verdict.reason).toContain(why.split(' ').pop()!);
    // As the last part of an export path, and through both save channels.
    expect(checkRelativePath(`kol/${name}`).ok).toBe(false);
    const bytes = new Uint8Array([1]);
    expect(validateIpcRequest('platform:save-file', { suggestedName: name, mimeType: 'application/pdf', bytes }).ok).toBe(false);
    expect(validateIpcRequest('platform:save-files', [{ suggestedName: `kol/${name}`, mimeType: 'application/pdf', bytes }]).ok).toBe(false);
  });
  it('refuses a device or a runnable name as a folder of an export path too', () => {
    for (const p of ['CONIN$/kol.pdf', 'aux.pdf/kol.pdf', 'kol /x.pdf', 'kol./x.pdf']) expect(checkRelativePath(p).ok, p).toBe(false);
  });
});

describe('writeIntoFolder: export formats only, never over an existing file unless confirmed', () => {
  let tmp: string;
  beforeAll(() => {
    tmp = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'datapakker-save-')));
  });
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
  const folder = () => fs.mkdtempSync(path.join(tmp, 'eksport-'));

  it.each(REFUSED.map(([n]) => n).filter((n) => !n.includes('\\')))('writes nothing for %j', async (name) => {
    const out = folder();
    await expect(createFileGrants().writeIntoFolder(out, name, new Uint8Array([1]))).rejects.toBeInstanceOf(GrantError);
    await expect(createFileGrants().writeIntoFolder(out, name, new Uint8Array([1]), { overwrite: true })).rejects.toBeInstanceOf(GrantError);
    expect(fs.readdirSync(out)).toEqual([]);
  });

  it('keeps an existing file unless the overwrite flag is passed, and says which files exist', async () => {
    const out = folder();
    const grants = createFileGrants();
    fs.mkdirSync(path.join(out, 'kol'));
    fs.writeFileSync(path.join(out, 'kol', 'rapport.pdf'), "the user's own file");
    expect(await grants.existingInFolder(out, ['kol/rapport.pdf', 'kol/kol.xlsx', 'x.exe', '../kol/rapport.pdf'])).toEqual(['kol/rapport.pdf']);
    await expect(grants.writeIntoFolder(out, 'kol/rapport.pdf', new Uint8Array([1]))).rejects.toThrow('may not be replaced');
    expect(fs.readFileSync(path.join(out, 'kol', 'rapport.pdf'), 'utf8')).toBe("the user's own file");
    expect(await grants.writeIntoFolder(out, 'kol/kol.xlsx', new Uint8Array([2]))).toBe('kol/kol.xlsx'); // a new file needs no flag
    expect(await grants.writeIntoFolder(out, 'kol/rapport.pdf', new Uint8Array([3]), { overwrite: true })).toBe('kol/rapport.pdf');
    expect([...fs.readFileSync(path.join(out, 'kol', 'rapport.pdf'))]).toEqual([3]);
    expect(fs.readdirSync(path.join(out, 'kol')).sort()).toEqual(['kol.xlsx', 'rapport.pdf']); // no temporary file left
  });

  it('writeFileAtomic without overwrite refuses an existing target atomically and cleans up', async () => {
    const out = folder();
    const target = path.join(out, 'kol.html');
    fs.writeFileSync(target, 'old');
    await expect(writeFileAtomic(target, new TextEncoder().encode('new'), { overwrite: false })).rejects.toThrow('may not be replaced');
    expect(fs.readFileSync(target, 'utf8')).toBe('old');
    await writeFileAtomic(path.join(out, 'ny.html'), new TextEncoder().encode('ny'), { overwrite: false });
    expect(fs.readdirSync(out).sort()).toEqual(['kol.html', 'ny.html']);
    expect(fs.statSync(path.join(out, 'ny.html')).nlink).toBe(1); // the temporary link is gone
  });
});
