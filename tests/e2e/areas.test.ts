/**
 * The package step's area picker in Chromium (web build): the grouping follows the reference date,
 * an area the extract does not cover is refused naming it, and an own area (picked municipalities,
 * named, saved with the profile) is built together with each of its municipalities.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchApp, type AppSession } from './harness/chromium';
import { expectedAge65, writeExtract, type PlantedPerson } from './fixtures/extract';
import { DataPage, KontrolPage, GennemsynPage } from './pages/workflow';

const LONG = { timeout: 240_000 };

describe('area picker in Chromium (web build)', () => {
  let app: AppSession;
  let files: string[];
  let persons: PlantedPerson[];

  beforeAll(async () => {
    ({ files, persons } = writeExtract(fs.mkdtempSync(path.join(os.tmpdir(), 'datapakker-areas-'))));
    app = await launchApp();
  }, 600_000);
  afterAll(async () => {
    await app?.close();
  });

  it('offers sundhedsråd, klynger, every municipality and own areas; builds an own area and each of its municipalities', async () => {
    const page = app.page;
    const data = new DataPage(page);
    await data.ready();
    await data.pickFiles(files);
    await data.mapColumn('persons', 'municipality_code', 'BOPAEL_KOM');
    // As DataPage.importAndCheck, with room for a busy machine.
    await page.getByRole('button', { name: 'Indlæs og kontrollér' }).click();
    await page.getByRole('heading', { name: 'Kontrol af data' }).waitFor(LONG);
    await new KontrolPage(page).next();

    const area = page.getByLabel('Område');
    const date = page.getByLabel('Referencedato');
    // Before 2027 the clusters come first; from 2027 the sundhedsråd, and the chosen cluster becomes its sundhedsråd.
    await date.fill('2024-01-01');
    await area.selectOption('cluster:randers');
    const groups = () => area.locator('optgroup').evaluateAll((gs) => gs.map((g) => g.getAttribute('label')));
    expect((await groups()).slice(0, 2)).toEqual(['Sundhedsklynger (til 31. december 2026)', 'Sundhedsråd (fra 1. januar 2027)']);
    await date.fill('2027-01-01');
    await expect(area.inputValue()).resolves.toBe('sundhedsraad:kronjylland');
    expect((await groups()).slice(0, 2)).toEqual(['Sundhedsråd (fra 1. januar 2027)', 'Sundhedsklynger (til 31. december 2026)']);
    await expect(area.locator('option[value="sundhedsraad:kronjylland"]').innerText()).resolves.toBe('Sundhedsråd Kronjylland');
    // Both stay selectable: the cluster on a 2027 date gets a note naming the sundhedsråd.
    await area.selectOption('cluster:randers');
    await expect(page.getByTestId('area-note').innerText()).resolves.toContain('sundhedsraad:kronjylland: Sundhedsråd Kronjylland');
    // Every Danish municipality is offered: 98 of them.
    await expect(area.locator('option[value^="municipality:"]').count()).resolves.toBe(98);

    // An area nobody in the extract lives in is refused, naming it.
    await date.fill('2024-01-01');
    await area.selectOption('municipality:101');
    await page.getByRole('button', { name: 'Byg datapakke' }).click();
    await page.getByText('Udtrækket har ingen borgere med bopæl i Københavns Kommune på skæringsdatoen').waitFor(LONG);

    // An own area: Aarhus and Horsens, named, saved with the profile.
    await area.selectOption({ label: 'Nyt eget område …' });
    await page.getByLabel('Navn', { exact: true }).fill('Østjysk samarbejde');
    const municipalities = page.getByRole('group', { name: 'Kommuner' });
    await municipalities.getByRole('checkbox', { name: 'Aarhus', exact: true }).check();
    await municipalities.getByRole('checkbox', { name: 'Horsens', exact: true }).check();
    await page.getByRole('button', { name: 'Gem eget område' }).click();
    await expect(area.inputValue()).resolves.toBe('custom:oestjysk-samarbejde');
    await page.getByText('Østjysk samarbejde er gemt med profilen.').waitFor();
    const stored = JSON.parse((await page.evaluate(() => localStorage.getItem('datapakker.profile')))!);
    expect(stored.areas).toEqual([{ code: 'oestjysk-samarbejde', name: 'Østjysk samarbejde', municipalities: [751, 615] }]);
    expect(stored.tables.persons.columns.municipality_code).toBe('BOPAEL_KOM');

    // "Byg også for hver kommune": the own area, then Aarhus and Horsens, each its own package.
    await page.getByRole('checkbox', { name: 'Byg også for hver kommune' }).check();
    for (const track of ['KOL', 'Diabetes', 'Angst']) await page.getByRole('checkbox', { name: track, exact: true }).setChecked(track === 'KOL');
    await page.getByRole('button', { name: 'Byg datapakke' }).click();
    await page.getByRole('heading', { name: 'Gennemsyn og redigér' }).waitFor(LONG);
    const chips = page.getByRole('group', { name: 'Pakke', exact: true }).getByRole('button');
    await expect(chips.allInnerTexts()).resolves.toEqual(['KOL · Østjysk samarbejde', 'KOL · Aarhus Kommune', 'KOL · Horsens Kommune']);

    // Each package is its own area's: the lead line names it, and every published total is the planted
    // residents of that area (a total may be withheld by the linked disclosure of overlapping areas).
    const review = new GennemsynPage(page);
    const residentsOf = (codes: number[]) => [...expectedAge65(persons, '2024-01-01', codes).bySex.values()].reduce((s, c) => s + c.n, 0);
    const areasShown: [string, number[]][] = [
      ['Østjysk samarbejde', [751, 615]],
      ['Aarhus Kommune', [751]],
      ['Horsens Kommune', [615]],
    ];
    const published: string[] = [];
    for (const [i, [name, codes]] of areasShown.entries()) {
      await chips.nth(i).click();
      await page.getByText(new RegExp(`^KOL · ${name} · 1\\. januar 2024$`)).waitFor(LONG);
      const total = await review
        .indicator('kol.population_pyramid')
        .getByRole('row', { name: /^I alt/ })
        .first()
        .innerText();
      if (/Udeladt/.test(total)) continue;
      expect(total, name).toContain(String(residentsOf(codes)));
      published.push(name);
    }
    expect(published.length, 'at least one area with a published total').toBeGreaterThan(0);
    expect(app.foreignRequests).toEqual([]);
  }, 900_000);
});
