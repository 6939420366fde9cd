/**
 * Import and export (issue F2): staff upload an Excel CSV saved on a Dutch Windows
 * (Windows-1252, `;`, Dutch headers, dd/mm/yyyy), map the one column the import does not
 * recognise, see the invalid row by row and column, import the valid rows with a progress
 * bar, find an imported person, and export the directory for Excel.
 */
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { admin, expectAccessible, logIn, navLink } from './support';

const fixture = 'src/lib/domain/import/fixtures/nl-windows-1252-e2e.csv';

test('staff import a Windows-1252 CSV with Dutch headers, map a column, see the bad row, import and export', async ({ page }) => {
	await logIn(page, admin.email, admin.password);
	await navLink(page, 'Import en export').click();
	await expect(page).toHaveURL(/\/people\/import$/);
	await expect(page.getByRole('heading', { level: 1, name: 'Mensen importeren' })).toBeVisible();
	await expectAccessible(page);

	// Nothing chosen yet: the error sits next to the file field.
	await page.getByRole('button', { name: 'Bestand lezen' }).click();
	await expect(page.locator('#import-file-error')).toHaveText('Kies een CSV- of XLSX-bestand.');

	await page.getByLabel('Bestand', { exact: true }).setInputFiles(fixture);
	await page.getByRole('button', { name: 'Bestand lezen' }).click();
	const mappingStep = page.getByRole('region', { name: '2. Kolommen koppelen' });
	await expect(mappingStep).toContainText('windows-1252');
	await expect(mappingStep).toContainText('puntkomma (;)');
	await expect(mappingStep.getByText('niet herkend', { exact: true })).toBeVisible();
	await expect(page.getByLabel('Voornaam')).toHaveValue('firstName');

	// The one unknown column: "Stad/gemeente" is the municipality.
	await page.getByLabel('Stad/gemeente').selectOption('municipality');
	await page.getByRole('button', { name: 'Voorbeeld bijwerken' }).click();
	await expect(mappingStep.getByText('niet herkend', { exact: true })).toHaveCount(0);

	// The preview: two people would be created; row 3 has an invalid e-mail.
	const preview = page.getByRole('region', { name: '3. Voorbeeld en problemen' });
	await expect(preview.locator('.stat').filter({ hasText: 'Zou nieuw aanmaken' })).toContainText('2');
	const errorRow = preview.locator('table.import-errors tbody tr');
	await expect(errorRow).toHaveCount(1);
	await expect(errorRow.locator('td').nth(0)).toHaveText('3');
	await expect(errorRow.locator('td').nth(1)).toHaveText('E-mail');
	await expect(errorRow.locator('td').nth(2)).toContainText('geert.vermeiren(at)e2e-import.be');
	await expectAccessible(page);

	await page.getByRole('button', { name: 'Geldige rijen importeren' }).click();
	const summary = page.getByRole('region', { name: '4. Importeren' }).last();
	await expect(page.getByText('Import klaar.')).toBeVisible({ timeout: 30_000 });
	await expect(summary.locator('.stat').filter({ hasText: 'Nieuw' })).toContainText('2');
	await expect(summary.locator('.stat').filter({ hasText: 'Rijen met fouten' })).toContainText('1');
	await expectAccessible(page);

	// The imported person is in the directory, with the accents Windows-1252 carried.
	await page.goto(`/people?q=${encodeURIComponent('Lemaître')}`);
	await expect(page.getByRole('link', { name: 'Françoise Lemaître' })).toBeVisible();

	// Export for Excel: UTF-8 with BOM, `;`, the imported people with their organisation.
	await page.goto('/people/import');
	const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'CSV voor Excel' }).click()]);
	expect(download.suggestedFilename()).toMatch(/^people-\d{4}-\d{2}-\d{2}\.csv$/);
	const bytes = readFileSync(await download.path());
	expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
	const text = bytes.toString('utf8');
	expect(text).toContain('First name;Last name;');
	const line = text.split('\r\n').find((l) => l.includes('francoise.lemaitre@e2e-import.be'));
	expect(line).toContain('Café ’t Hoekske – Buurtwerk vzw;0456.789.034');
	expect(line).toContain('Sint-Gillis');
	expect(text).toContain('noella.simic@e2e-import.be');
	expect(text).not.toContain('geert.vermeiren');

	const [xlsx] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Excel (XLSX)' }).click()]);
	expect(xlsx.suggestedFilename()).toMatch(/\.xlsx$/);
	expect([...readFileSync(await xlsx.path()).subarray(0, 2)]).toEqual([0x50, 0x4b]);
});
