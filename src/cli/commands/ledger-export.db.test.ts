/** `sif ledger export` as an operator runs it: a real process on an embedded data dir. */
import { describe, expect, it } from 'vitest';
import { embeddedCli } from '../cli-process-test.ts';
import { openDatabase } from '../../lib/server/db/client.ts';
import { migrateDatabase } from '../../lib/server/db/migrate.ts';
import { people } from '../../lib/server/db/schema/people.ts';
import { systemActor } from '../../lib/server/auth/actor.ts';
import { recordLedgerCorrection } from '../../lib/server/services/peer-ledger/record-ledger-correction.ts';

const { dataDir, sif } = embeddedCli('sif-ledger-export-');

describe('sif ledger export', () => {
	it('writes every entry with its reason and author as CSV', async () => {
		const handle = await openDatabase({ dataDir });
		await migrateDatabase(handle);
		const [person] = await handle.db.insert(people).values({ displayName: 'Ann Export', roles: ['member'] }).returning();
		await recordLedgerCorrection(handle.db, systemActor('cli'), { person: person.id, points: 5, reason: 'Welcome; first visit' });
		await handle.close();

		const result = await sif('ledger', 'export', '--locale', 'en');
		expect(result.code).toBe(0);
		const lines = result.stdout.replace(/^\uFEFF/, '').trim().split('\r\n');
		expect(lines[0]).toBe('entry;booked_at;person_id;person;points;kind;session_id;session_topic;reason;author;planned_by');
		expect(lines).toHaveLength(3);
		expect(lines.some((l) => l.includes(`;${person.id};Ann Export;5;correction;;;"Welcome; first visit";cli`))).toBe(true);
		expect(lines.some((l) => l.includes(';factory;Factory (own account);-5;correction;'))).toBe(true);

		expect((await sif('ledger', 'export', '--locale', 'xx')).code).not.toBe(0);
	}, 180_000);
});
