/**
 * The programme report (decision 075): staff open it from the programme page and see per
 * call the applications, drafts, decisions and acceptance rate, who was reached among the
 * applicants and the accepted, and download the same figures as CSV.
 */
import { expect, test } from '@playwright/test';
import { admin, expectAccessible, linkFromOutbox, logIn } from './support.ts';

const stamp = Date.now().toString(36);
const ben = { name: `Ben Report ${stamp}`, email: `ben-report-${stamp}@sif.test`, password: 'bens-report-password' };

test('the programme report shows the figures per call and who was reached, and exports them', async ({ page, request, browser }) => {
	test.setTimeout(180_000);
	await logIn(page, admin.email, admin.password);
	await page.goto('/profile');
	await page.getByLabel('Omschrijving').fill(`programme report e2e ${stamp}`);
	await page.getByRole('button', { name: 'Sleutel aanmaken' }).click();
	const token = (await page.getByTestId('new-token').innerText()).trim();
	const headers = { authorization: `Bearer ${token}` };

	// A programme with two open calls.
	const programme = await request.post('/api/v1/programmes', { headers, data: { name: `Scalers ${stamp}`, kind: 'scalers_club' } });
	expect(programme.status()).toBe(201);
	const programmeId = (await programme.json()).id;
	const call = async (title: string) => {
		const r = await request.post(`/api/v1/programmes/${programmeId}/calls`, {
			headers,
			data: { title, opensAt: '2026-01-01T09:00:00+01:00', closesAt: '2030-12-31T17:00:00+01:00', questions: [{ key: 'plan', label: 'Plan', kind: 'long_text', required: true }] }
		});
		expect(r.status()).toBe(201);
		return (await r.json()).id as string;
	};
	const spring = await call(`Voorjaar ${stamp}`);
	const autumn = await call(`Najaar ${stamp}`);

	// Ben is invited and applies to the spring call in the browser; the admin applies too,
	// and leaves a draft on the autumn call.
	const invited = await request.post('/api/v1/invitations', { headers, data: { email: ben.email, name: ben.name, role: 'innovator', locale: 'nl' } });
	expect(invited.status()).toBe(201);
	const link = await linkFromOutbox(page, ben.email, '/invitation/');
	const benPage = await (await browser.newContext()).newPage();
	await benPage.goto(link);
	await benPage.getByLabel(/wachtwoord/i).fill(ben.password);
	await benPage.getByRole('button', { name: /activeren/i }).click();
	await expect(benPage).not.toHaveURL(/\/invitation\//);
	await benPage.goto(`/calls/${spring}`);
	await benPage.getByLabel('Plan *').fill('Een coöperatieve fietsherstelling');
	await benPage.getByRole('button', { name: 'Indienen' }).click();
	await expect(benPage.getByRole('status')).toContainText('ingediend');
	const mine = await request.put(`/api/v1/calls/${spring}/application`, { headers, data: { answers: { plan: 'Groeien' }, submit: true } });
	expect((await mine.json()).status).toBe('submitted');
	await request.put(`/api/v1/calls/${autumn}/application`, { headers, data: { answers: { plan: 'Later' } } });

	// The jury decides: the admin accepted, Ben rejected.
	const ranking = await (await request.get(`/api/v1/calls/${spring}/ranking`, { headers })).json();
	for (const row of ranking.ranking as { applicationId: string; name: string }[]) {
		const status = row.name === ben.name ? 'rejected' : 'accepted';
		expect((await request.post(`/api/v1/applications/${row.applicationId}/decision`, { headers, data: { status, note: '' } })).status()).toBe(200);
	}

	// The reports navigation leads to the overview with the programme's totals.
	await page.goto('/reports/intake');
	await page.getByRole('navigation', { name: 'Soorten rapporten' }).getByRole('link', { name: "Programma's, cohortes en evenementen" }).click();
	await expect(page.getByRole('heading', { name: "Rapporten: programma's, cohortes en evenementen", level: 1 })).toBeVisible();
	await expect(page.getByTestId('report-index-programmes').getByRole('row', { name: new RegExp(`Scalers ${stamp}`) }).getByRole('cell')).toHaveText([
		new RegExp(`Scalers ${stamp}`),
		'2',
		'2',
		'1',
		'1',
		'50%'
	]);
	await expectAccessible(page);

	// The report, from the programme page.
	await page.goto(`/programmes/${programmeId}`);
	await page.getByTestId('programme-report-link').click();
	await expect(page.getByRole('heading', { name: `Rapport: Scalers ${stamp}`, level: 1 })).toBeVisible();
	const springRow = page.getByTestId('programme-report-calls').getByRole('row', { name: new RegExp(`Voorjaar ${stamp}`) });
	// submitted, drafts, accepted, waitlisted, rejected, acceptance rate
	await expect(springRow.getByRole('cell')).toHaveText([new RegExp(`Voorjaar ${stamp}`), 'Open', '2', '0', '1', '0', '1', '50%']);
	const autumnRow = page.getByTestId('programme-report-calls').getByRole('row', { name: new RegExp(`Najaar ${stamp}`) });
	await expect(autumnRow.getByRole('cell')).toHaveText([new RegExp(`Najaar ${stamp}`), 'Open', '0', '1', '0', '0', '0', '—']);
	await expect(page.getByTestId('programme-report-totals').getByRole('cell')).toHaveText(['2', '1', '1', '0', '1', '50%']);
	await expect(page.getByTestId('reach-applicants')).toContainText('2 mensen');
	await expect(page.getByTestId('reach-accepted')).toContainText('1 mensen');
	await expect(page.getByTestId('reach-applicants').getByRole('img', { name: 'Per regio' })).toBeVisible();
	await expect(page.getByText('Nog geen cohorte gekoppeld aan dit programma.')).toBeVisible();
	await expectAccessible(page);

	// The same figures as CSV (BOM, semicolons) and in the API.
	const csv = await page.request.get(`/programmes/${programmeId}/report.csv`);
	expect(csv.headers()['content-type']).toContain('text/csv');
	const text = await csv.text();
	expect(text.startsWith('\uFEFFOnderdeel;Onderwerp;Cijfer;Waarde')).toBe(true);
	expect(text).toContain(`Oproep;Voorjaar ${stamp};Aanvaardingsgraad;50%`);
	expect(text).toContain('Kandidaten;Totaal;mensen;2');
	const api = await request.get(`/api/v1/programmes/${programmeId}/report`, { headers });
	expect(api.status()).toBe(200);
	expect((await api.json()).totals).toEqual({ drafts: 1, submitted: 2, accepted: 1, waitlisted: 0, rejected: 1, acceptanceRate: 0.5 });
	expect((await benPage.request.get(`/programmes/${programmeId}/report`)).status()).toBe(403);
});
