/** `sif cohorts survey` as an operator runs it: a real process on an embedded data dir. */
import { describe, expect, it } from 'vitest';
import { embeddedCli } from '../cli-process-test.ts';
import { eq } from 'drizzle-orm';
import { openDatabase } from '../../lib/server/db/client.ts';
import { migrateDatabase } from '../../lib/server/db/migrate.ts';
import { outbox } from '../../lib/server/db/schema/core.ts';
import { people } from '../../lib/server/db/schema/people.ts';
import { cohortMembers, cohorts } from '../../lib/server/db/schema/cohorts.ts';

const { dataDir, sif } = embeddedCli('sif-cohorts-survey-');

describe('sif cohorts survey', () => {
	it('sends the survey once per member and says who has no address', async () => {
		const handle = await openDatabase({ dataDir });
		await migrateDatabase(handle);
		const [cohort] = await handle.db.insert(cohorts).values({ name: 'CLI cohort', kind: 'startup_club', year: 2034 }).returning();
		const [withMail, without] = await handle.db
			.insert(people)
			.values([
				{ displayName: 'Mail Member', email: 'cli-survey@example.be', locale: 'en' },
				{ displayName: 'No Mail', email: null }
			])
			.returning();
		await handle.db.insert(cohortMembers).values([
			{ cohortId: cohort.id, personId: withMail.id },
			{ cohortId: cohort.id, personId: without.id }
		]);
		await handle.close();

		expect((await sif('cohorts', 'survey')).code).not.toBe(0);
		const first = await sif('cohorts', 'survey', cohort.id);
		expect(first.code).toBe(0);
		expect(first.stdout).toBe('sent\t1\nalready invited\t0\nno e-mail address\tNo Mail\n');
		const again = await sif('cohorts', 'survey', cohort.id, '--json');
		expect(JSON.parse(again.stdout)).toEqual({ sent: 0, alreadyInvited: 1, withoutEmail: ['No Mail'] });
		expect((await sif('cohorts', 'survey', '00000000-0000-4000-8000-000000000000')).code).not.toBe(0);

		const check = await openDatabase({ dataDir });
		const mails = await check.db.select().from(outbox).where(eq(outbox.to, 'cli-survey@example.be'));
		await check.close();
		expect(mails.map((m) => m.subject)).toEqual(['How was CLI cohort? A short survey']);
		expect(mails[0].text).toMatch(/\/cohort-survey\/cs_[a-z0-9]+/);
	});
});
