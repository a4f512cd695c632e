import type { Locator, Page } from '@playwright/test';

/** The tag editor dialog: the chips of the current tags, and the field that adds one. */
export class TagEditor {
  readonly dialog: Locator;
  readonly input: Locator;
  readonly chips: Locator;
  readonly suggestions: Locator;
  readonly error: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: /^Tags of/ });
    this.input = this.dialog.getByRole('combobox', { name: 'Add a tag' });
    this.chips = this.dialog.getByRole('list', { name: 'Current tags' }).getByRole('listitem');
    this.suggestions = this.dialog.getByRole('option');
    this.error = this.dialog.getByRole('alert');
  }

  /** Types a name and presses Enter: the highlighted suggestion if `pick` steps to one, else the name as typed. */
  async add(text: string, pick = 0): Promise<void> {
    await this.input.fill(text);
    for (let step = 0; step < pick; step++) await this.input.press('ArrowDown');
    await this.input.press('Enter');
  }

  async remove(name: string): Promise<void> {
    await this.dialog.getByRole('button', { name: `Remove the tag ${name}` }).click();
  }
}
