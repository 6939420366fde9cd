/**
 * Events, decision 100: a readable address /e/{slug} (old /e/{id} links redirect), a slug
 * clash told by the field, and check-in at the door by camera scan — the explanation when
 * the browser has no BarcodeDetector, a (simulated) scan that checks in, and the manual
 * code field as before.
 */
import { test, expect } from '@playwright/test';
import { admin, expectAccessible, logIn } from './support';

const stamp = Date.now().toString(36);
const slug = `vision-e2e-${stamp}`;

test('an event slug, old links redirecting, and check-in by scan or by code', async ({ page, browser }) => {
	await logIn(page, admin.email, admin.password);
	await page.goto('/events/new');
	await page.getByLabel('Titel').fill(`Visiesessie e2e ${stamp}`);
	await page.getByLabel('Webadres (slug)').fill(slug);
	await page.getByLabel('Begint').fill('2031-06-02T19:00');
	await page.getByLabel('Aantal plaatsen').fill('10');
	await page.getByRole('button', { name: 'Aanmaken' }).click();
	await expect(page.getByRole('heading', { level: 1, name: `Visiesessie e2e ${stamp}` })).toBeVisible();
	const eventId = /\/events\/([0-9a-f-]{36})/.exec(page.url())![1];
	await expect(page.getByText(`/e/${slug}`).first()).toBeVisible();

	// A second event may not take the same address: the message stands by the field.
	await page.goto('/events/new');
	await page.getByLabel('Titel').fill(`Andere ${stamp}`);
	await page.getByLabel('Webadres (slug)').fill(slug);
	await page.getByLabel('Begint').fill('2031-06-03T19:00');
	await page.getByLabel('Aantal plaatsen').fill('5');
	await page.getByRole('button', { name: 'Aanmaken' }).click();
	await expect(page.getByText('Dit webadres is al in gebruik door een ander evenement.')).toBeVisible();
	await page.getByLabel('Webadres (slug)').fill('Niet Goed!');
	await page.getByRole('button', { name: 'Aanmaken' }).click();
	await expect(page.getByText('Gebruik alleen kleine letters (a-z), cijfers en koppeltekens')).toBeVisible();

	// The old address by id redirects to the slug; three people register there.
	const visitor = await browser.newContext({ locale: 'nl-BE', timezoneId: 'Europe/Brussels' });
	const pub = await visitor.newPage();
	const tickets: { url: string; code: string }[] = [];
	for (const name of ['Dirk', 'Eva', 'Fien']) {
		await pub.goto(`/e/${eventId}`);
		await expect(pub).toHaveURL(new RegExp(`/e/${slug}$`));
		await pub.getByLabel('Naam').fill(`${name} Scan`);
		await pub.getByLabel('E-mailadres').fill(`${name.toLowerCase()}-${stamp}@example.test`);
		await pub.getByRole('button', { name: 'Inschrijven' }).click();
		await expect(pub).toHaveURL(new RegExp(`/e/${slug}/ticket/`));
		tickets.push({ url: pub.url(), code: (await pub.getByTestId('ticket-code').innerText()).trim() });
	}
	// A ticket link with the id still opens the ticket (at its slug address).
	await pub.goto(tickets[0].url.replace(`/e/${slug}/`, `/e/${eventId}/`));
	await expect(pub).toHaveURL(tickets[0].url);
	await expect(pub.getByTestId('ticket-code')).toHaveText(tickets[0].code);

	// Check-in: this Chromium has no BarcodeDetector (removed to be sure) — the button explains.
	await page.addInitScript(() => {
		delete (window as { BarcodeDetector?: unknown }).BarcodeDetector;
	});
	await page.goto(`/events/${eventId}/check-in`);
	await page.getByRole('button', { name: 'Camera openen en QR-code scannen' }).click();
	await expect(page.getByTestId('scan-unavailable')).toContainText('Typ de code hieronder of zoek op naam');
	await expectAccessible(page);
	// The manual path as before.
	await page.getByLabel('Code van het ticket').fill(tickets[0].code.toLowerCase());
	await page.getByRole('button', { name: 'Aanmelden', exact: true }).first().click();
	await expect(page.getByText('Dirk Scan is aangemeld.')).toBeVisible();

	// A browser with a detector and a camera: a scanned ticket of another event is refused,
	// then Eva's ticket checks her in without typing.
	const door = await browser.newContext({ locale: 'nl-BE', timezoneId: 'Europe/Brussels', storageState: await page.context().storageState() });
	const scanner = await door.newPage();
	const other = `http://localhost/events/00000000-0000-4000-8000-000000000000/check-in?code=${tickets[1].code}`;
	const mine = `http://localhost/events/${eventId}/check-in?code=${tickets[1].code}`;
	await scanner.addInitScript(
		([first, second]) => {
			let reads = 0;
			class FakeDetector {
				static async getSupportedFormats() {
					return ['qr_code'];
				}
				async detect() {
					reads++;
					return [{ rawValue: reads < 4 ? first : second }];
				}
			}
			(window as unknown as { BarcodeDetector: unknown }).BarcodeDetector = FakeDetector;
			navigator.mediaDevices.getUserMedia = async () => {
				const canvas = document.createElement('canvas');
				canvas.width = 64;
				canvas.height = 48;
				canvas.getContext('2d')!.fillRect(0, 0, 64, 48);
				return canvas.captureStream(5);
			};
		},
		[other, mine]
	);
	await scanner.goto(`/events/${eventId}/check-in`);
	await scanner.getByRole('button', { name: 'Camera openen en QR-code scannen' }).click();
	await expect(scanner.getByText('Deze QR-code hoort bij een ander evenement.')).toBeVisible();
	await expect(scanner.getByText('Eva Scan is aangemeld.')).toBeVisible();
	await expect(scanner.getByTestId('checked-in-count')).toContainText('2');
	await door.close();

	// Staff change the slug: the former address redirects to the new one.
	await page.goto(`/events/${eventId}/edit`);
	await page.getByLabel('Webadres (slug)').fill(`${slug}-brussel`);
	await page.getByRole('button', { name: 'Opslaan' }).click();
	await expect(page).toHaveURL(new RegExp(`/events/${eventId}$`));
	await pub.goto(`/e/${slug}`);
	await expect(pub).toHaveURL(new RegExp(`/e/${slug}-brussel$`));
	await visitor.close();
});
