/** `sif ledger verify` as an operator runs it: a real process on an embedded data dir. */
import { describe, expect, it } from 'vitest';
import { embeddedCli } from '../cli-process-test.ts';
import { sql } from 'drizzle-orm';
import { openDatabase } from '../../lib/server/db/client.ts';
import { migrateDatabase } from '../../lib/server/db/migrate.ts';

const { dataDir, sif } = embeddedCli('sif-ledger-verify-');

describe('sif ledger verify', () => {
	it('exits 0 on a sound ledger and 1 with a report on a broken one', async () => {
		const sound = await sif('ledger', 'verify');
		expect(sound).toMatchObject({ code: 0, stderr: '' });
		expect(sound.stdout).toContain('ledger ok');

		// Plant an entry with no counterpart, as a broken import or a hand edit would.
		const handle = await openDatabase({ dataDir });
		await migrateDatabase(handle);
		await handle.db.execute(sql`insert into people (display_name) values ('Planted')`);
		await handle.db.execute(
			sql`insert into ledger_accounts (person_id, kind) select id, 'person' from people where display_name = 'Planted'`
		);
		await handle.db.execute(
			sql`insert into ledger_entries (account_id, points, kind) select id, 3, 'opening' from ledger_accounts where kind = 'person'`
		);
		await handle.close();

		const broken = await sif('ledger', 'verify');
		expect(broken.code).toBe(1);
		expect(broken.stdout).toContain('sum_is_zero');
		expect(broken.stderr.trim().split('\n')).toHaveLength(1);

		const json = await sif('ledger', 'verify', '--json');
		expect(json.code).toBe(1);
		expect(JSON.parse(json.stdout)).toMatchObject({
			ok: false,
			violations: [{ invariant: 'sum_is_zero' }]
		});
		// Three cold starts of the CLI through tsx: slow when the machine is busy.
	}, 120_000);
});
