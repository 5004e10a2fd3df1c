/**
 * Page models of the five steps: tests say what the analyst does ("map a column", "build KOL"),
 * the models know where the buttons are. Locators use the texts in renderer/app/messages.ts.
 */
import type { Download, Page } from 'playwright-core';

const LONG = { timeout: 60_000 };

export class DataPage {
  constructor(private readonly page: Page) {}
  async ready() {
    await this.page.getByRole('heading', { name: 'Vælg udtrækkets filer' }).waitFor(LONG);
  }
  async pickFiles(paths: string[]) {
    const chooser = this.page.waitForEvent('filechooser');
    await this.page.getByRole('button', { name: 'Vælg filer …' }).click();
    await (await chooser).setFiles(paths);
    await this.page.getByRole('heading', { name: 'Kolonner' }).waitFor(LONG);
  }
  mapping(table: string, column: string) {
    return this.page.getByLabel(`${table}: ${column}`, { exact: true });
  }
  async mapColumn(table: string, column: string, source: string) {
    await this.mapping(table, column).selectOption(source);
  }
  async saveProfile(): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: 'Gem profil' }).click();
    return download;
  }
  notice(text: RegExp) {
    return this.page.getByText(text);
  }
  async importAndCheck() {
    await this.page.getByRole('button', { name: 'Indlæs og kontrollér' }).click();
    await this.page.getByRole('heading', { name: 'Kontrol af data' }).waitFor(LONG);
  }
}

export class KontrolPage {
  constructor(private readonly page: Page) {}
  tableRow(table: string) {
    return this.page.getByTestId(`table-${table}`);
  }
  async filter(label: RegExp) {
    await this.page.getByRole('button', { name: label }).click();
  }
  problems() {
    return this.page.locator('.problem');
  }
  async next() {
    await this.page.getByRole('button', { name: 'Videre til Pakke' }).click();
    await this.page.getByRole('heading', { name: 'Indstillinger for datapakken' }).waitFor(LONG);
  }
}

export class PakkePage {
  constructor(private readonly page: Page) {}
  async choose(options: { area: string; tracks: string[]; referenceDate: string }) {
    await this.page.getByLabel('Område').selectOption(options.area);
    await this.page.getByLabel('Referencedato').fill(options.referenceDate);
    for (const track of ['KOL', 'Diabetes', 'Angst']) {
      await this.page.getByRole('checkbox', { name: track, exact: true }).setChecked(options.tracks.includes(track));
    }
  }
  async blur() {
    await this.page.getByRole('heading', { name: 'Indstillinger for datapakken' }).click();
  }
  async build() {
    await this.page.getByRole('button', { name: 'Byg datapakke' }).click();
    await this.page.getByRole('heading', { name: 'Gennemsyn og redigér' }).waitFor(LONG);
  }
}

export class GennemsynPage {
  constructor(private readonly page: Page) {}
  indicator(id: string) {
    return this.page.locator(`[data-indicator="${id}"]`);
  }
  async editKeyMessage(id: string, text: string) {
    await this.indicator(id).getByLabel('Hovedbudskab').fill(text);
  }
  /** With the keyboard: focus the button, press Enter. Returns the focused control's name after. */
  async moveUp(id: string): Promise<string | null> {
    await this.indicator(id)
      .getByRole('button', { name: /^Flyt op/ })
      .focus();
    await this.page.keyboard.press('Enter');
    return this.page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? null);
  }
  async chartsDrawn(count: number) {
    await this.page
      .getByTestId('chart')
      .nth(count - 1)
      .waitFor(LONG);
  }
  async toExport() {
    await this.page.getByRole('button', { name: 'Eksport', exact: true }).last().click();
    await this.page.getByRole('heading', { name: 'Eksport', exact: true }).waitFor(LONG);
  }
}

export class EksportPage {
  constructor(private readonly page: Page) {}
  format(label: string) {
    return this.page.getByRole('checkbox', { name: label });
  }
  async choose(labels: string[]) {
    for (const label of ['PowerPoint (PPTX)', 'Excel (XLSX)', 'PDF', 'Rapport (HTML)', 'Figurer (PNG)', 'Figurer (SVG)', 'Datapakke (datapakke.json)']) {
      await this.format(label).setChecked(labels.includes(label));
    }
  }
  /**
   * Exports: several files arrive as one download (a ZIP), whose name and contents the summary
   * lists. Returns the download and the summary's entries.
   */
  async run(wait = LONG): Promise<{ download: Download; summary: string[]; heading: string }> {
    const download = this.page.waitForEvent('download', wait);
    await this.page.getByRole('button', { name: 'Eksportér' }).click();
    const summary = this.page.getByTestId('export-summary');
    await summary.waitFor(wait);
    return {
      download: await download,
      summary: await summary.locator('li').allInnerTexts(),
      heading: await this.page.getByRole('status').filter({ has: summary }).locator('strong').innerText(),
    };
  }
}
