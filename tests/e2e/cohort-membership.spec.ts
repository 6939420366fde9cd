/**
 * Cohort membership and editing end to end (decision 076): two applicants are accepted in
 * a call; staff make a cohort from the call's accepted applicants (the report names who was
 * added; a second run adds nobody), add an upcoming session (members e-mailed in their
 * language), edit it (a field error first, then the new place is e-mailed), write to all
 * members, delete the session after a confirmation and rename the cohort.
 */
import { expect, test, type APIRequestContext, type Browser, type Page } from '@playwright/test';
import { admin, expectAccessible, linkFromOutbox, logIn } from './support.ts';

const stamp = Date.now().toString(36);
const ann = { name: `Ann Member ${stamp}`, email: `ann-cm-${stamp}@sif.test`, password: 'anns-cohort-password', locale: 'nl' };
const ben = { name: `Ben Membre ${stamp}`, email: `ben-cm-${stamp}@sif.test`, password: 'bens-cohort-password', locale: 'fr' };
const cohortName = `Scalers ${stamp}`;
type Who = typeof ann;

async function applicant(browser: Browser, page: Page, request: APIRequestContext, token: string, who: Who, callId: string) {
	const invited = await request.post('/api/v1/invitations', {
		headers: { authorization: `Bearer ${token}` },
		data: { email: who.email, name: who.name, role: 'innovator', locale: who.locale }
	});
	expect(invited.status()).toBe(201);
	const link = await linkFromOutbox(page, who.email, '/invitation/');
	const context = await browser.newContext();
	const own = await context.newPage();
	await own.goto(link);
	await own.getByLabel(/wachtwoord|mot de passe/i).fill(who.password);
	await own.getByRole('button', { name: /activeren|activer/i }).click();
	await expect(own).not.toHaveURL(/\/invitation\//);
	await own.goto(`/calls/${callId}`);
	await own.getByRole('button', { name: /^(Indienen|Soumettre)$/ }).click();
	await expect(own.getByRole('status')).toContainText(/ingediend|soumise/);
	await context.close();
}

async function expectMail(page: Page, to: string, subject: string) {
	await page.goto(`/admin/outbox?to=${encodeURIComponent(to)}`);
	await expect(page.getByRole('link', { name: subject })).toBeVisible();
}

test('accepted applicants into a cohort, a session added and edited, members e-mailed, deleted after a confirmation', async ({ page, request, browser }) => {
	test.setTimeout(300_000);
	await logIn(page, admin.email, admin.password);
	await page.goto('/profile');
	await page.getByLabel('Omschrijving').fill(`cohort membership e2e ${stamp}`);
	await page.getByRole('button', { name: 'Sleutel aanmaken' }).click();
	const token = (await page.getByTestId('new-token').innerText()).trim();
	const auth = { authorization: `Bearer ${token}` };

	// A programme with an open call; two applicants apply and are accepted by the jury.
	const programme = await request.post('/api/v1/programmes', { headers: auth, data: { name: `Scalers club ${stamp}`, kind: 'scalers_club' } });
	expect(programme.status()).toBe(201);
	const call = await request.post(`/api/v1/programmes/${(await programme.json()).id}/calls`, {
		headers: auth,
		data: { title: `Oproep ${stamp}`, opensAt: '2025-01-01T09:00:00+01:00', closesAt: '2099-01-01T09:00:00+01:00' }
	});
	expect(call.status()).toBe(201);
	const callId = (await call.json()).id as string;
	for (const who of [ann, ben]) await applicant(browser, page, request, token, who, callId);
	const ranking = await (await request.get(`/api/v1/calls/${callId}/ranking`, { headers: auth })).json();
	for (const row of ranking.ranking) {
		const decided = await request.post(`/api/v1/applications/${row.applicationId}/decision`, { headers: auth, data: { status: 'accepted' } });
		expect(decided.status()).toBe(200);
	}

	// A new cohort from the call: both added (new in the directory), in one go.
	await page.goto(`/cohorts?call=${callId}`);
	const callChoice = page.getByLabel('Oproep', { exact: true });
	await expect(callChoice).toHaveValue(callId);
	await expect(callChoice.locator('option:checked')).toHaveText(`Scalers club ${stamp} · Oproep ${stamp} (2 aanvaard)`);
	await page.getByLabel('Naam van de nieuwe cohorte').fill(cohortName);
	await page.getByRole('button', { name: 'Nieuwe cohorte met de aanvaarde kandidaten' }).click();
	const report = page.getByTestId('admit-report');
	await expect(report).toContainText(`Toegevoegd: ${ann.name} (nieuw in de contactenlijst), ${ben.name} (nieuw in de contactenlijst).`);
	await expect(report).toContainText('Al lid: niemand.');
	await page.getByRole('link', { name: 'Terug naar de cohorte' }).click();
	await expect(page.getByRole('heading', { name: cohortName, level: 1 })).toBeVisible();
	const cohortUrl = page.url();
	const annRow = page.getByRole('row', { name: new RegExp(ann.name) });
	await expect(annRow).toContainText('Geen lopend dossier');
	await expect(annRow.getByRole('link', { name: 'Lerend netwerk: 0 punten' })).toBeVisible();
	// The progress view shows the same links to staff.
	await annRow.getByRole('link', { name: ann.name }).click();
	await expect(page.getByTestId('member-links')).toContainText('Geen lopend dossier · Lerend netwerk: 0 punten');
	await page.goto(cohortUrl);

	// Again on the cohort page: nobody added twice, both reported as members.
	await page.getByRole('button', { name: 'Aanvaarde kandidaten toevoegen' }).click();
	await expect(page.getByTestId('admit-report')).toContainText('Toegevoegd: niemand.');
	await expect(page.getByTestId('admit-report')).toContainText(`Al lid: ${ann.name}, ${ben.name}.`);
	await expect(page.getByRole('row', { name: new RegExp(ann.name) })).toHaveCount(1);
	await expectAccessible(page);

	// An upcoming session: both members get an e-mail in their language.
	await page.getByLabel('Soort sessie').selectOption('masterclass');
	await page.getByLabel('Titel', { exact: true }).fill(`Masterclass ${stamp}`);
	await page.getByLabel('Begint').fill('2098-03-10T09:30');
	await page.getByLabel('Plaats').fill('Brussel');
	await page.getByRole('button', { name: 'Sessie toevoegen' }).click();
	await expect(page.getByRole('link', { name: `Masterclass ${stamp}` })).toBeVisible();
	await expectMail(page, ann.email, `Nieuwe sessie in ${cohortName}: Masterclass ${stamp}`);
	await expectMail(page, ben.email, `Nouvelle session dans ${cohortName} : Masterclass ${stamp}`);

	// Edit it: an end before the start is refused by the field; a new place is e-mailed.
	await page.goto(cohortUrl);
	await page.getByRole('link', { name: `Masterclass ${stamp}` }).click();
	await expect(page.getByRole('heading', { name: 'Sessie bewerken' })).toBeVisible();
	await page.getByLabel('Eindigt').fill('2098-03-10T08:00');
	await page.getByRole('button', { name: 'Sessie opslaan' }).click();
	await expect(page.locator('#field-endsAt-error')).toHaveText('Het einde ligt voor het begin.');
	await page.getByLabel('Eindigt').fill('2098-03-10T12:30');
	await page.getByLabel('Plaats').fill('Gent');
	await page.getByRole('button', { name: 'Sessie opslaan' }).click();
	await expect(page.getByText('Sessie opgeslagen; 2 leden kregen een e-mail.')).toBeVisible();
	await expect(page.getByLabel('Plaats')).toHaveValue('Gent');
	await expectAccessible(page);
	const sessionUrl = page.url();
	await expectMail(page, ann.email, `Gewijzigd: Masterclass ${stamp} (${cohortName})`);
	await expectMail(page, ben.email, `Modifié : Masterclass ${stamp} (${cohortName})`);

	// A message to all members.
	await page.goto(cohortUrl);
	await page.getByLabel('Onderwerp').fill(`Welkom ${stamp}`);
	await page.getByLabel('Bericht', { exact: true }).fill('Tot binnenkort in Gent.');
	await page.getByRole('button', { name: 'Versturen' }).click();
	await expect(page.getByText('Verstuurd naar 2 leden.')).toBeVisible();
	await expectMail(page, ben.email, `${cohortName}: Welkom ${stamp}`);

	// Delete the session: the dialog says what happens; cancelling keeps it.
	await page.goto(sessionUrl);
	await page.getByRole('button', { name: 'Sessie verwijderen' }).click();
	const dialog = page.getByRole('alertdialog');
	await expect(dialog).toContainText('De sessie wordt verwijderd.');
	await dialog.getByRole('button', { name: 'Ja, verwijderen' }).click();
	await expect(page).toHaveURL(cohortUrl);
	await expect(page.getByRole('link', { name: `Masterclass ${stamp}` })).toHaveCount(0);
	await expectMail(page, ann.email, `Geschrapt: Masterclass ${stamp} (${cohortName})`);

	// Rename the cohort (version-checked form).
	await page.goto(cohortUrl);
	await page.getByRole('link', { name: 'Cohorte bewerken' }).click();
	await expect(page.getByRole('heading', { name: 'Cohorte bewerken', level: 1 })).toBeVisible();
	await expectAccessible(page);
	await page.getByLabel('Naam').fill(`${cohortName} bis`);
	await page.getByRole('button', { name: 'Cohorte opslaan' }).click();
	await expect(page.getByText('Cohorte opgeslagen.')).toBeVisible();
	await expect(page.getByRole('heading', { name: `${cohortName} bis`, level: 1 })).toBeVisible();
});
