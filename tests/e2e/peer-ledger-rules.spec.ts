/**
 * Staff change the points rules on the ledger page: points per session, floor and opening
 * credit, applied from a date on. Sessions planned before keep the rules they were planned
 * with; a version dated in the future waits for its date. The rules go back to the
 * defaults at the end (also when a step fails), so later journeys see 8 / −16 / 0.
 */
import { expect, test, type APIRequestContext } from '@playwright/test';
import { admin, expectAccessible, logIn, logOut, navLink } from './support.ts';

const stamp = Date.now().toString(36);
let token = '';

/** A `datetime-local` value in Brussels time, `minutes` from now. */
function brussels(minutes: number): string {
	const parts = new Intl.DateTimeFormat('sv-SE', {
		timeZone: 'Europe/Brussels',
		year: 'numeric',
		month: '2-digit',
		day: '2-digit',
		hour: '2-digit',
		minute: '2-digit',
		hourCycle: 'h23'
	}).format(new Date(Date.now() + minutes * 60_000));
	return parts.replace(' ', 'T');
}

const auth = () => ({ authorization: `Bearer ${token}` });

async function member(request: APIRequestContext, name: string): Promise<string> {
	const response = await request.post('/api/v1/people', {
		headers: auth(),
		data: { name: `${name} ${stamp}`, email: `${name.toLowerCase()}-rules-${stamp}@sif.test`, roles: ['member'] }
	});
	expect(response.status()).toBe(201);
	return (await response.json()).id;
}

async function plan(request: APIRequestContext, giver: string, receiver: string, topic: string): Promise<string> {
	const response = await request.post('/api/v1/peer-sessions', {
		headers: auth(),
		data: { giver, receivers: [receiver], topic: `${topic} ${stamp}`, scheduledAt: '2026-12-05T10:00' }
	});
	expect(response.status()).toBe(201);
	return (await response.json()).id;
}

async function balance(request: APIRequestContext, person: string) {
	const response = await request.get(`/api/v1/people/${person}/balance`, { headers: auth() });
	expect(response.status()).toBe(200);
	return response.json();
}

test.afterAll(async ({ request }) => {
	// Whatever happened above: the defaults again, from now on.
	if (!token) return;
	const response = await request.post('/api/v1/ledger/rules', {
		headers: auth(),
		data: { pointsPerSession: 8, floor: -16, openingCredit: 0, effectiveFrom: new Date().toISOString() }
	});
	expect(response.status()).toBeLessThan(300);
});

test('staff set points per session, floor and opening credit from a date; history keeps its rules', async ({ page, request }) => {
	test.setTimeout(120_000);
	await logIn(page, admin.email, admin.password);
	await page.goto('/profile');
	await page.getByLabel('Omschrijving').fill(`rules e2e ${stamp}`);
	await page.getByRole('button', { name: 'Sleutel aanmaken' }).click();
	token = (await page.getByTestId('new-token').innerText()).trim();

	const giver = await member(request, 'Gina');
	const receiver = await member(request, 'Rik');
	// Planned under the current rules: 8 points.
	const before = await plan(request, giver, receiver, 'Onder de oude regels');
	expect(await balance(request, receiver)).toMatchObject({ reserved: 8 });

	await navLink(page, 'Puntenboek').click();
	const rules = page.locator('section', { has: page.getByRole('heading', { name: 'Regels' }) });
	await expect(rules.getByText('Nu: 8 punten per sessie, ondergrens -16, startkrediet 0.')).toBeVisible();

	// Refused without a date, told next to the field.
	await rules.getByLabel('Geldt vanaf').fill('');
	await rules.getByRole('button', { name: 'Nieuwe regels vastleggen' }).click();
	await expect(rules.locator('[aria-invalid="true"]')).toHaveCount(1);
	await expect(rules.getByLabel('Geldt vanaf')).toHaveAttribute('aria-invalid', 'true');

	// New rules from a moment ago: 10 points, floor -30, opening credit 5.
	await rules.getByLabel('Geldt vanaf').fill(brussels(-3));
	await rules.getByLabel('Punten per sessie').fill('10');
	await rules.getByLabel('Ondergrens').fill('-30');
	await rules.getByLabel('Startkrediet').fill('5');
	await rules.getByRole('button', { name: 'Nieuwe regels vastleggen' }).click();
	await expect(page.getByRole('status')).toHaveText('Nieuwe regels vastgelegd.');
	await expect(rules.getByText('Nu: 10 punten per sessie, ondergrens -30, startkrediet 5.')).toBeVisible();
	await expect(rules.getByRole('listitem').filter({ hasText: ': 10 punten, ondergrens -30, startkrediet 5' })).toHaveCount(1);
	await expectAccessible(page);

	// A version dated next year is listed but does not apply yet.
	await rules.getByLabel('Geldt vanaf').fill(`${new Date().getFullYear() + 1}-01-01T00:00`);
	await rules.getByLabel('Punten per sessie').fill('12');
	await rules.getByLabel('Ondergrens').fill('-30');
	await rules.getByLabel('Startkrediet').fill('5');
	await rules.getByRole('button', { name: 'Nieuwe regels vastleggen' }).click();
	await expect(page.getByRole('status')).toHaveText('Nieuwe regels vastgelegd.');
	await expect(rules.getByText('Nu: 10 punten per sessie, ondergrens -30, startkrediet 5.')).toBeVisible();
	await expect(rules.getByRole('listitem').filter({ hasText: ': 12 punten, ondergrens -30, startkrediet 5' })).toHaveCount(1);

	// A newcomer's account opens under the new rules (opening credit 5); a new session costs 10;
	// the session planned before still books 8 when it completes.
	const newcomer = await member(request, 'Nora');
	const after = await plan(request, giver, newcomer, 'Onder de nieuwe regels');
	expect(await balance(request, newcomer)).toMatchObject({ balance: 5, reserved: 10, available: -5 });
	for (const id of [before, after]) {
		const done = await request.post(`/api/v1/peer-sessions/${id}/complete`, { headers: auth() });
		expect(done.status()).toBe(200);
	}
	expect(await balance(request, receiver)).toMatchObject({ balance: -8, received: 8 });
	expect(await balance(request, newcomer)).toMatchObject({ balance: -5, received: 10 });
	expect(await balance(request, giver)).toMatchObject({ given: 18 });

	// The ledger shows both sessions with who completed them.
	await page.reload();
	const row = (topic: string, points: string) =>
		page
			.locator('table tr')
			.filter({ hasText: `${topic} ${stamp}` })
			.filter({ has: page.getByRole('cell', { name: points, exact: true }) });
	await expect(row('Onder de oude regels', '-8')).toHaveCount(1);
	await expect(row('Onder de nieuwe regels', '-10')).toHaveCount(1);
	await expect(row('Onder de nieuwe regels', '+10')).toContainText(admin.email);

	// Back to the defaults, from a minute ago (after the 10-point version).
	await rules.getByLabel('Geldt vanaf').fill(brussels(-1));
	await rules.getByLabel('Punten per sessie').fill('8');
	await rules.getByLabel('Ondergrens').fill('-16');
	await rules.getByLabel('Startkrediet').fill('0');
	await rules.getByRole('button', { name: 'Nieuwe regels vastleggen' }).click();
	await expect(rules.getByText('Nu: 8 punten per sessie, ondergrens -16, startkrediet 0.')).toBeVisible();
	await logOut(page);
});
