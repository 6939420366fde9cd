/** `sif programmes invite-reviewer` as an operator runs it: a real process on an embedded data dir. */
import { describe, expect, it } from 'vitest';
import { embeddedCli } from '../cli-process-test.ts';
import { eq } from 'drizzle-orm';
import { openDatabase } from '../../lib/server/db/client.ts';
import { migrateDatabase } from '../../lib/server/db/migrate.ts';
import { outbox } from '../../lib/server/db/schema/core.ts';
import { programmeCalls, programmeReviewerInvitations, programmes } from '../../lib/server/db/schema/programmes.ts';

const { dataDir, sif } = embeddedCli('sif-programmes-jury-');

describe('sif programmes invite-reviewer', () => {
	it('invites a jury member by e-mail and refuses bad input', async () => {
		const handle = await openDatabase({ dataDir });
		await migrateDatabase(handle);
		const [programme] = await handle.db.insert(programmes).values({ name: 'Jury club', kind: 'startup_club' }).returning();
		const [call] = await handle.db
			.insert(programmeCalls)
			.values({ programmeId: programme.id, title: 'Jury call', opensAt: new Date('2030-01-01'), closesAt: new Date('2030-02-01') })
			.returning();
		await handle.close();

		const ok = await sif('programmes', 'invite-reviewer', '--call', call.id, '--name', 'Jef Jury', '--email', 'Jef@Jury.example', '--language', 'en');
		expect([ok.code, ok.stdout, ok.stderr]).toEqual([0, 'invited\tjef@jury.example\n', '']);
		const bad = await sif('programmes', 'invite-reviewer', '--call', call.id, '--name', 'X', '--email', 'not-an-address');
		expect(bad.code).toBe(2);
		expect(bad.stderr).toContain('--email');
		const missing = await sif('programmes', 'invite-reviewer', '--call', call.id, '--email', 'x@jury.example');
		expect(missing.code).toBe(2);

		const check = await openDatabase({ dataDir });
		try {
			expect((await check.db.select().from(programmeReviewerInvitations)).map((r) => [r.email, r.name])).toEqual([['jef@jury.example', 'Jef Jury']]);
			const [mail] = await check.db.select().from(outbox).where(eq(outbox.to, 'jef@jury.example'));
			expect(mail.subject).toBe('Invitation: jury member for Jury call');
		} finally {
			await check.close();
		}
	}, 120_000);
});
