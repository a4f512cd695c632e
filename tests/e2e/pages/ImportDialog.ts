import type { Locator, Page } from '@playwright/test';

/** The Import dialog (from Settings or the empty library's Welcome) and the downloads' corner panel. */
export class ImportDialog {
  readonly dialog: Locator;
  readonly chooseFile: Locator;
  /** The counts of the preview: new, already in the library, invalid. */
  readonly counts: Locator;
  readonly download: Locator;
  readonly importButton: Locator;
  readonly problem: Locator;
  readonly close: Locator;
  readonly progressBar: Locator;
  /** The downloads once the dialog is closed. */
  readonly corner: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: 'Import articles' });
    this.chooseFile = this.dialog.getByRole('button', { name: /^Choose (a|another) file…$/ });
    this.counts = this.dialog.getByRole('definition');
    this.download = this.dialog.getByRole('checkbox', { name: 'Download the pages now' });
    this.importButton = this.dialog.getByRole('button', { name: /^Import \d[\d,]* articles?$/ });
    this.problem = this.dialog.getByRole('alert');
    this.close = this.dialog.getByRole('button', { name: 'Close' });
    this.progressBar = this.dialog.getByRole('progressbar', { name: 'Pages downloaded' });
    this.corner = page.getByRole('region', { name: 'Downloads of imported articles' });
  }

  /** Opens it from the header's Settings panel. */
  async openFromSettings(): Promise<void> {
    await this.page.getByRole('banner').getByRole('button', { name: 'Settings' }).click();
    await this.page.getByRole('group', { name: 'Settings' }).getByRole('button', { name: 'Import from Pocket, Instapaper…' }).click();
  }
}
