/** `sif programmes report` as an operator runs it: a real process on an embedded data dir. */
import { describe, expect, it } from 'vitest';
import { embeddedCli } from '../cli-process-test.ts';
import { openDatabase } from '../../lib/server/db/client.ts';
import { migrateDatabase } from '../../lib/server/db/migrate.ts';
import { users } from '../../lib/server/db/schema/core.ts';
import { programmeApplications, programmeCalls, programmes } from '../../lib/server/db/schema/programmes.ts';

const { dataDir, sif } = embeddedCli('sif-programmes-report-');

describe('sif programmes report', () => {
	it('prints the report as text, CSV or JSON; refuses bad input', async () => {
		const handle = await openDatabase({ dataDir });
		await migrateDatabase(handle);
		const [programme] = await handle.db.insert(programmes).values({ name: 'CLI club', kind: 'scalers_club' }).returning();
		const [call] = await handle.db
			.insert(programmeCalls)
			.values({ programmeId: programme.id, title: 'CLI call', opensAt: new Date('2030-01-01'), closesAt: new Date('2030-02-01') })
			.returning();
		const applicants = await handle.db
			.insert(users)
			.values([1, 2, 3].map((n) => ({ email: `cli-${n}@example.be`, name: `Applicant ${n}`, role: 'innovator' })))
			.returning();
		await handle.db.insert(programmeApplications).values([
			{ callId: call.id, applicantUserId: applicants[0].id, status: 'accepted', submittedAt: new Date('2030-01-10') },
			{ callId: call.id, applicantUserId: applicants[1].id, status: 'rejected', submittedAt: new Date('2030-01-11') },
			{ callId: call.id, applicantUserId: applicants[2].id, status: 'draft' }
		]);
		await handle.close();

		const csv = await sif('programmes', 'report', programme.id, '--csv', '--locale', 'en');
		expect(csv.code).toBe(0);
		const lines = csv.stdout.replace(/^\uFEFF/, '').trim().split('\r\n');
		expect(lines[0]).toBe('Section;Item;Figure;Value');
		expect(lines).toContain('Call;CLI call;Submitted;2');
		expect(lines).toContain('Call;CLI call;Drafts;1');
		expect(lines).toContain('Call;CLI call;Acceptance rate;50%');
		expect(lines).toContain('Applicants;First-time contacts;people;2');

		const json = await sif('programmes', 'report', programme.id, '--json');
		expect(JSON.parse(json.stdout).totals).toEqual({ drafts: 1, submitted: 2, accepted: 1, waitlisted: 0, rejected: 1, acceptanceRate: 0.5 });
		const text = await sif('programmes', 'report', programme.id);
		expect(text.stdout).toContain('Oproep\tCLI call\tAanvaardingsgraad\t50%');

		expect((await sif('programmes', 'report')).code).toBe(2);
		const missing = await sif('programmes', 'report', '00000000-0000-4000-8000-000000000000');
		expect(missing.code).toBe(1);
		expect(missing.stderr).toContain('Programme not found');
	}, 180_000);
});
