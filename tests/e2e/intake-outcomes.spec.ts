/**
 * Intake outcomes other than "take on" (issue IN, decision 060), on the case page: refer
 * elsewhere and not now (recorded with the intake, each e-mailing the innovator — checked in
 * the outbox), and pausing a running case (a state change with its reason; no e-mail).
 * Requests are entered by a signed-in staff member, so the public form's rate limit does
 * not apply.
 */
import { expect, test, type Page } from '@playwright/test';
import { admin, logIn, navLink } from './support.ts';

const stamp = Date.now().toString(36);
const cases = {
	refer: { name: `Rita Refer ${stamp}`, email: `rita-${stamp}@example.be`, title: `Repair café ${stamp}` },
	notNow: { name: `Nico Later ${stamp}`, email: `nico-${stamp}@example.be`, title: `Deelfietsen ${stamp}` },
	pause: { name: `Pia Pauze ${stamp}`, email: `pia-${stamp}@example.be`, title: `Moestuin ${stamp}` }
};

async function askSupport(page: Page, who: { name: string; email: string; title: string }) {
	await page.goto('/support');
	await page.getByLabel('Naam', { exact: true }).fill(who.name);
	await page.getByLabel('E-mailadres').fill(who.email);
	await page.getByLabel('Titel').fill(who.title);
	await page.getByLabel('Welke maatschappelijke nood pak je aan?').fill('Te veel spullen belanden bij het afval');
	await page.getByLabel('Soort hulp 1').fill('Advies');
	await page.getByLabel('Leg kort uit 1').fill('Hoe starten we?');
	await page.getByRole('button', { name: 'Aanvraag versturen' }).click();
	await expect(page.getByRole('heading', { name: 'Bedankt!' })).toBeVisible();
}

async function openCase(page: Page, name: string) {
	await navLink(page, 'Aanvragen').click();
	await page.getByRole('link', { name }).click();
	await expect(page.getByRole('heading', { name: `Traject van ${name}` })).toBeVisible();
}

/** The intake's outcome with its reason; the form records it and e-mails the innovator. */
async function recordOutcome(page: Page, outcome: 'begeleiden' | 'doorverwijzen' | 'nu niet', reason: string, referredTo?: string) {
	await page.getByRole('radio', { name: outcome, exact: true }).check();
	if (referredTo) await page.locator('#rec-referredTo').fill(referredTo);
	await page.locator('#rec-reason').fill(reason);
	await page.getByRole('button', { name: 'Vastleggen en e-mail sturen' }).click();
}

const stateBadge = (page: Page, state: string) => page.locator('h1 + p .badge', { hasText: new RegExp(`^${state}$`) });

async function expectMail(page: Page, to: string, subject: string, body: string) {
	await page.goto(`/admin/outbox?to=${encodeURIComponent(to)}`);
	await page.getByRole('link', { name: subject }).click();
	await expect(page.locator('pre.mail')).toContainText(body);
}

test('refer elsewhere, not now and pause on the case page', async ({ page }) => {
	test.setTimeout(60_000);
	await logIn(page, admin.email, admin.password);
	for (const who of Object.values(cases)) await askSupport(page, who);

	// refer elsewhere: to whom and why; the case is referred out, the innovator hears where to go
	await openCase(page, cases.refer.name);
	await recordOutcome(page, 'doorverwijzen', 'Zij hebben een werkplaats', 'Repair Café Gent');
	await expect(stateBadge(page, 'doorverwezen')).toBeVisible();
	await expect(page.getByRole('button', { name: 'Vastleggen en e-mail sturen' })).toHaveCount(0);
	await expectMail(page, cases.refer.email, `Een betere plek voor je vraag: ${cases.refer.title}`, 'We denken dat Repair Café Gent je beter kan helpen.');

	// not now: a reason is required; the case ends, the innovator may come back later
	await openCase(page, cases.notNow.name);
	await page.getByRole('radio', { name: 'nu niet', exact: true }).check();
	await page.getByRole('button', { name: 'Vastleggen en e-mail sturen' }).click();
	expect(await page.locator('#rec-reason').evaluate((el) => (el as HTMLInputElement).validity.valueMissing)).toBe(true);
	await expect(stateBadge(page, 'aangevraagd')).toBeVisible();
	await recordOutcome(page, 'nu niet', 'Eerst een kernteam vormen');
	await expect(stateBadge(page, 'afgerond')).toBeVisible();
	await expectMail(page, cases.notNow.email, `Over je aanvraag: ${cases.notNow.title}`, 'Eerst een kernteam vormen');

	// pause: take the case on, then pause it with a reason; the history shows the move, no e-mail goes out
	await openCase(page, cases.pause.name);
	await recordOutcome(page, 'begeleiden', 'Sterk idee');
	await expect(stateBadge(page, 'actief')).toBeVisible();
	const caseUrl = page.url();
	const outbox = `/admin/outbox?to=${encodeURIComponent(cases.pause.email)}`;
	await page.goto(outbox);
	await expect(page.getByRole('link', { name: `We gaan met je aan de slag: ${cases.pause.title}` })).toBeVisible();
	const mailsBefore = await page.locator('table a').count();
	await page.goto(caseUrl);
	await page.locator('#state-reason').fill('Zomerstop van het team');
	await page.getByRole('button', { name: 'Pauzeren' }).click();
	await expect(stateBadge(page, 'gepauzeerd')).toBeVisible();
	await expect(page.getByRole('row', { name: /actief → gepauzeerd Zomerstop van het team/ })).toBeVisible();
	await expect(page.getByRole('button', { name: 'Hervatten' })).toBeVisible();
	await page.goto(outbox);
	await expect(page.locator('table a')).toHaveCount(mailsBefore);
});
