import type { Locator, Page } from '@playwright/test';

/** The Save dialog: a web address, or files to choose. */
export class SaveDialog {
  readonly dialog: Locator;
  readonly address: Locator;
  readonly saveButton: Locator;
  readonly chooseFiles: Locator;
  /** The inline message about what was typed. */
  readonly problem: Locator;
  /** The inline message about choosing files. */
  readonly filesMessage: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: 'Save an article' });
    this.address = this.dialog.getByRole('textbox', { name: 'Web address' });
    this.saveButton = this.dialog.getByRole('button', { name: 'Save', exact: true });
    this.chooseFiles = this.dialog.getByRole('button', { name: 'Choose files…' });
    this.problem = this.dialog.getByRole('alert');
    this.filesMessage = this.dialog.getByRole('status');
  }

  /** Opens it from the header's Save button. */
  async open(): Promise<void> {
    await this.page.getByRole('banner').getByRole('button', { name: 'Save', exact: true }).click();
  }

  async saveAddress(address: string): Promise<void> {
    await this.open();
    await this.address.fill(address);
    await this.saveButton.click();
  }
}
