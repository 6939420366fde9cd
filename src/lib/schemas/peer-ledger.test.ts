import { describe, it, expect } from 'vitest';
import { LedgerCorrectionSchema, LedgerRulesSchema, PeerSessionSchema } from './peer-ledger.ts';

const id = (n: number) => `00000000-0000-0000-0000-00000000000${n}`;
const session = {
	giver: id(1),
	receivers: [id(2), id(3)],
	topic: ' Pitching ',
	scheduledAt: '2026-11-23T14:00:00+01:00'
};

describe('PeerSessionSchema', () => {
	it('accepts a valid session and turns scheduledAt into a Date', () => {
		const parsed = PeerSessionSchema.parse(session);
		expect(parsed.topic).toBe('Pitching');
		expect(parsed.scheduledAt.toISOString()).toBe('2026-11-23T13:00:00.000Z');
	});

	it('refuses the giver as a receiver, repeated receivers and no receivers', () => {
		const giverToo = PeerSessionSchema.safeParse({ ...session, receivers: [id(2), id(1)] });
		expect(giverToo.success).toBe(false);
		expect(giverToo.error?.issues[0].path).toEqual(['receivers']);
		expect(PeerSessionSchema.safeParse({ ...session, receivers: [id(2), id(2)] }).success).toBe(
			false
		);
		expect(PeerSessionSchema.safeParse({ ...session, receivers: [] }).success).toBe(false);
	});

	it('reads a moment without an offset as Brussels time, summer and winter', () => {
		const at = (scheduledAt: string) =>
			PeerSessionSchema.parse({ ...session, scheduledAt }).scheduledAt.toISOString();
		expect(at('2026-11-23T14:00')).toBe('2026-11-23T13:00:00.000Z');
		expect(at('2026-07-01T14:00:00')).toBe('2026-07-01T12:00:00.000Z');
		expect(at('2026-11-23')).toBe('2026-11-22T23:00:00.000Z');
		expect(at('2026-11-23T14:00:00Z')).toBe('2026-11-23T14:00:00.000Z');
	});

	it('refuses a moment that is not one and a blank topic', () => {
		expect(PeerSessionSchema.safeParse({ ...session, scheduledAt: 'tomorrow' }).success).toBe(
			false
		);
		expect(PeerSessionSchema.safeParse({ ...session, scheduledAt: 1700000000 }).success).toBe(
			false
		);
		expect(PeerSessionSchema.safeParse({ ...session, topic: '  ' }).success).toBe(false);
	});
});

describe('LedgerCorrectionSchema', () => {
	it('requires a reason and whole, non-zero points', () => {
		const valid = { person: id(1), points: -4, reason: 'double booking' };
		expect(LedgerCorrectionSchema.parse(valid)).toEqual(valid);
		expect(LedgerCorrectionSchema.safeParse({ person: id(1), points: -4 }).success).toBe(false);
		expect(LedgerCorrectionSchema.safeParse({ ...valid, reason: '   ' }).success).toBe(false);
		expect(LedgerCorrectionSchema.safeParse({ ...valid, points: 0 }).success).toBe(false);
		expect(LedgerCorrectionSchema.safeParse({ ...valid, points: 1.5 }).success).toBe(false);
	});
});

describe('LedgerRulesSchema', () => {
	it('fills the defaults 8 / −16 / 0 and refuses a positive floor', () => {
		const parsed = LedgerRulesSchema.parse({ effectiveFrom: '2026-12-01T00:00:00Z' });
		expect(parsed).toMatchObject({ pointsPerSession: 8, floor: -16, openingCredit: 0 });
		expect(
			LedgerRulesSchema.safeParse({ effectiveFrom: '2026-12-01T00:00:00Z', floor: 4 }).success
		).toBe(false);
	});
});

describe('messages', () => {
	it('are i18n keys with a text in nl, fr and en', async () => {
		const { translate, hasMessage } = await import('../i18n/index.ts');
		const result = PeerSessionSchema.safeParse({ ...session, receivers: [id(1)] });
		const key = result.error!.issues[0].message;
		expect(hasMessage(key)).toBe(true);
		expect(translate('en', key)).toBe('The giver cannot also be a receiver.');
		expect(translate('fr', key)).not.toBe(translate('nl', key));
	});
});
