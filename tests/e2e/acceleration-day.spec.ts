/**
 * Acceleration Days (issue AD): staff set up a small-format day, 10 cases and 30 enablers
 * register through their personal links (a few on the page, the rest through the same
 * links' JSON API to keep it fast), a case marks a must-meet, staff solve, move and lock a
 * meeting, re-solve, undo (the figures follow the grid), publish; staff edit a
 * registration; an agenda opens on a phone with its .ics and PDF; on the day a check-in,
 * a no-show and a refill; ratings closed before the meetings, then (clock moved) a rating.
 */
import { test, expect, type APIRequestContext, type Page } from '@playwright/test';
import { admin, expectAccessible, logIn, navLink } from './support';

const stamp = Date.now().toString(36);
const title = `AD e2e ${stamp}`;

async function apiToken(page: Page) {
	await page.goto('/profile');
	await page.getByLabel('Omschrijving').fill(`ad e2e ${stamp}`);
	await page.getByRole('button', { name: 'Sleutel aanmaken' }).click();
	return (await page.getByTestId('new-token').innerText()).trim();
}

async function inviteOnPage(page: Page, dayPath: string, side: 'innovator' | 'chancegiver', name: string, email: string) {
	await page.goto(dayPath);
	await page.getByLabel('Rol op de dag').selectOption(side);
	await page.getByLabel('Naam', { exact: true }).fill(name);
	await page.getByLabel('E-mailadres').fill(email);
	await page.getByRole('button', { name: 'Inschrijven', exact: true }).click();
	await expect(page.getByRole('status')).toContainText(`${name} is toegevoegd.`);
	const link = await page.getByRole('row', { name: new RegExp(name) }).getByRole('link', { name: 'Persoonlijke link' }).getAttribute('href');
	return new URL(link!).pathname;
}

async function registerByApi(request: APIRequestContext, token: string, dayId: string, side: 'innovator' | 'chancegiver', n: number) {
	const roles = ['funder', 'expert', 'mentor', 'networker'];
	const categories = ['funding', 'legal', 'marketing'];
	const invite = await request.post(`/api/v1/acceleration-days/${dayId}/participants`, {
		headers: { authorization: `Bearer ${token}` },
		data: { side, name: `${side === 'innovator' ? 'Case' : 'Enabler'} ${n} ${stamp}`, email: `ad-${side}-${n}-${stamp}@e2e.test`, sendLink: false }
	});
	expect(invite.status()).toBe(201);
	const linkToken = new URL((await invite.json()).link).pathname.split('/').pop()!;
	const registration =
		side === 'innovator'
			? { side, question: `We zoeken ${categories[n % 3]} voor ons project`, categories: [categories[n % 3]] }
			: { side, role: roles[n % 4], categories: [categories[n % 3]], maxMeetings: 3 };
	const saved = await request.put(`/api/v1/ad/${linkToken}/registration`, { data: registration });
	expect(saved.status()).toBe(200);
	return linkToken;
}

test('an Acceleration Day from registration to rating', async ({ page, browser, request }) => {
	test.setTimeout(240_000);
	await logIn(page, admin.email, admin.password);
	const token = await apiToken(page);

	// Set up the day on the page.
	await navLink(page, 'Acceleration Days').click();
	await page.getByRole('link', { name: 'Nieuwe dag' }).click();
	await page.getByLabel('Titel', { exact: true }).fill(title);
	await page.getByLabel('Datum', { exact: true }).fill('2031-03-20');
	await page.getByLabel('Locatie', { exact: true }).fill('De Krook, Gent');
	await page.getByLabel('Formaat', { exact: true }).selectOption('small');
	await page.getByLabel('Plaatsen per tafel', { exact: true }).fill('3');
	await page.getByLabel('Aantal gespreksrondes').fill('4');
	await page.getByLabel('Pitches vooraf (minuten, klein formaat)').fill('30');
	await page.getByRole('button', { name: 'Dag aanmaken' }).click();
	await expect(page).toHaveURL(/\/acceleration-days\/[0-9a-f-]{36}$/);
	const dayPath = new URL(page.url()).pathname;
	const dayId = dayPath.split('/').pop()!;

	// Two cases and two enablers register through their personal link pages.
	const caseLinks: string[] = [];
	for (const n of [1, 2]) {
		const link = await inviteOnPage(page, dayPath, 'innovator', `Case ${n} ${stamp}`, `ad-case-page-${n}-${stamp}@e2e.test`);
		await page.goto(link);
		await page.getByLabel('Je vraag voor deze dag').fill('Wij zoeken financiering en juridisch advies voor een voedselproject');
		await page.getByRole('button', { name: 'Inschrijving opslaan' }).click();
		await expect(page.getByRole('status')).toHaveText('Je inschrijving is opgeslagen. Dank je!');
		caseLinks.push(link);
	}
	const enablerLinks: string[] = [];
	for (const n of [1, 2]) {
		const link = await inviteOnPage(page, dayPath, 'chancegiver', `Enabler ${n} ${stamp}`, `ad-enabler-page-${n}-${stamp}@e2e.test`);
		await page.goto(link);
		await page.getByRole('radio', { name: n === 1 ? 'Financier' : 'Expert' }).check();
		await page.getByLabel('Hoeveel gesprekken wil je (maximaal)?').fill('3');
		await page.getByRole('button', { name: 'Inschrijving opslaan' }).click();
		await expect(page.getByRole('status')).toHaveText('Je inschrijving is opgeslagen. Dank je!');
		enablerLinks.push(link);
	}
	// The other 8 cases and 28 enablers through the same links' JSON API.
	for (let n = 3; n <= 10; n++) await registerByApi(request, token, dayId, 'innovator', n);
	for (let n = 3; n <= 30; n++) await registerByApi(request, token, dayId, 'chancegiver', n);
	await page.goto(dayPath);
	await expect(page.getByRole('heading', { name: 'Cases (innovatoren) (10/10)' })).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Kansengevers (30/30)' })).toBeVisible();

	// Case 1 sees suggestions with reasons and marks Enabler 1 as a must-meet.
	await page.goto(`${caseLinks[0]}/preferences`);
	const enabler1 = page.getByRole('group', { name: new RegExp(`Enabler 1 ${stamp}`) });
	await expect(enabler1).toBeVisible();
	await enabler1.getByRole('radio', { name: 'Zeker ontmoeten' }).check();
	await page.getByRole('button', { name: 'Voorkeuren opslaan' }).click();
	await expect(page.getByRole('status')).toHaveText('Je voorkeuren zijn opgeslagen.');

	// Solve.
	await page.goto(dayPath);
	await page.getByRole('link', { name: 'Planner' }).click();
	await page.getByLabel('Rekentijd van de planner (seconden)').fill('1');
	await page.getByRole('button', { name: 'Planning berekenen' }).click();
	await expect(page.getByText(/Bezig met rekenen/)).toHaveCount(0, { timeout: 30_000 });
	await expect(page.getByTestId('solve-report')).toContainText(/Resultaat: (optimaal|goed)/);
	await expect(page.getByTestId('no-broken-rules')).toBeVisible();
	await expectAccessible(page);

	// Move a meeting to a table with a free seat in the same round (keyboard alternative), then lock it.
	const auth = { authorization: `Bearer ${token}` };
	const timetable = await (await request.get(`/api/v1/acceleration-days/${dayId}/timetable`, { headers: auth })).json();
	type M = { innovator: string; chancegiver: string; slot: number };
	const meetings: M[] = timetable.meetings;
	expect(meetings.some((m) => m.chancegiver)).toBe(true);
	const tables = [...new Set(meetings.map((m) => m.innovator))];
	let move: { m: M; to: string } | null = null;
	for (const m of meetings) {
		const to = tables.find(
			(t) => t !== m.innovator && meetings.filter((x) => x.innovator === t && x.slot === m.slot).length < 3 && !meetings.some((x) => x.innovator === t && x.chancegiver === m.chancegiver)
		);
		if (to) {
			move = { m, to };
			break;
		}
	}
	expect(move).not.toBeNull();
	const overview = await (await request.get(`/api/v1/acceleration-days/${dayId}/timetable`, { headers: auth })).json();
	expect(overview.broken).toEqual([]);
	const moved = move!;
	const giverName = await page.locator(`#pref-giver option[value="${moved.m.chancegiver}"]`).innerText();
	const targetLabel = await page.locator(`#pref-innovator option[value="${moved.to}"]`).innerText();
	const targetTable = targetLabel.split(' · ')[0];
	const sourceLabel = await page.locator(`#pref-innovator option[value="${moved.m.innovator}"]`).innerText();
	const sourceCell = page.getByTestId(`cell-${sourceLabel.split(' · ')[0]}-${moved.m.slot}`);
	await sourceCell.getByRole('button', { name: giverName }).click();
	await page.getByLabel('Tafel', { exact: true }).selectOption(moved.to);
	await page.getByRole('button', { name: 'Verplaats' }).click();
	const targetCell = page.getByTestId(`cell-${targetTable}-${moved.m.slot}`);
	await expect(targetCell.getByRole('button', { name: giverName })).toBeVisible();
	await expect(page.getByTestId('no-broken-rules')).toBeVisible();
	await targetCell.getByRole('button', { name: giverName }).click();
	await page.getByRole('button', { name: 'Vergrendelen' }).click();
	await expect(targetCell.getByRole('button', { name: new RegExp(`${giverName}.*vergrendeld`) })).toBeVisible();

	// Drag one meeting onto another (HTML5 drag and drop) to swap their cells.
	const draft: { meetings: (M & { locked: boolean })[] } = await (await request.get(`/api/v1/acceleration-days/${dayId}/timetable`, { headers: auth })).json();
	const free = draft.meetings.filter((m) => !m.locked);
	const busy = (c: string, slot: number) => draft.meetings.some((x) => x.chancegiver === c && x.slot === slot);
	const meets = (i: string, c: string) => draft.meetings.some((x) => x.innovator === i && x.chancegiver === c);
	let pair: [M, M] | null = null;
	for (const a of free) {
		const b = free.find((b) => b.slot !== a.slot && b.innovator !== a.innovator && !busy(a.chancegiver, b.slot) && !busy(b.chancegiver, a.slot) && !meets(b.innovator, a.chancegiver) && !meets(a.innovator, b.chancegiver));
		if (b) {
			pair = [a, b];
			break;
		}
	}
	expect(pair).not.toBeNull();
	const [a, b] = pair!;
	const label = async (id: string, select: string) => (await page.locator(`${select} option[value="${id}"]`).innerText()).split(' · ')[0];
	const aName = await page.locator(`#pref-giver option[value="${a.chancegiver}"]`).innerText();
	const bName = await page.locator(`#pref-giver option[value="${b.chancegiver}"]`).innerText();
	const aCell = page.getByTestId(`cell-${await label(a.innovator, '#pref-innovator')}-${a.slot}`);
	const bCell = page.getByTestId(`cell-${await label(b.innovator, '#pref-innovator')}-${b.slot}`);
	// A tall window, so that neither chip needs scrolling while the mouse drags.
	await page.setViewportSize({ width: 1600, height: 2600 });
	await page.getByRole('heading', { name: /Tafels × rondes/ }).scrollIntoViewIfNeeded();
	await aCell.getByRole('button', { name: aName }).dragTo(bCell.getByRole('button', { name: bName }));
	await expect(aCell.getByRole('button', { name: bName })).toBeVisible();
	await expect(bCell.getByRole('button', { name: aName })).toBeVisible();
	await page.setViewportSize({ width: 1280, height: 720 });

	// Re-solve keeps the lock; undo takes the re-solve back; the locked meeting stays either way.
	await page.getByRole('button', { name: 'Opnieuw berekenen (vergrendelde gesprekken blijven)' }).click();
	await expect(page.getByText(/Bezig met rekenen/)).toBeVisible();
	await expect(page.getByText(/Bezig met rekenen/)).toHaveCount(0, { timeout: 30_000 });
	await expect(page.getByRole('button', { name: 'Ongedaan maken' })).toBeEnabled();
	await expect(targetCell.getByRole('button', { name: new RegExp(`${giverName}.*vergrendeld`) })).toBeVisible();
	const reloaded = page.waitForResponse((r) => r.url().includes('__data.json'));
	await page.getByRole('button', { name: 'Ongedaan maken' }).click();
	await reloaded;
	await expect(page.getByRole('alert')).toHaveCount(0);
	await expect(targetCell.getByRole('button', { name: new RegExp(`${giverName}.*vergrendeld`) })).toBeVisible();
	// The figures follow the grid as it stands; the solver's report is labelled as the last solve's.
	await expect(page.getByTestId('current-figures')).toContainText(`${await page.locator('.ad-chip').count()} gesprekken`);
	await expect(page.getByTestId('solve-report')).toContainText('Bij de laatste berekening');

	// Publish: everyone with a meeting is told the first time.
	await expect(page.getByTestId('publish-preview')).toContainText('personen krijgen een nieuwe agenda');
	const publishResponse = page.waitForResponse((r) => r.url().includes('?/publish'));
	await page.getByRole('button', { name: 'Publiceren en verwittigen' }).click();
	expect(await (await publishResponse).text()).toContain('"type":"success"');
	await expect(page.getByRole('status').filter({ hasText: /gepubliceerd/ })).toHaveText(/Versie \d+ is gepubliceerd; \d+ personen zijn verwittigd\./, { timeout: 30_000 });
	const sentTo = await (await request.get(`/api/v1/ad/${enablerLinks[0].split('/').pop()}/agenda`)).json();
	expect(sentTo.entries.some((e: { kind: string }) => e.kind === 'meeting')).toBe(true);

	// Staff change Case 2's registration from the participant list; it counts at the next solve.
	await page.goto(dayPath);
	await page.getByRole('link', { name: `Inschrijving wijzigen: Case 2 ${stamp}` }).click();
	await expect(page.getByRole('heading', { name: `Inschrijving van Case 2 ${stamp}` })).toBeVisible();
	await expect(page.getByTestId('applies-next-solve')).toContainText('volgende berekening');
	await page.getByLabel('Je vraag voor deze dag').fill('');
	await page.getByRole('button', { name: 'Inschrijving opslaan' }).click();
	await expect(page.getByRole('alert')).toHaveText('Controleer de gemarkeerde velden.');
	await expect(page.getByText('Dit veld is verplicht.')).toBeVisible();
	await page.getByLabel('Je vraag voor deze dag').fill('Wij zoeken vooral juridisch advies');
	await page.getByLabel('Taal van de e-mails').selectOption('en');
	await page.getByRole('button', { name: 'Inschrijving opslaan' }).click();
	await expect(page.getByRole('status')).toHaveText('De inschrijving is opgeslagen.');
	await expectAccessible(page);

	// Enabler 1's agenda on a phone, with .ics and PDF.
	const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'nl-BE' });
	const mobile = await phone.newPage();
	await mobile.goto(`${enablerLinks[0]}/agenda`);
	await expect(mobile.getByRole('heading', { name: 'Je agenda' })).toBeVisible();
	const meetingCount = await mobile.getByText(/^Gesprek met /).count();
	expect(meetingCount).toBeGreaterThan(0);
	expect(await mobile.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1)).toBe(true);
	await expectAccessible(mobile);
	const ics = await mobile.request.get(`${enablerLinks[0]}/agenda.ics`);
	expect(ics.headers()['content-type']).toContain('text/calendar');
	const icsText = await ics.text();
	expect(icsText.match(/BEGIN:VEVENT/g)?.length).toBe(meetingCount);
	expect(icsText).toContain('LOCATION:Tafel');
	const pdf = await mobile.request.get(`${enablerLinks[0]}/agenda.pdf`);
	expect(pdf.headers()['content-type']).toBe('application/pdf');
	const pdfText = (await pdf.body()).toString('latin1');
	expect(pdfText.startsWith('%PDF-1.4')).toBe(true);
	const xrefAt = Number(/startxref\n(\d+)/.exec(pdfText)![1]);
	expect(pdfText.slice(xrefAt, xrefAt + 4)).toBe('xref');
	expect(pdfText).toContain(`Enabler 1 ${stamp}`);
	await phone.close();

	// The day: check in Case 1 by name, mark Enabler 2 as a no-show, refill from round 2.
	await page.goto(dayPath);
	await page.getByRole('link', { name: 'Inchecken' }).click();
	await page.getByLabel('Zoek een naam of scan de QR-code').fill(`Case 1 ${stamp}`);
	await page.getByRole('button', { name: 'Zoeken' }).click();
	await page.getByRole('button', { name: `Inchecken: Case 1 ${stamp}` }).click();
	await expect(page.getByRole('status')).toHaveText(`Case 1 ${stamp} is ingecheckt.`);
	await page.getByLabel('Zoek een naam of scan de QR-code').fill(`Enabler 2 ${stamp}`);
	await page.getByRole('button', { name: 'Zoeken' }).click();
	await page.getByRole('button', { name: `Niet gekomen markeren: Enabler 2 ${stamp}` }).click();
	await expect(page.getByRole('status')).toContainText(`Enabler 2 ${stamp} is als niet gekomen gemarkeerd.`);
	await page.getByLabel('Vanaf ronde').selectOption('1');
	await page.getByRole('button', { name: 'Vrijgekomen plaatsen opnieuw invullen' }).click();
	await expect(page.getByRole('status')).toContainText('Opnieuw ingevuld:');
	const after = await (await request.get(`/api/v1/acceleration-days/${dayId}/timetable`, { headers: auth })).json();
	const enabler2 = (await (await request.get(`/api/v1/ad/${enablerLinks[1].split('/').pop()}/agenda`)).json()).person.id;
	expect(after.meetings.some((m: M) => m.chancegiver === enabler2 && m.slot >= 1)).toBe(false);

	// Ratings open when a meeting starts: not yet (the day is in 2031), on the page nor in the API.
	await page.goto(caseLinks[0]);
	await expect(page.getByTestId('ratings-open-at')).toContainText('2031');
	await page.goto(`${caseLinks[0]}/rate`);
	await expect(page.getByTestId('ratings-not-open')).toContainText('zodra ze begonnen zijn');
	await expect(page.getByRole('button', { name: /Beoordeling opslaan/ })).toHaveCount(0);
	const caseToken = caseLinks[0].split('/').pop();
	const caseAgenda = await (await request.get(`/api/v1/ad/${caseToken}/agenda`)).json();
	const counterpart = caseAgenda.entries.find((e: { kind: string }) => e.kind === 'meeting').with[0].id;
	const early = await request.post(`/api/v1/ad/${caseToken}/ratings`, { data: { counterpartId: counterpart, score: 4 } });
	expect(early.status()).toBe(409);
	expect((await early.json()).error.code).toBe('too_early');

	// After the day (the request clock of decision 062, moved to that evening): Case 1 rates a meeting.
	await page.context().addCookies([{ name: 'sif_clock', value: '2031-03-20T20:00:00.000Z', domain: new URL(page.url()).hostname, path: '/' }]);
	await page.goto(caseLinks[0]);
	await expect(page.getByTestId('ratings-open-at')).toHaveCount(0);
	await page.goto(`${caseLinks[0]}/rate`);
	const firstRating = page.locator('form.card').first();
	await firstRating.getByRole('radio', { name: '4' }).check();
	await firstRating.getByLabel('Er is een vervolg gepland').check();
	await firstRating.getByRole('button', { name: /Beoordeling opslaan/ }).click();
	await expect(page.getByRole('status')).toHaveText('Dank je voor je beoordeling.');
	await page.goto(`${dayPath}/ratings`);
	await expect(page.getByText('Gemiddelde score 4 (1 beoordelingen, 1 met vervolg)')).toBeVisible();
});
