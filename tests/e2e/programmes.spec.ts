/**
 * Programmes end to end: staff build a call (questions and a weighted rubric, blind), two
 * applicants apply (a draft first, a file, then submission confirmed by e-mail), two
 * reviewers score (the external jury member declares a conflict on one application), the
 * ranking is normalised per reviewer, and the decisions are e-mailed in each applicant's
 * language (checked in /admin/outbox). A closed call refuses with a clear message.
 */
import { expect, test, type APIRequestContext, type Browser, type Page } from '@playwright/test';
import { admin, expectAccessible, linkFromOutbox, logIn, navLink } from './support.ts';

const stamp = Date.now().toString(36);
const ann = { name: `Ann Applicant ${stamp}`, email: `ann-prog-${stamp}@sif.test`, password: 'anns-programme-password', role: 'innovator', locale: 'nl' };
const ben = { name: `Ben Candidat ${stamp}`, email: `ben-prog-${stamp}@sif.test`, password: 'bens-programme-password', role: 'innovator', locale: 'fr' };
const jury = { name: `Jules Jury ${stamp}`, email: `jules-prog-${stamp}@sif.test`, password: 'jules-jury-password', role: 'chancegiver', locale: 'nl' };
type Who = typeof ann;

async function invite(page: Page, request: APIRequestContext, token: string, who: Who) {
	const response = await request.post('/api/v1/invitations', {
		headers: { authorization: `Bearer ${token}` },
		data: { email: who.email, name: who.name, role: who.role, locale: who.locale }
	});
	expect(response.status()).toBe(201);
	return linkFromOutbox(page, who.email, '/invitation/');
}

/** A fresh browser context where `who` activates their account (and is signed in). */
async function activated(browser: Browser, link: string, who: Who): Promise<Page> {
	const context = await browser.newContext();
	const page = await context.newPage();
	await page.goto(link);
	await page.getByLabel(/wachtwoord|mot de passe|password/i).fill(who.password);
	await page.getByRole('button', { name: /activeren|activer|activate/i }).click();
	await expect(page).not.toHaveURL(/\/invitation\//);
	return page;
}

async function apply(page: Page, callUrl: string, pitch: string, stage: string, budget: string) {
	await page.goto(callUrl);
	await page.getByLabel('Pitch *').fill(pitch);
	await page.getByRole('button', { name: /Ontwerp bewaren|Enregistrer le brouillon/ }).click();
	await expect(page.getByRole('status')).toContainText(/Ontwerp bewaard|Brouillon enregistré/);
	await page.reload();
	await expect(page.getByLabel('Pitch *')).toHaveValue(pitch);
	// Submitting without the required choice: the error is next to the question.
	await page.getByRole('button', { name: /Indienen|Soumettre/ }).click();
	await expect(page.locator('#q-stage-error')).toBeVisible();
	await page.getByLabel(stage).check();
	await page.getByLabel('Budget').fill(budget);
	await page.getByLabel('Pitch deck').setInputFiles({ name: 'deck.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4 deck') });
	await page.getByRole('button', { name: /Indienen|Soumettre/ }).click();
	await expect(page.getByRole('status')).toContainText(/ingediend|soumise/);
}

test('staff build a call, two apply, two reviewers score (one conflict), ranking normalised, decisions e-mailed', async ({ page, request, browser }) => {
	test.setTimeout(300_000);
	await logIn(page, admin.email, admin.password);
	await page.goto('/profile');
	await page.getByLabel('Omschrijving').fill(`programmes e2e ${stamp}`);
	await page.getByRole('button', { name: 'Sleutel aanmaken' }).click();
	const token = (await page.getByTestId('new-token').innerText()).trim();
	const links = { ann: await invite(page, request, token, ann), ben: await invite(page, request, token, ben), jury: await invite(page, request, token, jury) };
	// Everyone activates their account first (a reviewer must have an active account).
	const annPage = await activated(browser, links.ann, ann);
	const benPage = await activated(browser, links.ben, ben);
	const juryPage = await activated(browser, links.jury, jury);

	// The programme and the call builder, from the navigation.
	await page.goto('/');
	await navLink(page, 'Programma’s').click();
	await expect(page.getByRole('heading', { name: 'Programma’s', level: 1 })).toBeVisible();
	await page.getByLabel('Naam').fill(`Start-up club ${stamp}`);
	await page.getByRole('button', { name: 'Aanmaken' }).click();
	await expect(page.getByRole('heading', { name: `Start-up club ${stamp}`, level: 1 })).toBeVisible();
	const programmeUrl = page.url();
	await page.getByLabel('Titel').fill(`Oproep ${stamp}`);
	await page.getByLabel('Opent op').fill('2026-01-01T09:00');
	await page.getByLabel('Sluit op').fill('2030-12-31T17:00');
	await page.getByLabel(/Blind beoordelen/).check();
	await page.getByLabel(/^Vragen/).fill(
		['pitch | long_text | Pitch | | required', 'stage | choice | Stage | Idee; Groei | required', 'budget | budget | Budget', 'deck | file | Pitch deck'].join('\n')
	);
	await page.getByLabel(/^Beoordelingscriteria/).fill('impact | Impact | 2 | 5\nteam | Team');
	await page.getByRole('button', { name: 'Aanmaken' }).click();
	await expect(page.locator('#field-criteria-error')).toContainText('Regel 2');
	await page.getByLabel(/^Beoordelingscriteria/).fill('impact | Impact | 2 | 5\nteam | Team | 1 | 10');
	await page.getByRole('button', { name: 'Aanmaken' }).click();
	await expect(page.getByRole('heading', { name: `Oproep ${stamp}`, level: 1 })).toBeVisible();
	const callAdminUrl = page.url();
	const callId = callAdminUrl.split('/').pop()!;
	const callUrl = `/calls/${callId}`;

	// Reviewers: the external jury member and the admin (staff).
	for (const email of [jury.email, admin.email]) {
		await page.getByLabel(/Beoordelaar toevoegen/).fill(email);
		await page.getByRole('button', { name: 'Beoordelaar toevoegen', exact: true }).click();
		await expect(page.getByRole('listitem').filter({ hasText: email })).toBeVisible();
	}
	await expectAccessible(page);

	// Two applicants: Ann (nl) first, Ben (fr) second.
	await navLink(annPage, 'Oproepen').click();
	await annPage.getByRole('link', { name: `Oproep ${stamp}` }).click();
	await expectAccessible(annPage);
	await apply(annPage, callUrl, 'Sport als hefboom voor inclusie', 'Idee', '12000');
	await apply(benPage, callUrl, 'Une épicerie circulaire', 'Groei', '8000');
	for (const [who, subject] of [[ann, 'Kandidatuur ontvangen'], [ben, 'Candidature reçue']] as const) {
		await page.goto(`/admin/outbox?to=${encodeURIComponent(who.email)}`);
		await expect(page.getByRole('link', { name: new RegExp(subject) })).toBeVisible();
	}

	// The jury member: blind names, declares a conflict on the first, scores the second.
	await juryPage.goto('/calls');
	await juryPage.getByRole('link', { name: `Oproep ${stamp}` }).first().click();
	await expect(juryPage).toHaveURL(/\/review$/);
	await expect(juryPage.getByRole('heading', { name: 'Kandidaat 1' })).toBeVisible();
	await expect(juryPage.getByText(ann.name)).toHaveCount(0);
	await expectAccessible(juryPage);
	await juryPage.getByText('Belangenconflict melden').first().click();
	await juryPage.getByRole('button', { name: 'Belangenconflict melden (Kandidaat 1)' }).click();
	await expect(juryPage.getByRole('status')).toContainText('Conflict gemeld');
	await expect(juryPage.getByRole('heading', { name: 'Kandidaat 1' })).toHaveCount(0);
	const card2 = juryPage.locator('section.card', { has: juryPage.getByRole('heading', { name: 'Kandidaat 2' }) });
	await card2.getByLabel(/Impact/).fill('1');
	await card2.getByLabel(/Team/).fill('2');
	await card2.getByRole('button', { name: 'Beoordelen (Kandidaat 2)' }).click();
	await expect(juryPage.getByRole('status')).toContainText('Beoordeling bewaard');

	// The admin scores both: Ann high, Ben low.
	await page.goto(`${callUrl}/review`);
	for (const [label, impact, team] of [['Kandidaat 1', '5', '9'], ['Kandidaat 2', '2', '4']]) {
		const card = page.locator('section.card', { has: page.getByRole('heading', { name: label }) });
		await card.getByLabel(/Impact/).fill(impact);
		await card.getByLabel(/Team/).fill(team);
		await card.getByRole('button', { name: `Beoordelen (${label})` }).click();
		await expect(page.getByRole('status')).toContainText('Beoordeling bewaard');
	}

	// The ranking: admin's z = +1 (Ann) / −1 (Ben); the jury's single review counts 0.
	await page.goto(callAdminUrl);
	const rows = page.getByTestId('ranking-row');
	await expect(rows).toHaveCount(2);
	await expect(rows.nth(0)).toContainText(ann.name);
	await expect(rows.nth(0)).toContainText('1.00');
	await expect(rows.nth(1)).toContainText(ben.name);
	await expect(rows.nth(1)).toContainText('-0.50');

	// The jury meeting decides; e-mails in each applicant's language.
	await rows.nth(0).getByLabel('Status').selectOption('accepted');
	await rows.nth(0).getByLabel('Notitie bij de beslissing').fill('Welkom in de club');
	await rows.nth(0).getByRole('button', { name: `Beslissen (${ann.name})` }).click();
	await expect(page.getByTestId('ranking-row').nth(0)).toContainText('Aanvaard');
	await page.getByTestId('ranking-row').nth(1).getByLabel('Status').selectOption('waitlisted');
	await page.getByTestId('ranking-row').nth(1).getByRole('button', { name: `Beslissen (${ben.name})` }).click();
	await expect(page.getByTestId('ranking-row').nth(1)).toContainText('Wachtlijst');
	await page.goto(`/admin/outbox?to=${encodeURIComponent(ann.email)}`);
	await expect(page.getByRole('link', { name: `Beslissing over je kandidatuur: Oproep ${stamp}` })).toBeVisible();
	await page.goto(`/admin/outbox?to=${encodeURIComponent(ben.email)}`);
	await expect(page.getByRole('link', { name: `Décision sur votre candidature : Oproep ${stamp}` })).toBeVisible();

	// The applicant sees the decision on the call page.
	await annPage.goto(callUrl);
	await expect(annPage.getByText('Aanvaard')).toBeVisible();

	// A closed call refuses with a clear message.
	const programmeId = programmeUrl.split('/').pop()!;
	const closed = await request.post(`/api/v1/programmes/${programmeId}/calls`, {
		headers: { authorization: `Bearer ${token}` },
		data: { title: `Gesloten ${stamp}`, opensAt: '2025-01-01T09:00:00+01:00', closesAt: '2025-02-01T09:00:00+01:00' }
	});
	expect(closed.status()).toBe(201);
	await annPage.goto(`/calls/${(await closed.json()).id}`);
	await expect(annPage.getByRole('alert')).toContainText('Deze oproep is gesloten');
	const refused = await request.put(`/api/v1/calls/${(await closed.json()).id}/application`, {
		headers: { authorization: `Bearer ${token}` },
		data: { answers: {} }
	});
	expect(refused.status()).toBe(409);
});
