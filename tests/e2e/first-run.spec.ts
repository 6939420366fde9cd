import { expect, test } from '@playwright/test';
import { admin, expectAccessible } from './support.ts';

test('first visit offers to create the first administrator, then the staff dashboard', async ({ page }) => {
	await page.goto('/');
	await expect(page).toHaveURL(/\/setup$/);
	await expect(page.getByRole('heading', { name: 'Maak de eerste beheerder aan' })).toBeVisible();
	await expectAccessible(page);

	// A bad e-mail and a short password: messages next to the fields, nothing created.
	await page.getByLabel('Naam').fill(admin.name);
	await page.getByLabel('E-mailadres').fill('kaat@sif'); // the browser accepts it, the server does not
	await page.getByLabel('Wachtwoord').fill('short');
	await page.getByRole('button', { name: 'Beheerder aanmaken' }).click();
	await expect(page.locator('#field-email-error')).toHaveText('Geef een geldig e-mailadres.');
	await expect(page.locator('#field-password-error')).toContainText('minstens 10 tekens');
	await expect(page.getByLabel('Naam')).toHaveValue(admin.name);

	await page.getByLabel('E-mailadres').fill(admin.email);
	await page.getByLabel('Wachtwoord').fill(admin.password);
	await page.getByRole('button', { name: 'Beheerder aanmaken' }).click();
	await expect(page.getByRole('heading', { name: `Welkom, ${admin.name}` })).toBeVisible();
	await expect(page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name: 'Accounts' })).toBeVisible();
	await expectAccessible(page);

	// Setup is offered only once.
	await page.goto('/setup');
	await expect(page).not.toHaveURL(/\/setup$/);
});
