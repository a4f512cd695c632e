import type { Locator, Page } from '@playwright/test';

/** The header's Settings panel: theme and local network. */
export class SettingsMenu {
  readonly button: Locator;
  readonly panel: Locator;
  readonly theme: Locator;
  readonly localNetwork: Locator;

  constructor(readonly page: Page) {
    this.button = page.getByRole('banner').getByRole('button', { name: 'Settings' });
    this.panel = page.getByRole('group', { name: 'Settings' });
    this.theme = this.panel.getByRole('combobox', { name: 'Theme' });
    this.localNetwork = this.panel.getByRole('switch', { name: 'Allow saving from this computer and the local network' });
  }

  async open(): Promise<void> {
    if ((await this.button.getAttribute('aria-expanded')) !== 'true') await this.button.click();
  }

  async chooseTheme(label: string): Promise<void> {
    await this.open();
    await this.theme.selectOption({ label });
  }
}
