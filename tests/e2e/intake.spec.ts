/**
 * The innovator's journey (issue IN): a public support request → intake with needs and
 * skills → active → discussed in the weekly review with an action and an introduction →
 * both accept through the e-mail links in the outbox → the follow-up reminder appears when
 * the clock is moved forward (admin "run background tasks as of" on /my-actions, see
 * docs/decisions/062-follow-ups-digests-and-the-clock.md) → exit.
 */
import { expect, test, type Page } from '@playwright/test';
import { admin, expectAccessible, linkFromOutbox, logIn, navLink } from './support.ts';

const stamp = Date.now().toString(36);
const innovator = { name: `Iris Intake ${stamp}`, email: `iris-${stamp}@example.be` };
const partner = { name: `Paul Partner ${stamp}`, email: `paul-${stamp}@example.be` };

async function askSupport(page: Page, who: { name: string; email: string }, title: string) {
	await page.goto('/support');
	await page.getByLabel('Naam', { exact: true }).fill(who.name);
	await page.getByLabel('E-mailadres').fill(who.email);
	await page.getByLabel('Titel').fill(title);
	await page.getByLabel('Welke maatschappelijke nood pak je aan?').fill('Eenzame ouderen eten alleen');
	await page.getByLabel('Soort hulp 1').fill('Financiering');
	await page.getByLabel('Leg kort uit 1').fill('Startkapitaal voor een keuken');
	await page.getByRole('button', { name: 'Aanvraag versturen' }).click();
	await expect(page.getByRole('heading', { name: 'Bedankt!' })).toBeVisible();
}

/** A datetime-local value (Brussels wall clock is close enough: the reminder is due a day earlier). */
function localInput(date: Date) {
	return date.toISOString().slice(0, 16);
}

test('public request → intake → weekly review → double opt-in → follow-up → exit', async ({ browser, page }) => {
	test.setTimeout(180_000);
	const visitor = await browser.newPage();
	await askSupport(visitor, innovator, `Buurtkeuken ${stamp}`);
	await expectAccessible(visitor);
	await askSupport(visitor, partner, `Partnerschap ${stamp}`);
	await visitor.close();

	await logIn(page, admin.email, admin.password);
	await navLink(page, 'Aanvragen').click();
	await expectAccessible(page);
	await page.getByRole('link', { name: innovator.name }).click();
	await expect(page.getByRole('heading', { name: `Traject van ${innovator.name}` })).toBeVisible();
	const caseUrl = page.url();

	// intake: the seed questions, needs and the skills offered to peers, outcome take on
	await page.getByLabel('Is de beoogde maatschappelijke impact duidelijk?').fill('Ja: minder eenzaamheid');
	await page.locator('#rec-needCategory0').fill('legal');
	await page.locator('#rec-needText0').fill('Welke rechtsvorm?');
	await page.locator('#rec-offers').fill('design');
	await page.getByLabel('begeleiden').check();
	await page.getByRole('button', { name: 'Vastleggen en e-mail sturen' }).click();
	await expect(page.getByText('actief', { exact: true }).first()).toBeVisible();
	await expectAccessible(page);

	// the weekly review: open a meeting, find the case, advise, add an action and an introduction
	await navLink(page, 'Weekoverleg').click();
	await expectAccessible(page);
	const open = page.getByRole('button', { name: 'Overleg openen' });
	if (await open.isVisible()) await open.click();
	else await page.getByRole('link', { name: 'Verder met het overleg' }).click();
	await expect(page).toHaveURL(/\/review\/[0-9a-f-]{36}/);
	await page.getByRole('navigation', { name: 'Navigatie in het overleg' }).getByRole('link', { name: innovator.name }).click();
	await expect(page.getByRole('heading', { name: new RegExp(`${innovator.name} — Buurtkeuken`) })).toBeVisible();
	await expectAccessible(page);
	const itemUrl = page.url();
	await page.getByRole('button', { name: 'Actie toevoegen' }).scrollIntoViewIfNeeded();
	await page.getByLabel('Actie', { exact: true }).fill(`Bel de notaris ${stamp}`);
	await page.getByLabel('Tegen').fill('2026-12-31');
	await page.getByRole('button', { name: 'Actie toevoegen' }).click();
	await expect(page.getByRole('status')).toHaveText('Bewaard.');
	await page.getByLabel('Met wie?').selectOption({ label: `${partner.name} (innovator)` });
	await page.getByLabel('Voor welke nood?').selectOption({ label: 'funding: Startkapitaal voor een keuken' });
	await page.locator('#review-intro-note').fill('Paul kent de buurt');
	await page.getByLabel('Meteen de opt-in e-mails versturen').check();
	await page.getByRole('button', { name: 'Voorstellen' }).click();
	await expect(page.getByText(`Introductie met ${partner.name} · verstuurd`)).toBeVisible();
	// keyboard: a focuses the advice; saving moves on
	await page.locator('body').click({ position: { x: 1, y: 1 } });
	await page.keyboard.press('a');
	await expect(page.getByLabel('Advies van het team', { exact: true })).toBeFocused();
	await page.keyboard.type('Zoek een financier in de buurt');
	await page.getByRole('button', { name: 'Advies bewaren en volgende' }).click();
	await page.goto(itemUrl);
	await expect(page.getByText('besproken', { exact: true }).first()).toBeVisible();

	// minutes: printable page and CSV export with the advice
	await page.getByRole('link', { name: 'Verslag' }).first().click();
	await expect(page.getByText('Zoek een financier in de buurt')).toBeVisible();
	await expectAccessible(page);
	const csv = await page.request.get(page.url().replace(/\/minutes$/, '/minutes.csv'));
	expect(await csv.text()).toContain(`Bel de notaris ${stamp}`);

	// both accept through their links; a used link says so
	const innovatorLink = await linkFromOutbox(page, innovator.email, '/intro/');
	const partnerLink = await linkFromOutbox(page, partner.email, '/intro/');
	const other = await browser.newPage();
	await other.goto(innovatorLink);
	await expect(other.getByText(`de Sociale Innovatiefabriek wil je in contact brengen met ${partner.name}`)).toBeVisible();
	await expectAccessible(other);
	await other.getByRole('button', { name: 'Ja, graag' }).click();
	await expect(other.getByRole('status')).toContainText('zodra de andere persoon ook akkoord gaat');
	await other.goto(partnerLink);
	await other.getByRole('button', { name: 'Ja, graag' }).click();
	await expect(other.getByRole('status')).toContainText('Jullie gingen allebei akkoord');
	await other.goto(innovatorLink);
	await expect(other.getByRole('alert')).toHaveText('Deze link werd al gebruikt.');
	await other.close();
	await page.goto(`/admin/outbox?to=${encodeURIComponent(partner.email)}`);
	await expect(page.getByRole('link', { name: `Jullie zijn in contact: ${innovator.name}` })).toBeVisible();

	// my actions: the action is listed and can be ticked off
	await navLink(page, 'Mijn acties').click();
	await expectAccessible(page);
	await page.getByRole('button', { name: `Gedaan: Bel de notaris ${stamp}` }).click();
	await expect(page.getByRole('button', { name: `Opnieuw openen: Bel de notaris ${stamp}` })).toBeVisible();

	// move the clock 22 days forward: the 3-week follow-up appears, and comes in the digest
	await page.getByLabel('Alsof het dit tijdstip is').fill(localInput(new Date(Date.now() + 22 * 24 * 3600 * 1000)));
	await page.getByRole('button', { name: 'Uitvoeren' }).click();
	await expect(page.getByRole('status')).toContainText('1 herinneringen');
	const followUp = `Wat kwam er uit de introductie tussen ${innovator.name} en ${partner.name}? (3 weken na het akkoord)`;
	await expect(page.getByRole('link', { name: followUp })).toBeVisible();
	await page.goto(`/admin/outbox?to=${encodeURIComponent(admin.email)}`);
	await page.getByRole('link', { name: /^Sif: \d+ meldingen$/ }).first().click();
	await expect(page.locator('pre.mail')).toContainText(followUp);

	// record the outcome on the case; it shows on the timeline
	await page.goto(caseUrl);
	await expect(page.getByText('Zoek een financier in de buurt')).toBeVisible();
	await page.getByLabel('Resultaat noteren', { exact: true }).selectOption('funding');
	await page.getByLabel('Bedrag (euro)').fill('2500');
	await page.getByRole('button', { name: 'Resultaat noteren' }).click();
	await expect(page.getByText('resultaat genoteerd').first()).toBeVisible();

	// exit: the conversation's checklist, then the exit itself
	await page.getByLabel('Wat loopt door?').fill('De keuken draait zelfstandig');
	await page.getByLabel('Bij wie kan de innovator nog terecht?').fill('Paul, de buurtwerker');
	await page.getByLabel('Opgenomen in het alumninetwerk').check();
	// The status may still say 'Bewaard.' from the outcome: wait until the save has been
	// answered and the page data (with the case's new version) reloaded.
	const reloaded = page.waitForResponse((r) => r.url().includes('/__data.json') && r.request().method() === 'GET');
	await page.getByRole('button', { name: 'Afronding bewaren' }).click();
	await reloaded;
	await expect(page.getByRole('status')).toHaveText('Bewaard.');
	await page.locator('#field-state-reason, #state-reason').first().fill('Zes maanden voorbij, doelen gehaald');
	await page.getByRole('button', { name: 'Afronden' }).click();
	await expect(page.getByText('afgerond', { exact: true }).first()).toBeVisible();
	await expectAccessible(page);

	// the report draws the funnel
	await navLink(page, 'Rapporten').click();
	await expect(page.getByRole('img', { name: 'Trechter' })).toBeVisible();
	await expectAccessible(page);
});
