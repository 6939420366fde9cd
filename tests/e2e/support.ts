/** Shared steps for the end-to-end journeys. */
import { expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

export const admin = { name: 'Kaat Peeters', email: 'kaat@sif.test', password: 'e2e-admin-password' };

export async function logIn(page: Page, email: string, password: string) {
	await page.goto('/login');
	await page.getByLabel(/e-mail/i).fill(email);
	await page.getByLabel(/wachtwoord|mot de passe|password/i).fill(password);
	await page.getByRole('button', { name: /aanmelden|se connecter|log in/i }).click();
	await expect(page).not.toHaveURL(/\/login/);
}

/** A link in the main navigation (the dashboard has links with the same words). */
export function navLink(page: Page, name: string) {
	return page.getByRole('navigation', { name: /hoofdnavigatie|navigation principale|main navigation/i }).getByRole('link', { name });
}

export async function logOut(page: Page) {
	await page.getByRole('button', { name: /afmelden|se déconnecter|log out/i }).click();
	await expect(page).toHaveURL(/\/login/);
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core on the current page: no serious or critical violation. */
export async function expectAccessible(page: Page) {
	await page.evaluate(axeSource);
	const violations = await page.evaluate(async () => {
		// @ts-expect-error axe is injected above
		const result = await window.axe.run(document, { resultTypes: ['violations'] });
		return (result.violations as { id: string; impact: string; nodes: { target: string[] }[] }[])
			.filter((v) => v.impact === 'serious' || v.impact === 'critical')
			.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
	});
	expect(violations, `axe on ${page.url()}`).toEqual([]);
}

/** The first link in an outbox e-mail to `to` whose path starts with `prefix`. */
export async function linkFromOutbox(page: Page, to: string, prefix: string): Promise<string> {
	await page.goto(`/admin/outbox?to=${encodeURIComponent(to)}`);
	await page.locator('table a').first().click();
	await expect(page.locator('pre.mail')).toBeVisible();
	const text = await page.locator('pre.mail').innerText();
	const match = new RegExp(`https?://\\S+${prefix}\\S+`).exec(text);
	expect(match, `a ${prefix} link in the e-mail to ${to}`).not.toBeNull();
	return new URL(match![0]).pathname;
}
