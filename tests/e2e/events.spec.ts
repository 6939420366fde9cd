/**
 * Events (issue PE): staff create an event with a workshop choice; people register on the
 * public page without an account until it fills up; a cancellation through the ticket
 * link promotes the first on the waitlist; check-in at the door by code and by name.
 */
import { test, expect, type Page } from '@playwright/test';
import { admin, expectAccessible, logIn, navLink } from './support';

const stamp = Date.now().toString(36);
const title = `System Shakers e2e ${stamp}`;

async function registerPublicly(page: Page, eventPath: string, name: string, email: string, workshop: string) {
	await page.goto(eventPath);
	await page.getByLabel('Naam').fill(name);
	await page.getByLabel('E-mailadres').fill(email);
	await page.getByRole('checkbox', { name: new RegExp(workshop) }).check();
	await page.getByLabel('Dieetwensen').fill('vegetarisch');
	await page.getByRole('button', { name: 'Inschrijven' }).click();
	await expect(page).toHaveURL(/\/ticket\//);
	return page.url();
}

test('an event with a workshop choice fills up, the waitlist promotes on a cancellation, check-in', async ({ page, browser }) => {
	await logIn(page, admin.email, admin.password);
	await navLink(page, 'Evenementen').click();
	await expect(page).toHaveURL(/\/events$/);
	await page.getByRole('link', { name: 'Nieuw evenement' }).click();
	await page.getByLabel('Titel').fill(title);
	await page.getByLabel('Soort').selectOption('system_shakers');
	await page.getByLabel('Begint').fill('2031-05-12T18:30');
	await page.getByLabel('Aantal plaatsen').fill('2');
	await page.getByLabel('Workshop 1', { exact: true }).fill('Pitchen');
	await page.getByLabel('Plaatsen 1', { exact: true }).fill('1');
	await page.getByLabel('Workshop 2', { exact: true }).fill('Business modelling');
	await page.getByLabel('Plaatsen 2', { exact: true }).fill('10');
	await expectAccessible(page);
	await page.getByRole('button', { name: 'Aanmaken' }).click();
	await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
	const eventId = /\/events\/([0-9a-f-]{36})/.exec(page.url())![1];
	await expectAccessible(page);

	// The public page, without an account.
	const visitor = await browser.newContext({ locale: 'nl-BE', timezoneId: 'Europe/Brussels' });
	const pub = await visitor.newPage();
	const ann = await registerPublicly(pub, `/e/${eventId}`, 'Ann Public', `ann-${stamp}@example.test`, 'Pitchen');
	await expect(pub.getByTestId('ticket-status')).toContainText('ingeschreven');
	await expect(pub.locator('.ticket-qr svg')).toBeVisible();
	await expectAccessible(pub);
	await registerPublicly(pub, `/e/${eventId}`, 'Bert Public', `bert-${stamp}@example.test`, 'Pitchen');
	await expect(pub.getByTestId('ticket-status')).toContainText('ingeschreven');
	await expect(pub.getByText('Pitchen: wachtlijst')).toBeVisible();
	// Full now: the third person lands on the waitlist.
	await pub.goto(`/e/${eventId}`);
	await expect(pub.getByTestId('event-full')).toBeVisible();
	const cleo = await registerPublicly(pub, `/e/${eventId}`, 'Cleo Public', `cleo-${stamp}@example.test`, 'Business modelling');
	await expect(pub.getByTestId('ticket-status')).toContainText('wachtlijst (plaats 1)');
	// The same e-mail twice is refused next to the field.
	await pub.goto(`/e/${eventId}`);
	await pub.getByLabel('Naam').fill('Ann Again');
	await pub.getByLabel('E-mailadres').fill(`ANN-${stamp}@example.test`);
	await pub.getByRole('button', { name: 'Inschrijven' }).click();
	await expect(pub.getByText('Dit e-mailadres is al ingeschreven voor dit evenement.').first()).toBeVisible();

	// Staff see the counts.
	await page.reload();
	await expect(page.getByTestId('count-confirmed')).toContainText('2');
	await expect(page.getByTestId('count-waitlisted')).toContainText('1');

	// Ann cancels through her ticket link: Cleo moves up, Bert gets the Pitchen place.
	await pub.goto(ann);
	await pub.getByRole('button', { name: 'Mijn inschrijving annuleren' }).click();
	await pub.getByRole('alertdialog').getByRole('button', { name: 'Mijn inschrijving annuleren' }).click();
	await expect(pub.getByTestId('ticket-status')).toContainText('geannuleerd');
	await pub.goto(cleo);
	await expect(pub.getByTestId('ticket-status')).toContainText('ingeschreven');
	const cleoCode = (await pub.getByTestId('ticket-code').innerText()).trim();
	await page.reload();
	await expect(page.getByTestId('count-confirmed')).toContainText('2');
	await expect(page.getByTestId('count-waitlisted')).toContainText('0');
	await expect(page.getByRole('row', { name: /Bert Public/ })).toContainText('Pitchen (bevestigd)');

	// Check-in at the door: Cleo by the code on her ticket, Bert by name.
	await page.getByRole('link', { name: 'Check-in aan de deur' }).click();
	await page.getByLabel('Code van het ticket').fill(cleoCode.toLowerCase());
	await page.getByRole('button', { name: 'Aanmelden', exact: true }).click();
	await expect(page.getByText('Cleo Public is aangemeld.')).toBeVisible();
	await page.getByLabel('Zoek op naam, e-mail of code').fill('Bert');
	await page.getByRole('button', { name: 'Zoeken' }).click();
	await page.getByTestId('checkin-match').getByRole('button', { name: /Aanmelden/ }).click();
	await expect(page.getByText('Bert Public is aangemeld.')).toBeVisible();
	await expect(page.getByTestId('checked-in-count')).toContainText('2');
	await expectAccessible(page);

	// Staff open the survey (edit form); Cleo answers it through her ticket link.
	await page.goto(`/events/${eventId}/edit`);
	await page.getByLabel('Bevraging achteraf open').check();
	await page.getByRole('button', { name: 'Opslaan' }).click();
	await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
	await pub.goto(cleo);
	await pub.getByRole('link', { name: 'Hoe was het?' }).click();
	await pub.getByRole('button', { name: 'Versturen' }).click();
	await expect(pub.getByText('Kies een score van 1 tot 5.').first()).toBeVisible();
	await pub.getByRole('radio', { name: '5' }).check();
	await pub.getByLabel('Wat wil je ons nog zeggen?').fill('Inspirerend!');
	await pub.getByRole('button', { name: 'Versturen' }).click();
	await expect(pub.getByText('Bedankt voor je antwoord!')).toBeVisible();

	// Badges and the report.
	await page.goto(`/events/${eventId}/badges`);
	await expect(page.getByTestId('badge')).toHaveCount(2);
	await page.goto(`/events/${eventId}/report`);
	await expect(page.getByTestId('report-checked-in')).toHaveText('2');
	await expect(page.getByTestId('survey-responses')).toHaveText('1');
	await expect(page.getByText('Inspirerend!')).toBeVisible();
	await expectAccessible(page);
	await visitor.close();
});
