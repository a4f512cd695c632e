import type { Locator, Page } from '@playwright/test';

/** The saves in progress and just finished, in the corner of the window. */
export class JobsPanel {
  readonly panel: Locator;
  readonly jobs: Locator;

  constructor(readonly page: Page) {
    this.panel = page.getByRole('region', { name: 'Saves' });
    this.jobs = this.panel.getByRole('listitem');
  }

  /** The save whose label or title contains `text`. */
  job(text: string | RegExp): Locator {
    return this.jobs.filter({ hasText: text });
  }

  cancelButton(job: Locator): Locator {
    return job.getByRole('button', { name: /^Cancel saving/ });
  }

  openButton(job: Locator): Locator {
    return job.getByRole('button', { name: /^Open/ });
  }

  dismissButton(job: Locator): Locator {
    return job.getByRole('button', { name: /^Dismiss/ });
  }
}
