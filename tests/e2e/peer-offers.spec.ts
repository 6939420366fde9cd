/**
 * A group session through the browser and the API together: a member offers it on /peer,
 * another signs up, staff plan it through the API, the giver calls it off on the session
 * page (with a reason); the offer, the session and the receiver's points follow.
 */
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { admin, expectAccessible, linkFromOutbox, logIn, logOut } from './support.ts';

const stamp = Date.now().toString(36);
const gina = { name: `Gina Groep ${stamp}`, email: `gina-${stamp}@sif.test`, password: 'ginas-group-password' };
const rik = { name: `Rik Groep ${stamp}`, email: `rik-${stamp}@sif.test`, password: 'riks-group-password' };
const topic = `Boekhouden in groep ${stamp}`;

async function invite(page: Page, request: APIRequestContext, token: string, who: typeof gina) {
	const response = await request.post('/api/v1/invitations', {
		headers: { authorization: `Bearer ${token}` },
		data: { email: who.email, name: who.name, role: 'member', locale: 'nl' }
	});
	expect(response.status()).toBe(201);
	return linkFromOutbox(page, who.email, '/invitation/');
}

async function activate(page: Page, link: string, who: typeof gina) {
	await page.goto(link);
	await page.getByLabel('Wachtwoord').fill(who.password);
	await page.getByRole('button', { name: 'Account activeren' }).click();
	await expect(page.getByRole('heading', { name: `Welkom, ${who.name}` })).toBeVisible();
}

test('a group session is offered in the browser, planned through the API and called off by its giver', async ({ page, request }) => {
	test.setTimeout(180_000);
	await logIn(page, admin.email, admin.password);
	await page.goto('/profile');
	await page.getByLabel('Omschrijving').fill(`offers e2e ${stamp}`);
	await page.getByRole('button', { name: 'Sleutel aanmaken' }).click();
	const token = (await page.getByTestId('new-token').innerText()).trim();
	const auth = { authorization: `Bearer ${token}` };
	const ginaLink = await invite(page, request, token, gina);
	const rikLink = await invite(page, request, token, rik);
	await logOut(page);

	// Gina offers a group session.
	await activate(page, ginaLink, gina);
	await page.goto('/peer');
	await page.locator('#offer-category').selectOption({ index: 1 });
	await page.getByLabel('Onderwerp').fill(topic);
	await page.getByLabel('Wanneer').fill('2026-12-15T18:00');
	await page.getByLabel('Aantal plaatsen').fill('4');
	await page.getByRole('button', { name: 'Aanbieden' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Je groepssessie staat online.' })).toBeVisible();
	await logOut(page);

	// Rik signs up.
	await activate(page, rikLink, rik);
	await page.goto('/peer');
	await page.locator('article', { hasText: topic }).getByRole('button', { name: 'Inschrijven' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Je bent ingeschreven.' })).toBeVisible();
	await logOut(page);

	// Staff see who signed up and plan it through the API.
	const open = await request.get('/api/v1/peer-offers?status=open', { headers: auth });
	expect(open.status()).toBe(200);
	const offer = (await open.json()).offers.find((o: { topic: string }) => o.topic === topic);
	expect(offer).toMatchObject({ status: 'open', giverName: gina.name, taken: 1, places: 3 });
	expect(offer.signups).toEqual([{ person: expect.any(String), name: rik.name }]);
	const rikId = offer.signups[0].person as string;
	const planned = await request.post(`/api/v1/peer-offers/${offer.id}/plan`, { headers: auth });
	expect(planned.status()).toBe(200);
	const session = (await planned.json()).session as string;
	const reserved = await request.get(`/api/v1/people/${rikId}/balance`, { headers: auth });
	expect(await reserved.json()).toMatchObject({ reserved: 8 });
	const again = await request.post(`/api/v1/peer-offers/${offer.id}/withdraw`, { headers: auth });
	expect(again.status()).toBe(409);
	expect((await again.json()).error.code).toBe('invalid_state');

	// Gina calls it off on the session page, with a reason.
	await logIn(page, gina.email, gina.password);
	await page.goto(`/peer/sessions/${session}`);
	const calendar = await page.request.get(`/peer/sessions/${session}/invitation.ics`);
	expect(calendar.status()).toBe(200);
	expect(await calendar.text()).toContain(`UID:peer-session-${session}@sif`);
	await expectAccessible(page);
	await page.getByLabel('Reden (de deelnemers lezen die)').fill('De zaal is niet vrij');
	await page.getByRole('button', { name: 'Sessie afzeggen' }).click();
	await expect(page.getByRole('status')).toHaveText('De sessie is afgezegd; de deelnemers zijn verwittigd.');
	await expect(page.locator('.badge', { hasText: 'geannuleerd' })).toBeVisible();
	await logOut(page);

	// The offer, the session and Rik's points follow; Rik was told why.
	expect(await (await request.get(`/api/v1/peer-offers/${offer.id}`, { headers: auth })).json()).toMatchObject({ status: 'cancelled' });
	const sessionNow = await (await request.get(`/api/v1/peer-sessions/${session}`, { headers: auth })).json();
	expect(sessionNow).toMatchObject({ status: 'cancelled', authors: { cancelled: gina.email } });
	expect(await (await request.get(`/api/v1/people/${rikId}/balance`, { headers: auth })).json()).toMatchObject({ reserved: 0, balance: 0 });
	await logIn(page, admin.email, admin.password);
	await page.goto(`/admin/outbox?to=${encodeURIComponent(rik.email)}`);
	await expect(page.getByRole('cell', { name: `Sessie afgezegd: ${topic}` })).toBeVisible();
	await logOut(page);
});
