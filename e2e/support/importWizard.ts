import type { Locator, Page } from '@playwright/test';

/** The roster import wizard (#/directory/import): role and test-id locators only. */
export class ImportWizardPage {
  constructor(readonly page: Page) {}

  /** Hands the file to the wizard's file input, as choosing it in the dialog would. */
  async chooseFile(file: string) {
    await this.page.getByTestId('import-file').setInputFiles(file);
  }

  get rows(): Locator {
    return this.page.getByTestId('import-rows').locator('[data-testid^="import-row-"]');
  }

  row(name: string): Locator {
    return this.rows.filter({ hasText: name });
  }

  groupSelect(name: string): Locator {
    return this.page.getByRole('combobox', { name: `Nhóm – ${name}`, exact: true });
  }

  duplicateSelect(name: string): Locator {
    return this.page.getByRole('combobox', { name: `Xử lý trùng – ${name}`, exact: true });
  }
}
