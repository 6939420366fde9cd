/**
 * Cohorts end to end: staff create a cohort with three sessions, add three members from
 * the directory, tick attendance on the phone page, one member checks in with the session
 * code, progress is shown and the certificate PDF is downloaded.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { admin, expectAccessible, linkFromOutbox, logIn, logOut, navLink } from './support.ts';

const stamp = Date.now().toString(36);
const alma = { name: `Alma Cohort${stamp}`, email: `alma-${stamp}@sif.test` };
const bart = { name: `Bart Cohort${stamp}`, email: `bart-${stamp}@sif.test` };
const cleo = { name: `Cleo Cohort${stamp}`, email: `cleo-${stamp}@sif.test`, password: 'cleos-cohort-password' };

async function createPerson(request: APIRequestContext, token: string, who: { name: string; email: string }) {
	const response = await request.post('/api/v1/people', {
		headers: { authorization: `Bearer ${token}` },
		data: { name: who.name, email: who.email, roles: ['innovator'] }
	});
	expect(response.status()).toBe(201);
}

test('a cohort with three sessions: ticks, a self check-in, progress and a certificate', async ({ page, request }) => {
	test.setTimeout(240_000);
	await logIn(page, admin.email, admin.password);
	await page.goto('/profile');
	await page.getByLabel('Omschrijving').fill(`cohorts e2e ${stamp}`);
	await page.getByRole('button', { name: 'Sleutel aanmaken' }).click();
	const token = (await page.getByTestId('new-token').innerText()).trim();
	for (const who of [alma, bart, cleo]) await createPerson(request, token, who);
	const invitation = await request.post('/api/v1/invitations', {
		headers: { authorization: `Bearer ${token}` },
		data: { email: cleo.email, name: cleo.name, role: 'member', locale: 'nl' }
	});
	expect(invitation.status()).toBe(201);
	const cleoLink = await linkFromOutbox(page, cleo.email, '/invitation/');

	// The cohort, from the navigation.
	await page.goto('/');
	await navLink(page, 'Cohortes').click();
	await expect(page.getByRole('heading', { name: 'Cohortes', level: 1 })).toBeVisible();
	await page.getByLabel('Naam', { exact: true }).fill(`Start-up club ${stamp}`);
	await page.getByRole('button', { name: 'Cohorte aanmaken' }).click();
	await expect(page.getByRole('heading', { name: `Start-up club ${stamp}` })).toBeVisible();
	const cohortUrl = page.url();

	// Members, found in the directory.
	for (const who of [alma, bart, cleo]) {
		await page.getByLabel('Zoek in de contactenlijst').fill(who.name);
		await page.getByRole('button', { name: 'Zoeken' }).click();
		await page.getByRole('button', { name: `Toevoegen ${who.name}` }).click();
		await expect(page.getByRole('link', { name: who.name })).toBeVisible();
	}

	// Three sessions (already held), one with a field error first.
	const sessions = [
		['workshop_business_modelling', 'Businessmodel', '2026-01-12T09:30'],
		['masterclass', 'Masterclass impact', '2026-02-09T09:30'],
		['safari', 'Safari Gent', '2026-03-09T09:30']
	];
	await page.getByLabel('Titel', { exact: true }).fill('Verkeerd einde');
	await page.getByLabel('Begint').fill('2026-01-12T10:00');
	await page.getByLabel('Eindigt').fill('2026-01-12T09:00');
	await page.getByRole('button', { name: 'Sessie toevoegen' }).click();
	await expect(page.locator('#field-endsAt-error')).toHaveText('Het einde ligt voor het begin.');
	await page.getByLabel('Eindigt').fill('');
	for (const [kind, title, starts] of sessions) {
		await page.getByLabel('Soort sessie').selectOption(kind);
		await page.getByLabel('Titel', { exact: true }).fill(title);
		await page.getByLabel('Begint').fill(starts);
		await page.getByLabel('Plaats').fill('Brussel');
		await page.getByRole('button', { name: 'Sessie toevoegen' }).click();
		await expect(page.getByRole('link', { name: title })).toBeVisible();
	}
	await expectAccessible(page);

	// Attendance on the phone page: Alma at all three, Bart at the first.
	let code = '';
	for (const [, title] of sessions) {
		await page.goto(cohortUrl);
		await page.getByRole('link', { name: title }).click();
		await expect(page.getByRole('heading', { name: title })).toBeVisible();
		if (!code) code = (await page.getByTestId('check-in-code').innerText()).trim();
		const ticks = title === 'Businessmodel' ? [alma, bart] : [alma];
		for (const who of ticks) {
			await page.getByRole('button', { name: new RegExp(who.name) }).click();
			await expect(page.getByRole('button', { name: new RegExp(who.name) })).toHaveAttribute('aria-pressed', 'true');
		}
	}
	await page.setViewportSize({ width: 390, height: 844 });
	await expectAccessible(page);
	await page.setViewportSize({ width: 1280, height: 800 });
	expect(code).toMatch(/^[A-Z2-9]{6}$/);
	await logOut(page);

	// Cleo activates her account and checks in with the code of the first session.
	await page.goto(cleoLink);
	await page.getByLabel('Wachtwoord').fill(cleo.password);
	await page.getByRole('button', { name: 'Account activeren' }).click();
	await expect(page.getByRole('heading', { name: `Welkom, ${cleo.name}` })).toBeVisible();
	await page.goto(`/cohorts/check-in/${code}`);
	await page.getByRole('button', { name: 'Ik ben er' }).click();
	await expect(page.getByRole('status')).toContainText(`Je bent ingecheckt voor Businessmodel (Start-up club ${stamp})`);
	await page.getByRole('link', { name: 'Voortgang' }).click();
	await expect(page.getByTestId('progress-total')).toContainText('1 van 3 gehouden sessies');
	await expect(page.getByText('Nog geen certificaat: 1 van 3 sessies bijgewoond.')).toBeVisible();
	// She cannot open the cohort itself.
	const forbidden = await page.goto(cohortUrl);
	expect(forbidden?.status()).toBe(403);
	await logOut(page);

	// Staff see the progress and download Alma's certificate.
	await logIn(page, admin.email, admin.password);
	await page.goto(cohortUrl);
	const cleoRow = page.getByRole('row', { name: new RegExp(cleo.name) });
	await expect(cleoRow).toContainText('1 van 3 gehouden sessies');
	await page.getByRole('link', { name: alma.name }).click();
	await expect(page.getByTestId('progress-total')).toContainText('3 van 3 gehouden sessies');
	await expect(page.getByText('Traject voltooid')).toBeVisible();
	await expectAccessible(page);
	const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Certificaat (PDF)' }).click()]);
	expect(download.suggestedFilename()).toMatch(/^certificate-alma-cohort.*\.pdf$/);
	const pdf = readFileSync((await download.path())!).toString('latin1');
	expect(pdf.startsWith('%PDF-')).toBe(true);
	expect(pdf).toContain(alma.name);

	// The report: attendance per session, and the CSV.
	await page.goto(cohortUrl);
	await page.getByRole('link', { name: 'Rapport', exact: true }).click();
	await expect(page.getByRole('row', { name: /Businessmodel/ })).toContainText('3/3 (100%)');
	await expect(page.getByRole('row', { name: /Safari Gent/ })).toContainText('1/3 (33%)');
	await expectAccessible(page);
});
