/** `sif cohorts admit` on a test database (the command's own database opening is replaced). */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { PassThrough } from 'node:stream';
import { createTestDb, type TestDb } from '../../lib/server/testing/test-db.ts';
import { systemActor } from '../../lib/server/auth/actor.ts';
import { programmeApplications, programmeCalls, programmes } from '../../lib/server/db/schema/programmes.ts';
import { createUser } from '../../lib/server/services/accounts/users.ts';
import { CliUsageError } from '../framework.ts';

let t: TestDb;
vi.mock('../database.ts', () => ({ withDatabase: (run: (handle: { db: unknown }) => Promise<unknown>) => run({ db: t.db }) }));
const { cohortsAdmit } = await import('./cohorts-admit.ts');

async function admit(values: Record<string, string | boolean>) {
	const stdout = new PassThrough();
	let text = '';
	stdout.on('data', (chunk) => (text += chunk));
	const code = await cohortsAdmit.run({ values, positionals: [], stdout, stderr: new PassThrough(), stdin: new PassThrough() });
	return { code, text };
}

let callId: string;
beforeAll(async () => {
	t = await createTestDb();
	const user = await createUser(t.db, systemActor('cli'), { email: 'cli-applicant@example.be', name: 'Cli Applicant', role: 'innovator', password: 'correct horse battery' });
	const [programme] = await t.db.insert(programmes).values({ name: 'CLI club', kind: 'startup_club' }).returning();
	const [call] = await t.db
		.insert(programmeCalls)
		.values({ programmeId: programme.id, title: 'CLI call', opensAt: new Date('2033-01-01T00:00:00Z'), closesAt: new Date('2033-02-01T00:00:00Z') })
		.returning();
	callId = call.id;
	await t.db.insert(programmeApplications).values({ callId, applicantUserId: user.id, status: 'accepted', submittedAt: new Date('2033-01-05T00:00:00Z') });
});
afterAll(async () => {
	await t?.close();
});

describe('sif cohorts admit', () => {
	it('creates the cohort with the accepted applicants, then reports them as members on a second run', async () => {
		const first = await admit({ call: callId, name: 'CLI cohort', year: '2033' });
		expect(first.code).toBe(0);
		const [head, added] = first.text.trim().split('\n');
		expect(head).toMatch(/^cohort\t[0-9a-f-]{36}\t\(new\)$/);
		expect(added).toMatch(/^added\t[0-9a-f-]{36}\tCli Applicant\tnew directory record$/);
		const cohortId = head.split('\t')[1];
		const again = await admit({ call: callId, cohort: cohortId, json: true });
		const result = JSON.parse(again.text);
		expect(result.added).toEqual([]);
		expect(result.alreadyMembers.map((m: { displayName: string }) => m.displayName)).toEqual(['Cli Applicant']);
	});

	it('asks for the call and a target', async () => {
		await expect(admit({ name: 'X', year: '2033' })).rejects.toBeInstanceOf(CliUsageError);
		await expect(admit({ call: callId })).rejects.toBeInstanceOf(CliUsageError);
		await expect(admit({ call: callId, name: 'No year' })).rejects.toBeInstanceOf(CliUsageError);
	});
});
