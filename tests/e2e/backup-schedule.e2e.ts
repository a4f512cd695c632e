import { expect, test } from './fixtures/harnessTest';

// The automatic backups' schedule in the Settings panel: chosen by keyboard, kept by the library.
for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} scheme`, () => {
    test.use({ colorScheme, viewport: { width: 1100, height: 760 } });

    test('the backup schedule is set from Settings and kept', async ({ libraryPage, settingsMenu, page }) => {
      await libraryPage.open();
      await settingsMenu.open();
      const every = settingsMenu.panel.getByRole('combobox', { name: 'Back up' });
      const keep = settingsMenu.panel.getByRole('combobox', { name: 'Keep' });
      await expect(settingsMenu.panel.getByRole('group', { name: 'Automatic backups' })).toBeVisible();
      await expect(every).toHaveValue('12');
      await expect(keep).toHaveValue('5');

      await every.focus();
      await page.keyboard.press('ArrowDown'); // Every day
      await expect(every).toHaveValue('24');
      await keep.selectOption({ label: 'The last 10' });
      await page.screenshot({ path: `/tmp/shots-backup/settings-backups-${colorScheme}.png` });

      await page.reload();
      await settingsMenu.open();
      await expect(every).toHaveValue('24');
      await expect(keep).toHaveValue('10');
    });
  });
}
