/**
 * The cohort survey end to end (decision 079): staff send it from the cohort page, a member
 * opens the personal link from the outbox without an account, answers (a field error
 * first), re-opens the link to find the answer, and staff see it in the cohort report.
 */
import { expect, test, type APIRequestContext } from '@playwright/test';
import { admin, expectAccessible, linkFromOutbox, logIn, logOut } from './support.ts';

const stamp = Date.now().toString(36);
const dina = { name: `Dina Survey${stamp}`, email: `dina-${stamp}@sif.test` };
const emre = { name: `Emre Survey${stamp}`, email: `emre-${stamp}@sif.test` };

async function api(request: APIRequestContext, token: string, path: string, data: unknown) {
	const response = await request.post(path, { headers: { authorization: `Bearer ${token}` }, data });
	expect(response.status(), path).toBe(201);
	return (await response.json()) as { id: string };
}

test('staff send the cohort survey, a member answers through the link, the report shows it', async ({ page, request }) => {
	test.setTimeout(180_000);
	await logIn(page, admin.email, admin.password);
	await page.goto('/profile');
	await page.getByLabel('Omschrijving').fill(`cohort survey e2e ${stamp}`);
	await page.getByRole('button', { name: 'Sleutel aanmaken' }).click();
	const token = (await page.getByTestId('new-token').innerText()).trim();

	const cohort = await api(request, token, '/api/v1/cohorts', { name: `Scalers ${stamp}`, kind: 'scalers_club', year: 2026 });
	for (const who of [dina, emre]) {
		const person = await api(request, token, '/api/v1/people', { name: who.name, email: who.email, roles: ['innovator'] });
		await api(request, token, `/api/v1/cohorts/${cohort.id}/members`, { personId: person.id });
	}
	await api(request, token, `/api/v1/cohorts/${cohort.id}/sessions`, { kind: 'workshop_pitching', title: 'Pitchen', startsAt: '2026-01-15T09:30:00+01:00' });
	await api(request, token, `/api/v1/cohorts/${cohort.id}/sessions`, { kind: 'safari', title: 'Safari Antwerpen', startsAt: '2026-02-15T09:30:00+01:00' });

	// Sent from the cohort page.
	await page.goto(`/cohorts/${cohort.id}`);
	await page.getByRole('button', { name: 'Bevraging naar alle leden sturen' }).click();
	await expect(page.getByTestId('survey-sent')).toContainText('Verstuurd naar 2 leden; 0 kregen ze al eerder.');
	await expect(page.getByTestId('survey-status')).toHaveText('2 uitgenodigd, 0 antwoorden.');
	await expectAccessible(page);
	const link = await linkFromOutbox(page, dina.email, '/cohort-survey/');
	await logOut(page);

	// Dina answers without an account; without a rating she is told so by the field.
	await page.goto(link);
	await expect(page.getByRole('heading', { name: `Bevraging: Scalers ${stamp}` })).toBeVisible();
	await expectAccessible(page);
	await page.getByLabel('Ja', { exact: true }).check();
	await page.getByRole('button', { name: 'Antwoord versturen' }).click();
	await expect(page.locator('#rating-error')).toHaveText('Kies een score van 1 tot 5.');
	await page.getByRole('group', { name: /Algemene score/ }).getByLabel('4').check();
	await page.getByLabel('Ja', { exact: true }).check();
	await page.getByLabel(/Safari Antwerpen/).check();
	await page.getByLabel('Wat wil je ons nog zeggen?').fill('De safari opende mijn ogen');
	await page.getByRole('button', { name: 'Antwoord versturen' }).click();
	await expect(page.getByTestId('survey-thanks')).toBeVisible();

	// Re-opening the link shows the answer, ready to change.
	await page.goto(link);
	await expect(page.getByText(/Je antwoordde op/)).toBeVisible();
	await expect(page.getByRole('group', { name: /Algemene score/ }).getByLabel('4')).toBeChecked();
	await expect(page.getByLabel(/Safari Antwerpen/)).toBeChecked();
	await expect(page.getByLabel('Wat wil je ons nog zeggen?')).toHaveValue('De safari opende mijn ogen');
	await expect(page.getByRole('button', { name: 'Antwoord bijwerken' })).toBeVisible();

	// Staff see it in the cohort report.
	await logIn(page, admin.email, admin.password);
	await page.goto(`/cohorts/${cohort.id}/report`);
	await expect(page.getByTestId('survey-summary')).toContainText('1 antwoorden van 2 uitgenodigde leden');
	await expect(page.getByTestId('survey-comments')).toContainText('De safari opende mijn ogen');
	await expect(page.getByRole('img', { name: 'Scores' })).toBeVisible();
	await expectAccessible(page);
});
