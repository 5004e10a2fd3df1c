/**
 * Issues 13.5 and 18.5 in Chromium on the web build: an extract with CPR numbers in its id column and
 * in non-id columns (a birth date, a death date, a sex code, a column the contract does not use) never
 * shows one of them in the DOM — not in the data step's preview, not in the mapping's examples or value
 * maps, not in Kontrol's messages. They are shown masked (`010170-••••`), which proves they were there.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchApp, type AppSession } from './harness/chromium';
import { writeExtract } from './fixtures/extract';
import { DataPage, KontrolPage } from './pages/workflow';

/** Written independently of shared/privacy/mask.ts: 10 digits (a dash allowed) with a plausible DDMM. */
const CPR_LIKE = /(?<![0-9])(0[1-9]|[12][0-9]|3[01])(0[1-9]|1[0-2])[0-9]{2}[-\u2013 ]?[0-9]{4}(?![0-9])/g;

/** [column index, value] planted in the first five data rows (the mapping shows three rows as examples). */
const PLANTED: [number, string][] = [
  [0, '1503451234'], // PNR: a real CPR number as the person id
  [5, '311299-1238'], // CIVILSTAND: in a column the contract does not use
  [4, '2412891236'], // DOED_DATO: in the death date column (a warning with its value)
  [1, '0101701235'], // FOED_DAG: in the birth date column (rejected, reported with its value)
  [2, '020202-1237'], // KOEN: in the sex code column (an unknown code, counted in the value map)
];

/** Everything the page shows or holds in the DOM: markup, attributes and form values. */
async function domText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const values = Array.from(document.querySelectorAll('input, select, textarea')).map((e) => (e as HTMLInputElement).value);
    return `${document.documentElement.outerHTML}\n${document.body.innerText}\n${values.join('\n')}`;
  });
}

async function expectNoCpr(page: Page, step: string): Promise<string> {
  const text = await domText(page);
  for (const [, value] of PLANTED) expect(text.includes(value), `${step}: ${value} in the DOM`).toBe(false);
  expect(text.match(CPR_LIKE), `${step}: CPR-like values in the DOM`).toBeNull();
  return text;
}

describe('no CPR number on screen (Chromium, web build)', () => {
  let app: AppSession;
  let tmp: string;
  let files: string[];

  beforeAll(async () => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'datapakker-no-cpr-'));
    ({ files } = writeExtract(tmp));
    const persons = files[0]!;
    const lines = fs.readFileSync(persons, 'latin1').split('\r\n');
    PLANTED.forEach(([column, value], i) => {
      const fields = lines[i + 1]!.split(';');
      fields[column] = value;
      lines[i + 1] = fields.join(';');
    });
    fs.writeFileSync(persons, Buffer.from(lines.join('\r\n'), 'latin1'));
    app = await launchApp();
  }, 600_000);
  afterAll(async () => {
    await app?.close();
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  it('data and mapping, then Kontrol: every planted CPR number is masked', async () => {
    const page = app.page;
    expect(fs.readFileSync(files[0]!, 'latin1').match(CPR_LIKE)).toHaveLength(PLANTED.length); // the probe holds them
    const data = new DataPage(page);
    await data.ready();
    await data.pickFiles(files);
    await expect(data.mapping('persons', 'person_id').inputValue()).resolves.toBe('PNR');
    await expect(data.mapping('persons', 'sex').inputValue()).resolves.toBe('KOEN');
    // Value maps hold the distinct codes of the sex column, the planted one among them.
    await page
      .getByTestId('values-loading')
      .first()
      .waitFor({ state: 'detached', timeout: 120_000 })
      .catch(() => undefined);
    await page.getByLabel('persons.sex: 020202-••••', { exact: true }).waitFor({ timeout: 120_000 });
    const mapping = await expectNoCpr(page, 'data/mapping');
    expect(mapping).toContain('150345-••••'); // the id column's example
    // A column mapped by hand shows its examples masked too (death date, then a column nobody maps).
    await data.mapColumn('persons', 'death_date', 'CIVILSTAND');
    expect(await expectNoCpr(page, 'mapping by hand')).toContain('311299-••••');
    await data.mapColumn('persons', 'death_date', 'DOED_DATO');

    await data.importAndCheck();
    const kontrol = new KontrolPage(page);
    await expect(kontrol.problems().count()).resolves.toBeGreaterThan(0);
    const checked = await expectNoCpr(page, 'kontrol');
    expect(checked).toContain('010170-••••'); // the birth date's example in a message
    expect(checked).toContain('241289-••••'); // the death date's
  }, 300_000);
});
