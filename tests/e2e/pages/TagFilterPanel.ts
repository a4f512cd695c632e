import type { Locator, Page } from '@playwright/test';

/** The list controls' tag filter: its button, the panel of tags with the any/all choice, and the chips of the active filter. */
export class TagFilterPanel {
  readonly button: Locator;
  readonly panel: Locator;
  /** The active filter's chips, each a button that takes its tag off. */
  readonly chips: Locator;
  readonly clear: Locator;

  constructor(page: Page) {
    this.button = page.getByRole('button', { name: /^Tags( \(\d+\))?$/ });
    this.panel = page.getByRole('group', { name: 'Filter by tags' });
    this.chips = page.getByRole('button', { name: /^Stop filtering by / });
    this.clear = page.getByRole('button', { name: 'Clear the tag filter' });
  }

  /** Ticks these tags (by their full names' last part, as the panel shows them) and applies the choice; null for a panel without one. */
  async apply(labels: readonly string[], mode: 'Any' | 'All' | null = 'Any'): Promise<void> {
    await this.button.click();
    for (const label of labels) await this.panel.getByRole('checkbox', { name: new RegExp(`^${label} `) }).check();
    if (mode) await this.panel.getByRole('radio', { name: `${mode} of these tags` }).check();
    await this.panel.getByRole('button', { name: 'Apply' }).click();
  }
}
