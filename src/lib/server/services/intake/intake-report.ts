/**
 * The intake report (/reports/intake, GET /api/v1/reports/intake, CSV): the funnel per
 * month or year, the average length of a finished engagement, open needs against the
 * network's offers, what came of introductions, and the time from intake to the first
 * introduction. The arithmetic lives in src/lib/domain/intake/intake-report.ts.
 */
import { and, count, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { personTerms, taxonomyTerms } from '../../db/schema/people.ts';
import { engagements, introductions, needs } from '../../db/schema/intake.ts';
import type { Actor } from '../../auth/actor.ts';
import { authorize } from '../../auth/policy.ts';
import { average, days, funnel, median, needsGap, type FunnelRow, type GapRow } from '../../../domain/intake/intake-report.ts';
import { brusselsDay } from '../review/open-review-meeting.ts';

export interface IntakeReport {
	by: 'month' | 'year';
	funnel: FunnelRow[];
	averageDurationDays: number | null;
	finishedEngagements: number;
	gap: GapRow[];
	referrals: { sent: number; accepted: number; declined: number; withOutcome: number; fundingCents: number };
	medianDaysToFirstIntroduction: number | null;
	engagementsWithIntroduction: number;
}

export async function intakeReport(db: Db, actor: Actor, by: 'month' | 'year' = 'month'): Promise<IntakeReport> {
	authorize(actor, 'reports.intake');
	const rows = await db
		.select({
			requestedAt: engagements.requestedAt,
			startedAt: engagements.startedAt,
			exitedAt: engagements.exitedAt,
			state: engagements.state,
			reachedIntake: sql<boolean>`(engagements.outcome is not null or exists (select 1 from engagement_transitions t where t.engagement_id = engagements.id and t.to_state in ('intake_planned', 'active')))`,
			firstIntroAt: sql<string | null>`(select min(i.proposed_at) from introductions i where i.engagement_id = engagements.id)`
		})
		.from(engagements);
	const facts = rows.map((r) => ({
		requestedOn: brusselsDay(r.requestedAt),
		reachedIntake: Boolean(r.reachedIntake),
		reachedActive: r.startedAt !== null,
		exited: r.state === 'exited'
	}));
	const finished = rows.filter((r) => r.state === 'exited' && r.startedAt && r.exitedAt).map((r) => days(r.startedAt!, r.exitedAt!));
	const toFirst = rows
		.filter((r) => r.startedAt && r.firstIntroAt)
		.map((r) => Math.max(0, days(r.startedAt!, new Date(r.firstIntroAt!))));

	const needRows = await db
		.select({ category: needs.category, n: count() })
		.from(needs)
		.where(eq(needs.status, 'open'))
		.groupBy(needs.category);
	const offerRows = await db
		.select({ category: taxonomyTerms.key, n: sql<number>`count(distinct ${personTerms.personId})::int` })
		.from(personTerms)
		.innerJoin(taxonomyTerms, eq(taxonomyTerms.id, personTerms.termId))
		.where(and(eq(personTerms.relation, 'offer'), eq(taxonomyTerms.kind, 'category')))
		.groupBy(taxonomyTerms.key);

	const [referrals] = await db
		.select({
			sent: sql<number>`count(*) filter (where ${introductions.sentAt} is not null)::int`,
			accepted: sql<number>`count(*) filter (where ${introductions.acceptedAt} is not null)::int`,
			declined: sql<number>`count(*) filter (where ${introductions.status} = 'declined')::int`,
			withOutcome: sql<number>`count(*) filter (where ${introductions.outcome} is not null and ${introductions.outcome} <> 'nothing')::int`,
			fundingCents: sql<number>`coalesce(sum(${introductions.fundingAmountCents}), 0)::bigint`
		})
		.from(introductions);
	return {
		by,
		funnel: funnel(facts, by),
		averageDurationDays: average(finished),
		finishedEngagements: finished.length,
		gap: needsGap(new Map(needRows.map((r) => [r.category, Number(r.n)])), new Map(offerRows.map((r) => [r.category, Number(r.n)]))),
		referrals: {
			sent: Number(referrals.sent),
			accepted: Number(referrals.accepted),
			declined: Number(referrals.declined),
			withOutcome: Number(referrals.withOutcome),
			fundingCents: Number(referrals.fundingCents)
		},
		medianDaysToFirstIntroduction: median(toFirst),
		engagementsWithIntroduction: toFirst.length
	};
}

const cell = (v: string | number | null) => {
	const s = v === null ? '' : String(v);
	return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/** One CSV with a section column, so a spreadsheet can filter each table. */
export function intakeReportCsv(report: IntakeReport): string {
	const lines: (string | number | null)[][] = [['section', 'key', 'requested', 'intake', 'active', 'exited']];
	for (const r of report.funnel) lines.push([`funnel_${report.by}`, r.period, r.requested, r.intake, r.active, r.exited]);
	lines.push(['section', 'category', 'needs', 'offers', 'gap']);
	for (const g of report.gap) lines.push(['needs_vs_offers', g.category, g.needs, g.offers, g.gap]);
	lines.push(['section', 'key', 'value']);
	lines.push(['summary', 'average_engagement_days', report.averageDurationDays]);
	lines.push(['summary', 'finished_engagements', report.finishedEngagements]);
	lines.push(['summary', 'median_days_intake_to_first_introduction', report.medianDaysToFirstIntroduction]);
	for (const [key, value] of Object.entries(report.referrals)) lines.push(['referrals', key, value]);
	return lines.map((l) => l.map(cell).join(',')).join('\r\n') + '\r\n';
}
