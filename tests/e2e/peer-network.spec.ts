/**
 * The peer-learning network end to end: a member asks for help, staff find a peer who
 * accepts, staff add a preparation note, both confirm, balances move; the receiver hits
 * the floor and is told why, gives a (group) session, and can receive again.
 */
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { admin, expectAccessible, linkFromOutbox, logIn, logOut, navLink } from './support.ts';

const stamp = Date.now().toString(36);
const ann = { name: `Ann Peer ${stamp}`, email: `ann-${stamp}@sif.test`, password: 'anns-peer-password' };
const bo = { name: `Bo Peer ${stamp}`, email: `bo-${stamp}@sif.test`, password: 'bos-peer-password' };

async function invite(page: Page, request: APIRequestContext, token: string, who: typeof ann) {
	const response = await request.post('/api/v1/invitations', {
		headers: { authorization: `Bearer ${token}` },
		data: { email: who.email, name: who.name, role: 'member', locale: 'nl' }
	});
	expect(response.status()).toBe(201);
	return linkFromOutbox(page, who.email, '/invitation/');
}

async function activate(page: Page, link: string, who: typeof ann) {
	await page.goto(link);
	await page.getByLabel('Wachtwoord').fill(who.password);
	await page.getByRole('button', { name: 'Account activeren' }).click();
	await expect(page.getByRole('heading', { name: `Welkom, ${who.name}` })).toBeVisible();
}

/** The member asks for a session; the team finds a peer. */
async function ask(page: Page, question: string) {
	await page.goto('/peer');
	await page.getByLabel('Vaardigheid').first().selectOption({ index: 1 });
	await page.getByRole('button', { name: 'Zoek peers' }).click();
	await page.locator('#ask-question').fill(question);
	await page.locator('#ask-business').fill('Een fietsenwinkel in Gent');
	await page.getByLabel('Laat het team iemand zoeken').check();
	await page.getByRole('button', { name: 'Vraag versturen' }).click();
}

test('a member asks, a peer gives, points move, the floor stops and giving reopens it', async ({ page, request }) => {
	test.setTimeout(240_000);
	await logIn(page, admin.email, admin.password);
	await page.goto('/profile');
	await page.getByLabel('Omschrijving').fill(`peer e2e ${stamp}`);
	await page.getByRole('button', { name: 'Sleutel aanmaken' }).click();
	const token = (await page.getByTestId('new-token').innerText()).trim();
	const annLink = await invite(page, request, token, ann);
	const boLink = await invite(page, request, token, bo);
	await logOut(page);
	await activate(page, boLink, bo);
	// Bo's first visit to the network links a person to the account.
	await navLink(page, 'Lerend netwerk').click();
	await expect(page.getByRole('heading', { name: 'Lerend netwerk' })).toBeVisible();
	await logOut(page);

	// 1. Ann asks for help.
	await activate(page, annLink, ann);
	await navLink(page, 'Lerend netwerk').click();
	await expectAccessible(page);
	await ask(page, `Hoe zet ik mijn prijzen? ${stamp}`);
	await expect(page.getByRole('status').filter({ hasText: 'Je vraag is verstuurd.' })).toBeVisible();
	await expect(page.getByText(`Hoe zet ik mijn prijzen? ${stamp}`)).toBeVisible();
	await logOut(page);

	// 2. Staff ask Bo.
	await logIn(page, admin.email, admin.password);
	await navLink(page, 'Netwerkoverzicht').click();
	await expectAccessible(page);
	const waiting = page.locator('form', { hasText: `Hoe zet ik mijn prijzen? ${stamp}` });
	await waiting.getByLabel('Gever').selectOption({ label: bo.name });
	await waiting.getByRole('button', { name: 'Vragen' }).click();
	await expect(page.getByRole('status')).toHaveText('De gever is gevraagd.');
	await logOut(page);

	// 3. Bo accepts with a moment that does not suit Ann: she asks for other moments.
	await logIn(page, bo.email, bo.password);
	await navLink(page, 'Lerend netwerk').click();
	await page.getByLabel('Moment 1').fill('2026-11-30T08:00');
	await page.getByRole('button', { name: 'Aanvaarden en momenten voorstellen' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Aanvaard' })).toBeVisible();
	await logOut(page);
	await logIn(page, ann.email, ann.password);
	await page.goto('/peer');
	await page.getByLabel(`Bericht aan ${bo.name}`, { exact: false }).fill('Liever begin december');
	await page.getByRole('button', { name: 'Geen van deze momenten past' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'de gever stelt nieuwe momenten voor' })).toBeVisible();
	await expectAccessible(page);
	await logOut(page);

	// Bo proposes new moments.
	await logIn(page, bo.email, bo.password);
	await navLink(page, 'Lerend netwerk').click();
	await page.getByLabel('Moment 1').fill('2026-12-01T10:00');
	await page.getByLabel('Moment 2').fill('2026-12-02T14:00');
	await page.getByRole('button', { name: 'Aanvaarden en momenten voorstellen' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Aanvaard' })).toBeVisible();
	await logOut(page);

	// 4. Ann picks the second moment: the session is planned.
	await logIn(page, ann.email, ann.password);
	await page.goto('/peer');
	await page.getByLabel('2/12/2026, 14:00').check();
	await page.getByRole('button', { name: 'Inplannen' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Ingepland' })).toBeVisible();
	await logOut(page);

	// 5. Staff add a preparation note.
	await logIn(page, admin.email, admin.password);
	await navLink(page, 'Netwerkoverzicht').click();
	await page.getByRole('link', { name: new RegExp(`Hoe zet ik mijn prijzen\\? ${stamp}`) }).click();
	await expect(page.getByLabel('Vraag van de ontvanger')).toHaveValue(`Hoe zet ik mijn prijzen? ${stamp}`);
	await expect(page.getByLabel('Hun zaak in het kort')).toHaveValue('Een fietsenwinkel in Gent');
	await page.getByLabel('Methodes').fill('Kostprijs-plus oefening met eigen cijfers');
	await page.getByRole('button', { name: 'Voorbereiding bewaren' }).click();
	await expect(page.getByRole('status')).toHaveText('Voorbereiding bewaard.');
	await expectAccessible(page);
	const sessionUrl = page.url();
	await logOut(page);

	// 6. Both confirm; the points move.
	await logIn(page, ann.email, ann.password);
	await page.goto(sessionUrl);
	await expect(page.getByText('Kostprijs-plus oefening met eigen cijfers')).toBeVisible();
	await page.getByRole('button', { name: 'Ja, de sessie vond plaats' }).click();
	await expect(page.getByRole('status')).toContainText('Bevestigd');
	await logOut(page);
	await logIn(page, bo.email, bo.password);
	await page.goto(sessionUrl);
	await page.getByRole('button', { name: 'Ja, de sessie vond plaats' }).click();
	await expect(page.getByRole('status')).toHaveText('Afgerond: de punten zijn geboekt.');
	await page.getByLabel('5', { exact: true }).check();
	await page.getByLabel('Opmerking').fill('Sterke vragen');
	await page.getByRole('button', { name: 'Feedback geven' }).click();
	await expect(page.getByRole('status')).toHaveText('Bedankt voor je feedback.');
	await navLink(page, 'Mijn punten').click();
	await expect(page.getByTestId('balance')).toHaveText('8');
	await expect(page.getByTestId('given')).toHaveText('8');
	await logOut(page);

	await logIn(page, ann.email, ann.password);
	await navLink(page, 'Mijn punten').click();
	await expectAccessible(page);
	await expect(page.getByTestId('balance')).toHaveText('-8');
	await expect(page.getByTestId('received')).toHaveText('8');
	await expect(page.getByRole('status')).toHaveText('Je kunt nog één sessie ontvangen; daarna is het jouw beurt om te geven.');
	await expect(page.locator('svg path[stroke="#1f6feb"]')).toHaveCount(1);
	await logOut(page);

	// 7. Staff record a second session Ann received (through the contract's API).
	await logIn(page, admin.email, admin.password);
	await navLink(page, 'Puntenboek').click();
	await expectAccessible(page);
	const personId = async (name: string) =>
		(await page.locator('#field-person option', { hasText: name }).first().getAttribute('value'))!;
	const annId = await personId(ann.name);
	const boId = await personId(bo.name);
	const planned = await request.post('/api/v1/peer-sessions', {
		headers: { authorization: `Bearer ${token}` },
		data: { giver: boId, receivers: [annId], topic: `Boekhouding ${stamp}`, scheduledAt: '2026-12-05T10:00' }
	});
	expect(planned.status()).toBe(201);
	const completed = await request.post(`/api/v1/peer-sessions/${(await planned.json()).id}/complete`, {
		headers: { authorization: `Bearer ${token}` }
	});
	expect(completed.status()).toBe(200);
	await page.reload();
	await expect(page.getByRole('cell', { name: `Boekhouding ${stamp}` }).first()).toBeVisible();
	await logOut(page);

	// 8. Ann is at the floor: told why she cannot ask again.
	await logIn(page, ann.email, ann.password);
	await navLink(page, 'Lerend netwerk').click();
	await expect(page.getByRole('status').filter({ hasText: 'Je kunt nu geen sessie meer ontvangen' })).toBeVisible();
	await ask(page, `Nog een vraag ${stamp}`);
	await expect(page.getByRole('alert')).toHaveText(
		'Je saldo is -16 punten; een sessie kost 8 en de ondergrens is -16. Geef eerst zelf een sessie (+8 punten).'
	);

	// 9. Ann gives a group session; Bo signs up; staff complete it.
	await page.locator('#offer-category').selectOption({ index: 1 });
	await page.getByLabel('Onderwerp').fill(`Instagram voor winkels ${stamp}`);
	await page.getByLabel('Wanneer').fill('2026-12-10T18:00');
	await page.getByLabel('Aantal plaatsen').fill('3');
	await page.getByRole('button', { name: 'Aanbieden' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Je groepssessie staat online.' })).toBeVisible();
	await logOut(page);

	await logIn(page, bo.email, bo.password);
	await page.goto('/peer');
	await page.locator('article', { hasText: `Instagram voor winkels ${stamp}` }).getByRole('button', { name: 'Inschrijven' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Je bent ingeschreven.' })).toBeVisible();
	await logOut(page);

	await logIn(page, ann.email, ann.password);
	await page.goto('/peer');
	const offer = page.locator('article', { hasText: `Instagram voor winkels ${stamp}` });
	await expect(offer.getByText(bo.name)).toBeVisible();
	await offer.getByRole('button', { name: 'Groepssessie inplannen' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Groepssessie ingepland' })).toBeVisible();
	await logOut(page);

	await logIn(page, admin.email, admin.password);
	await navLink(page, 'Netwerkoverzicht').click();
	await page.getByRole('link', { name: `Instagram voor winkels ${stamp}` }).click();
	await page.getByRole('button', { name: 'Als team afronden (punten boeken)' }).click();
	await expect(page.getByRole('status')).toHaveText('Afgerond: de punten zijn geboekt.');
	await navLink(page, 'Netwerkoverzicht').click();
	await expect(page.locator('svg line title', { hasText: `${ann.name} hielp ${bo.name}` })).toHaveCount(1);
	const csv = await page.request.get('/peer/ledger/export');
	expect(csv.status()).toBe(200);
	expect(await csv.text()).toContain(`Instagram voor winkels ${stamp}`);
	await logOut(page);

	// 10. Ann can receive again.
	await logIn(page, ann.email, ann.password);
	await navLink(page, 'Mijn punten').click();
	await expect(page.getByTestId('balance')).toHaveText('-8');
	await expect(page.getByTestId('given')).toHaveText('8');
	await ask(page, `Weer een vraag ${stamp}`);
	await expect(page.getByRole('status').filter({ hasText: 'Je vraag is verstuurd.' })).toBeVisible();
});
