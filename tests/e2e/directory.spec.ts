/**
 * The shared directory (issue F2, directory part): staff add an organisation (a KBO number
 * with a wrong check digit is refused next to the field), add people, find one by a
 * misspelt name, merge a duplicate with a preview, export a person's data and erase a
 * person on request; the taxonomy page is there to edit the shared vocabulary.
 */
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { admin, expectAccessible, logIn, navLink } from './support';

const stamp = Date.now().toString(36);
/** A valid enterprise number that no other run used: 0 + 7 digits, then 97 - (base mod 97). */
function enterpriseNumber(): string {
	const base = Number(`0${String(Date.now()).slice(-7)}`);
	const digits = `${String(base).padStart(8, '0')}${String(97 - (base % 97)).padStart(2, '0')}`;
	return `${digits.slice(0, 4)}.${digits.slice(4, 7)}.${digits.slice(7)}`;
}
const orgName = `Buurtatelier Vorst ${stamp}`;
const surname = 'Vandekerckhove';
const first = `Griet${stamp.replace(/[0-9]/g, '')}`;

test('staff find a misspelt name, merge a duplicate, export and erase a person', async ({ page }) => {
	// A long journey on a shared, busy machine.
	test.setTimeout(300_000);
	await logIn(page, admin.email, admin.password);

	// An organisation: a wrong check digit is refused next to the field.
	await navLink(page, 'Organisaties').click();
	await expect(page).toHaveURL(/\/organisations$/);
	await expectAccessible(page);
	await page.getByRole('link', { name: 'Nieuwe organisatie' }).click();
	await page.getByLabel('Naam').fill(orgName);
	await page.getByLabel('Rechtsvorm').selectOption('vzw');
	await page.getByLabel('Ondernemingsnummer (KBO)').fill('0123.456.748');
	await page.getByLabel('Helix').selectOption('civil_society');
	await expectAccessible(page);
	await page.getByRole('button', { name: 'Opslaan' }).click();
	await expect(page.getByText('Dit ondernemingsnummer klopt niet (controlegetal mod 97).')).toBeVisible();
	await page.getByLabel('Ondernemingsnummer (KBO)').fill(enterpriseNumber());
	await page.getByRole('button', { name: 'Opslaan' }).click();
	await expect(page.getByRole('heading', { level: 1, name: orgName })).toBeVisible();
	const orgUrl = page.url();

	// Two records of the same person: one with an e-mail, one typed in later by someone else.
	for (const email of [`griet-${stamp}@example.test`, `g.vdk-${stamp}@example.test`]) {
		await navLink(page, 'Mensen').click();
		await page.getByRole('link', { name: 'Nieuwe persoon' }).click();
		await page.getByLabel('Naam', { exact: true }).fill(`${first} ${surname}`);
		await page.getByLabel('E-mail', { exact: true }).fill(email);
		await page.getByLabel('Korte bio').fill('Herstelt fietsen met jongeren uit de buurt');
		await page.getByRole('button', { name: 'Opslaan' }).click();
		await expect(page.getByRole('heading', { level: 1, name: `${first} ${surname}` })).toBeVisible();
	}
	await expectAccessible(page);

	// Link the person to the organisation, with a function.
	await page.goto(orgUrl);
	await page.getByLabel('Zoek een persoon in de gids').fill(`${first} ${surname}`);
	await page.getByRole('button', { name: 'Zoeken' }).click();
	await page.getByLabel('Functie').fill('coördinator');
	await page.getByRole('button', { name: 'Persoon koppelen' }).click();
	await expect(page.getByRole('link', { name: `${first} ${surname}` })).toBeVisible();
	await expectAccessible(page);

	// A misspelt name finds them (trigram similarity), with the organisation in the list.
	await navLink(page, 'Mensen').click();
	await page.getByLabel('Zoeken').fill(`${first} Vandekerkhove`);
	await page.getByRole('button', { name: 'Zoeken' }).click();
	await expect(page.getByRole('link', { name: `${first} ${surname}` }).first()).toBeVisible();
	await expect(page.getByRole('cell', { name: orgName })).toBeVisible();
	await expectAccessible(page);

	// Save the filter and apply it again.
	await page.getByText('Bewaarde filters').click();
	await page.getByLabel('Naam van de filter').fill(`Griet ${stamp}`);
	await page.getByRole('button', { name: 'Filter bewaren' }).click();
	await expect(page.getByText('Filter bewaard.')).toBeVisible();
	await page.goto('/people');
	await page.getByText('Bewaarde filters').click();
	await page.getByRole('link', { name: `Griet ${stamp}` }).click();
	await expect(page.getByLabel('Zoeken')).toHaveValue(`${first} Vandekerkhove`);

	// The duplicate is flagged; the merge shows what will happen, then moves everything.
	await page.getByRole('link', { name: 'Mogelijke dubbels' }).click();
	await expectAccessible(page);
	await page.getByRole('row', { name: new RegExp(`${first} ${surname}`) }).getByRole('link', { name: 'Samenvoegen met…' }).click();
	await expect(page.getByRole('heading', { name: 'Het behouden record na samenvoegen' })).toBeVisible();
	await expectAccessible(page);
	await page.getByRole('button', { name: /^Voeg .* samen in / }).click();
	await expect(page.getByText('Opgeslagen.')).toBeVisible();
	const keptUrl = page.url();
	await expect(page.getByText(`g.vdk-${stamp}@example.test`)).toBeVisible();

	// Consent with its date and source.
	await page.getByLabel('Doel').selectOption('newsletter');
	await page.getByLabel('Bron').selectOption('paper');
	await page.getByLabel('Datum van het antwoord').fill('2026-01-15');
	await page.getByRole('button', { name: 'Toestemming vastleggen' }).click();
	await expect(page.getByText('Toestemming vastgelegd.')).toBeVisible();

	// The person's full data export (JSON).
	const downloading = page.waitForEvent('download');
	await page.getByRole('link', { name: 'Gegevens exporteren (JSON)' }).click();
	const exported = JSON.parse(readFileSync((await (await downloading).path())!, 'utf8'));
	expect(exported.person.displayName).toBe(`${first} ${surname}`);
	expect(exported.person.organisations[0].name).toBe(orgName);
	expect(exported.person.consents[0]).toMatchObject({ purpose: 'newsletter', source: 'paper' });

	// Erasure on request, after a confirmation dialog.
	await page.goto(keptUrl);
	await page.locator('summary', { hasText: 'Persoon wissen (AVG)' }).click();
	await page.getByRole('button', { name: /Persoon wissen \(AVG\)\s*: / }).click();
	const dialog = page.getByRole('alertdialog');
	await expect(dialog).toBeVisible();
	await expectAccessible(page);
	await dialog.getByRole('button', { name: 'Ja, wissen' }).click();
	await expect(page.getByText(/Deze persoon is gewist op/)).toBeVisible();
	await expect(page.getByRole('heading', { level: 1 })).not.toContainText(surname);
	// Gone from the search; the organisation still counts the (anonymous) member.
	await page.goto(`/people?q=${encodeURIComponent(`${first} ${surname}`)}`);
	await expect(page.getByRole('link', { name: `${first} ${surname}` })).toHaveCount(0);
	await page.goto(orgUrl);
	await expect(page.getByRole('link', { name: 'Gewiste persoon' })).toBeVisible();

	// The taxonomy is edited by staff.
	await page.goto('/admin/taxonomy');
	await expect(page.getByRole('heading', { level: 1, name: 'Taxonomie' })).toBeVisible();
	await page.getByLabel('Sleutel', { exact: true }).fill(`e2e-${stamp}`);
	await page.getByLabel('Label (nl)', { exact: true }).fill(`Deelfietsen ${stamp}`);
	await page.getByLabel('Label (fr)', { exact: true }).fill(`Vélos partagés ${stamp}`);
	await page.getByLabel('Label (en)', { exact: true }).fill(`Shared bikes ${stamp}`);
	await page.getByRole('button', { name: 'Term toevoegen' }).click();
	await expect(page.getByText(`Term e2e-${stamp} toegevoegd.`)).toBeVisible();
	await expectAccessible(page);
});
