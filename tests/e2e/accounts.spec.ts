import { expect, test } from '@playwright/test';
import { admin, expectAccessible, linkFromOutbox, logIn, logOut, navLink } from './support.ts';

test('login failure messages', async ({ page }) => {
	await page.goto('/login');
	await expectAccessible(page);
	await page.getByLabel('E-mailadres').fill(admin.email);
	await page.getByLabel('Wachtwoord').fill('wrong password');
	await page.getByRole('button', { name: 'Aanmelden' }).click();
	await expect(page.getByRole('alert')).toHaveText('Onjuist e-mailadres of wachtwoord.');
	await page.getByLabel('E-mailadres').fill('nobody@sif.test');
	await page.getByLabel('Wachtwoord').fill('whatever-password');
	await page.getByRole('button', { name: 'Aanmelden' }).click();
	await expect(page.getByRole('alert')).toHaveText('Onjuist e-mailadres of wachtwoord.');
});

test('admin invites staff; the invitation link from the outbox sets a password', async ({ page }) => {
	await logIn(page, admin.email, admin.password);
	await navLink(page, 'Accounts').click();
	await expectAccessible(page);
	await page.getByLabel('Naam').fill('Karen Peirens');
	await page.getByLabel('E-mailadres').fill('Karen@SIF.test');
	await page.getByLabel('Rol').selectOption('staff');
	await page.getByRole('button', { name: 'Uitnodiging versturen' }).click();
	await expect(page.getByRole('status')).toHaveText('Uitnodiging verstuurd naar karen@sif.test.');

	await navLink(page, 'Uitgaande mails').click();
	await expectAccessible(page);
	const invitation = await linkFromOutbox(page, 'karen@sif.test', '/invitation/');
	await expectAccessible(page);
	await logOut(page);

	await page.goto(invitation);
	await expect(page.getByText('Je bent uitgenodigd als Team')).toBeVisible();
	await expectAccessible(page);
	await page.getByLabel('Wachtwoord').fill('karens-password');
	await page.getByRole('button', { name: 'Account activeren' }).click();
	await expect(page.getByRole('heading', { name: 'Welkom, Karen Peirens' })).toBeVisible();
	await logOut(page);

	// The link works once.
	await page.goto(invitation);
	await expect(page.getByRole('alert')).toHaveText('Deze link werd al gebruikt.');
});

test('an innovator is denied a staff page with a 403 page', async ({ page, request }) => {
	// The admin invites an innovator through the JSON API with a token from the profile page.
	await logIn(page, admin.email, admin.password);
	await page.goto('/profile');
	await page.getByLabel('Omschrijving').fill('e2e');
	await page.getByRole('button', { name: 'Sleutel aanmaken' }).click();
	const token = (await page.getByTestId('new-token').innerText()).trim();
	await expectAccessible(page);
	const invite = await request.post('/api/v1/invitations', {
		headers: { authorization: `Bearer ${token}` },
		data: { email: 'amina@sif.test', name: 'Amina El Idrissi', role: 'innovator', locale: 'fr' }
	});
	expect(invite.status()).toBe(201);
	const link = await linkFromOutbox(page, 'amina@sif.test', '/invitation/');
	await logOut(page);

	await page.goto(link);
	await page.getByLabel(/mot de passe|wachtwoord/i).fill('aminas-password');
	await page.getByRole('button', { name: /activer|activeren/i }).click();
	// Her account was made in French: the app speaks French to her.
	await expect(page.getByRole('heading', { name: 'Bienvenue, Amina El Idrissi' })).toBeVisible();
	await expect(navLink(page, 'Comptes')).toHaveCount(0);
	const response = await page.goto('/admin/users');
	expect(response?.status()).toBe(403);
	await expect(page.getByText("Vous n'avez pas accès à cette page.")).toBeVisible();
	await expectAccessible(page);
	const api = await request.get('/api/v1/users', { headers: { authorization: `Bearer ${token}x` } });
	expect(api.status()).toBe(401);
	expect((await api.json()).error.code).toBe('unauthenticated');
});

test('the language switch turns the interface French and is remembered', async ({ page }) => {
	await logIn(page, admin.email, admin.password);
	await page.getByRole('button', { name: 'FR' }).click();
	await expect(page.getByRole('heading', { name: `Bienvenue, ${admin.name}` })).toBeVisible();
	await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
	await expectAccessible(page);
	await logOut(page);
	await logIn(page, admin.email, admin.password);
	await expect(page.getByRole('heading', { name: `Bienvenue, ${admin.name}` })).toBeVisible();
	await page.getByRole('button', { name: 'NL' }).click();
	await expect(page.getByRole('heading', { name: `Welkom, ${admin.name}` })).toBeVisible();
});

test('the API answers with the error shape, never a stack trace', async ({ request }) => {
	const anonymous = await request.get('/api/v1/users');
	expect(anonymous.status()).toBe(401);
	const malformed = await request.post('/api/v1/invitations', {
		headers: { 'content-type': 'application/json' },
		data: '{"email":'
	});
	expect([400, 401]).toContain(malformed.status());
	const doc = await request.get('/api/v1/openapi.json');
	expect((await doc.json()).openapi).toBe('3.1.0');
	const health = await request.get('/health');
	expect(await health.json()).toMatchObject({ status: 'ok', database: 'pglite' });
});

test('an admin disables an account after confirming, and that person can no longer log in', async ({ page }) => {
	await logIn(page, admin.email, admin.password);
	await navLink(page, 'Accounts').click();
	const row = page.getByRole('row', { name: /Karen Peirens/ });
	await row.getByRole('button', { name: /Uitschakelen/ }).click();
	const dialog = page.getByRole('alertdialog');
	await expect(dialog).toContainText('Account van Karen Peirens uitschakelen?');
	await expectAccessible(page);
	await dialog.getByRole('button', { name: 'Annuleren' }).click();
	await expect(row.getByText('actief')).toBeVisible();
	await row.getByRole('button', { name: /Uitschakelen/ }).click();
	await page.getByRole('alertdialog').getByRole('button', { name: 'Uitschakelen' }).click();
	await expect(row.getByText('uitgeschakeld')).toBeVisible();
	await logOut(page);
	await page.goto('/login');
	await page.getByLabel('E-mailadres').fill('karen@sif.test');
	await page.getByLabel('Wachtwoord').fill('karens-password');
	await page.getByRole('button', { name: 'Aanmelden' }).click();
	await expect(page.getByRole('alert')).toHaveText('Onjuist e-mailadres of wachtwoord.');
});
