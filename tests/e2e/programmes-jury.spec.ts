/**
 * Programmes, decision 100: staff invite an external jury member by name and e-mail; after
 * activating the invited account they review only the call they were invited to. The
 * application page refuses a file of the wrong type with the message by the question.
 */
import { test, expect, type APIRequestContext, type Page } from '@playwright/test';
import { admin, expectAccessible, linkFromOutbox, logIn } from './support';

const stamp = Date.now().toString(36);
const applicant = { name: `Iris Indiener ${stamp}`, email: `iris-jury-${stamp}@sif.test`, password: 'iris-applicant-password' };
const juror = { name: `Jana Jurylid ${stamp}`, email: `jana-jury-${stamp}@extern.test`, password: 'jana-jury-password' };

async function api(request: APIRequestContext, token: string, path: string, data: unknown) {
	const response = await request.post(path, { headers: { authorization: `Bearer ${token}` }, data });
	expect(response.status(), path).toBe(201);
	return response.json();
}

async function activate(page: Page, link: string, password: string) {
	await page.goto(link);
	await page.getByLabel(/wachtwoord/i).fill(password);
	await page.getByRole('button', { name: /activeren/i }).click();
	await expect(page).not.toHaveURL(/\/invitation\//);
}

test('staff invite an external jury member who then reviews only their call; a wrong file type is refused', async ({ page, request, browser }) => {
	test.setTimeout(180_000);
	await logIn(page, admin.email, admin.password);
	await page.goto('/profile');
	await page.getByLabel('Omschrijving').fill(`jury e2e ${stamp}`);
	await page.getByRole('button', { name: 'Sleutel aanmaken' }).click();
	const token = (await page.getByTestId('new-token').innerText()).trim();

	const programme = await api(request, token, '/api/v1/programmes', { name: `Sporttraject ${stamp}`, kind: 'thematic_track' });
	const call = (title: string) =>
		api(request, token, `/api/v1/programmes/${programme.id}/calls`, {
			title,
			opensAt: new Date(Date.now() - 3600_000).toISOString(),
			closesAt: new Date(Date.now() + 7 * 86_400_000).toISOString(),
			blind: true,
			questions: [
				{ key: 'plan', label: 'Plan', kind: 'long_text', required: true },
				{ key: 'deck', label: 'Pitch deck', kind: 'file' }
			],
			criteria: [{ key: 'impact', label: 'Impact', weight: 1, max: 10 }]
		});
	const sport = await call(`Sport als hefboom ${stamp}`);
	const other = await call(`Andere oproep ${stamp}`);

	// An applicant applies to both; the wrong file type is refused by the question.
	await api(request, token, '/api/v1/invitations', { email: applicant.email, name: applicant.name, role: 'innovator', locale: 'nl' });
	const applicantLink = await linkFromOutbox(page, applicant.email, '/invitation/');
	const applicantContext = await browser.newContext({ locale: 'nl-BE', timezoneId: 'Europe/Brussels' });
	const iris = await applicantContext.newPage();
	await activate(iris, applicantLink, applicant.password);
	await iris.goto(`/calls/${sport.id}`);
	await iris.getByLabel('Plan *').fill('Voetbal als opstap naar werk');
	await iris.getByLabel('Pitch deck').setInputFiles({ name: 'deck.html', mimeType: 'text/html', buffer: Buffer.from('<h1>deck</h1>') });
	await iris.getByRole('button', { name: 'Ontwerp bewaren' }).click();
	await expect(iris.getByText('Dit soort bestand kan niet')).toBeVisible();
	await iris.getByLabel('Pitch deck').setInputFiles({ name: 'deck.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4 deck') });
	await iris.getByRole('button', { name: 'Indienen' }).click();
	await expect(iris.getByRole('status')).toContainText('ingediend');
	await iris.goto(`/calls/${other.id}`);
	await iris.getByLabel('Plan *').fill('Een ander plan');
	await iris.getByRole('button', { name: 'Indienen' }).click();
	await expect(iris.getByRole('status')).toContainText('ingediend');
	await applicantContext.close();

	// Staff invite the external jury member for the sport call only.
	await page.goto(`/programmes/calls/${sport.id}`);
	await page.getByLabel('Naam van het jurylid').fill(juror.name);
	await page.getByLabel('E-mailadres van het jurylid').fill(juror.email);
	await page.getByLabel('Taal van de uitnodiging').selectOption('nl');
	await page.getByRole('button', { name: 'Uitnodigen' }).click();
	await expect(page.getByText('Uitnodiging verstuurd.')).toBeVisible();
	await expect(page.getByTestId('jury-invitations')).toContainText(juror.name);
	await expectAccessible(page);

	const juryLink = await linkFromOutbox(page, juror.email, '/invitation/');
	const juryContext = await browser.newContext({ locale: 'nl-BE', timezoneId: 'Europe/Brussels' });
	const jana = await juryContext.newPage();
	await activate(jana, juryLink, juror.password);
	await jana.goto(`/calls/${sport.id}/review`);
	await expect(jana.getByRole('heading', { name: 'Kandidaat 1' })).toBeVisible();
	await expect(jana.getByText(applicant.name)).toHaveCount(0);
	const other403 = await jana.goto(`/calls/${other.id}/review`);
	expect(other403?.status()).toBe(403);
	const staffPage = await jana.goto('/programmes');
	expect(staffPage?.status()).toBe(403);
	await juryContext.close();

	// On the call page the jury member moved from "invited" to the reviewers.
	await page.goto(`/programmes/calls/${sport.id}`);
	await expect(page.getByTestId('jury-invitations')).toHaveCount(0);
	await expect(page.getByText(`${juror.name} (${juror.email})`)).toBeVisible();
});
