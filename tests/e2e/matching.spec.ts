/**
 * Matchmaking (issue MM): staff see suggestions with reasons for an innovator's open
 * need on the case page, dismiss one with a reason (it does not come back) and accept
 * another (an introduction is proposed); the network gaps and weights pages work.
 */
import { test, expect } from '@playwright/test';
import { admin, expectAccessible, logIn, navLink } from './support';

const stamp = Date.now().toString(36);

test('suggestions on the case page: reasons, dismiss with a reason, accept proposes an introduction', async ({ page }) => {
	await logIn(page, admin.email, admin.password);
	const api = page.request;

	// An innovator with a procurement need (public support request), and chancegivers who offer it.
	const request = await api.post('/api/v1/support-requests', {
		data: {
			name: `Ilse Innovator ${stamp}`,
			email: `ilse-${stamp}@example.be`,
			language: 'nl',
			initiative: { title: `Buurtmaaltijd ${stamp}`, societalNeed: 'Ouderen eten alleen', themes: ['poverty'], stage: 'pilot' },
			needs: [{ category: 'procurement', text: 'Hoe schrijven we in op een overheidsopdracht voor schoolmaaltijden?' }]
		}
	});
	expect(request.status(), await request.text()).toBe(201);
	const engagementId = (await request.json()).id as string;

	const names = [`Olga Opdracht ${stamp}`, `Bram Bestek ${stamp}`, `Carla Contract ${stamp}`];
	const ids: Record<string, string> = {};
	for (const [i, name] of names.entries()) {
		const created = await api.post('/api/v1/people', {
			data: {
				name,
				email: `cg${i}-${stamp}@example.be`,
				locale: 'nl',
				roles: ['chancegiver'],
				chancegiverRoles: ['expert'],
				offers: ['procurement'],
				themes: ['poverty'],
				bio: 'Ervaring met overheidsopdrachten, bestekken en inschrijvingen voor schoolmaaltijden.'
			}
		});
		expect(created.status(), await created.text()).toBe(201);
		ids[name] = (await created.json()).id;
	}

	const engagements = await (await api.get('/api/v1/engagements')).json();
	const engagement = engagements.items.find((e: { id: string }) => e.id === engagementId);
	const needId = engagement.openNeeds[0].id as string;

	// The case page shows the suggestions with their reasons.
	await page.goto(`/cases/${engagementId}`);
	const panel = page.locator('#matching-suggestions');
	await expect(panel.getByRole('heading', { name: 'Wie kan helpen?' })).toBeVisible();
	for (const name of names) await expect(panel.getByRole('link', { name })).toBeVisible();
	const olga = panel.locator('li.match-item', { has: page.getByRole('link', { name: names[0] }) });
	await expect(olga.locator('.match-reasons')).toContainText('biedt overheidsopdrachten');
	await expect(olga.locator('.match-reasons')).toContainText('thema armoede');
	await expect(olga.locator('.match-reasons')).toContainText('spreekt Nederlands');
	await expectAccessible(page);

	// Dismiss Bram with a reason: he is gone, also after a reload.
	const bram = panel.locator('li.match-item', { has: page.getByRole('link', { name: names[1] }) });
	await bram.getByLabel('Reden').selectOption('already-in-contact');
	await bram.getByRole('button', { name: 'Afwijzen' }).click();
	await expect(page.getByRole('status').filter({ hasText: `${names[1]} wordt niet meer voorgesteld.` })).toBeVisible();
	await expect(panel.getByRole('link', { name: names[1] })).toHaveCount(0);
	await page.reload();
	await expect(panel.getByRole('link', { name: names[0] })).toBeVisible();
	await expect(panel.getByRole('link', { name: names[1] })).toHaveCount(0);

	// Accept Olga: an introduction is proposed for the need.
	await olga.getByRole('button', { name: 'Introductie voorstellen' }).click();
	await expect(page.getByRole('status').filter({ hasText: `Introductie met ${names[0]} voorgesteld.` })).toBeVisible();
	await expect(olga.locator('.match-reasons')).toContainText('al 1 keer voorgesteld');

	// The API agrees: Bram never returns, Olga is marked as introduced.
	const suggestions = await (await api.get(`/api/v1/needs/${needId}/suggestions?limit=10`)).json();
	const shown = suggestions.items.map((i: { person: { id: string } }) => i.person.id);
	expect(shown).not.toContain(ids[names[1]]);
	expect(shown).toContain(ids[names[2]]);
	expect(suggestions.items.find((i: { person: { id: string } }) => i.person.id === ids[names[0]]).reasons).toContain('al 1 keer voorgesteld');

	// The chancegiver's page lists the innovator she could help; a capacity of 0 takes her out.
	await page.goto(`/people/${ids[names[2]]}`);
	await expect(page.locator('#matching-could-help')).toContainText(`Ilse Innovator ${stamp}`);
	await page.getByLabel('Introducties per maand').fill('0');
	await page.getByRole('button', { name: 'Capaciteit bewaren' }).click();
	await expect(page.locator('#matching-could-help')).not.toContainText(`Ilse Innovator ${stamp}`);
	await expect(page.getByLabel('Introducties per maand')).toHaveValue('0');
	await expectAccessible(page);
	const after = await (await api.get(`/api/v1/needs/${needId}/suggestions`)).json();
	expect(after.items.map((i: { person: { id: string } }) => i.person.id)).not.toContain(ids[names[2]]);

	// The innovator's own page shows the suggestions for her open need.
	await page.goto(`/people/${engagement.person.id}`);
	await expect(page.locator('#matching-suggestions').getByRole('link', { name: names[0] })).toBeVisible();

	// Network gaps: the dismissal reason is reported; the page is accessible.
	await navLink(page, 'Netwerkgaten').click();
	await expect(page.getByRole('heading', { level: 1, name: 'Netwerkgaten' })).toBeVisible();
	await expect(page.locator('#dismissals')).toContainText('al in contact');
	await expect(page.getByRole('img', { name: 'Open noden per categorie, met het deel zonder goede match' })).toBeVisible();
	await expectAccessible(page);

	// Weights: a preview before saving.
	await page.goto('/matching/settings');
	await page.getByLabel('Minimumscore').fill('0.99');
	await page.getByRole('button', { name: 'Voorbeeld bekijken' }).click();
	await expect(page.locator('#weights-preview')).toContainText('valt weg');
	await expectAccessible(page);
});
