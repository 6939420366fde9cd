/**
 * Matchmaking on the real database: `sif match suggest <need-id>`, `sif match gaps`,
 * and `sif match recorded` (recall@10 and precision@5 on the recorded accept/dismiss
 * decisions: introductions proposed for a need are its true matches).
 */
import { isNotNull } from 'drizzle-orm';
import { CliUsageError, type CliCommand } from '../framework.ts';
import { withDatabase } from '../database.ts';
import { cliErrorFrom } from '../errors.ts';
import { systemActor } from '../../lib/server/auth/actor.ts';
import { introductions } from '../../lib/server/db/schema/intake.ts';
import { matchDismissals } from '../../lib/server/db/schema/matching.ts';
import { suggestForNeed, loadMatchContext } from '../../lib/server/services/matching/suggest-for-need.ts';
import { networkGaps } from '../../lib/server/services/matching/network-gaps.ts';
import { loadNeeds } from '../../lib/server/services/matching/matching-network.ts';
import { evaluateRecordedDecisions, type RecordedDecision } from '../../lib/domain/matching/matching.ts';
import { table } from './match.ts';
import type { Locale } from '../../lib/i18n/core.ts';

const actor = systemActor('cli');

function localeOf(value: unknown): Locale {
	const locale = value ?? 'nl';
	if (locale !== 'nl' && locale !== 'fr' && locale !== 'en') throw new CliUsageError(`--locale must be nl, fr or en, got '${String(locale)}'`);
	return locale;
}

export const matchSuggestCommand: CliCommand = {
	path: ['match', 'suggest'],
	summary: 'Top suggestions for one need of the database, with reasons',
	usage: 'match suggest <need-id> [--limit N] [--locale nl|fr|en] [--json]',
	positionals: ['need-id'],
	options: { limit: { type: 'string' }, locale: { type: 'string' }, json: { type: 'boolean' } },
	async run({ values, positionals, stdout }) {
		const needId = positionals[0];
		if (!needId) throw new CliUsageError('give the need id (see openNeeds of GET /api/v1/engagements)');
		const limit = values.limit === undefined ? 10 : Number(values.limit);
		if (!Number.isInteger(limit) || limit < 1 || limit > 50) throw new CliUsageError('--limit must be a whole number from 1 to 50');
		const locale = localeOf(values.locale);
		try {
			const result = await withDatabase(({ db }) => suggestForNeed(db, actor, needId, { limit }, locale));
			if (values.json) {
				stdout.write(JSON.stringify(result, null, 2) + '\n');
				return 0;
			}
			stdout.write(`${result.need.innovator.name} · ${result.need.category} · ${result.need.text}\n\n`);
			stdout.write(table(['person', 'score', 'reasons'], result.items.map((i) => [i.person.name, i.score.toFixed(3), i.reasons.join(' · ')])));
			return 0;
		} catch (error) {
			throw cliErrorFrom(error);
		}
	}
};

export const matchGapsCommand: CliCommand = {
	path: ['match', 'gaps'],
	summary: 'Open needs without a good match, by category, and the dismissal reasons',
	usage: 'match gaps [--locale nl|fr|en] [--json]',
	options: { locale: { type: 'string' }, json: { type: 'boolean' } },
	async run({ values, stdout }) {
		const locale = localeOf(values.locale);
		try {
			const gaps = await withDatabase(({ db }) => networkGaps(db, actor, locale));
			if (values.json) {
				stdout.write(JSON.stringify(gaps, null, 2) + '\n');
				return 0;
			}
			stdout.write(table(['category', 'open', 'without good match'], gaps.byCategory.map((c) => [c.label, String(c.open), String(c.withoutGoodMatch)])));
			stdout.write('\n' + table(['dismissal reason', 'count'], gaps.dismissals.byReason.map((r) => [r.reason, String(r.count)])));
			return 0;
		} catch (error) {
			throw cliErrorFrom(error);
		}
	}
};

export const matchRecordedCommand: CliCommand = {
	path: ['match', 'recorded'],
	summary: 'Matching quality on the recorded accept/dismiss decisions of the database, engine vs baseline',
	usage: 'match recorded [--json]',
	options: { json: { type: 'boolean' } },
	async run({ values, stdout }) {
		try {
			const out = await withDatabase(async ({ db }) => {
				const [accepted, dismissed] = await Promise.all([
					db.select({ needId: introductions.needId, candidateId: introductions.personId }).from(introductions).where(isNotNull(introductions.needId)),
					db.select({ needId: matchDismissals.needId, candidateId: matchDismissals.personId }).from(matchDismissals).where(isNotNull(matchDismissals.needId))
				]);
				const decisions: RecordedDecision[] = [
					...accepted.map((d) => ({ needId: d.needId!, candidateId: d.candidateId, outcome: 'accepted' as const })),
					...dismissed.map((d) => ({ needId: d.needId!, candidateId: d.candidateId, outcome: 'dismissed' as const }))
				];
				const context = await loadMatchContext(db);
				const needs = (await loadNeeds(db, { ids: [...new Set(decisions.map((d) => d.needId))] })).map((n) => n.need);
				const result = evaluateRecordedDecisions(context.network.index, needs, decisions, context.history, context.weights);
				return { decisions: { accepted: accepted.length, dismissed: dismissed.length }, ...result };
			});
			if (values.json) {
				stdout.write(JSON.stringify(out, null, 2) + '\n');
				return 0;
			}
			stdout.write(`Recorded decisions: ${out.decisions.accepted} accepted, ${out.decisions.dismissed} dismissed; ${out.needs} needs with an accepted person\n\n`);
			stdout.write(
				table(
					['ranking', 'recall@10', 'precision@5'],
					[
						['engine', out.engine.recallAt10.toFixed(3), out.engine.precisionAt5.toFixed(3)],
						['baseline (theme overlap)', out.baseline.recallAt10.toFixed(3), out.baseline.precisionAt5.toFixed(3)]
					]
				)
			);
			return 0;
		} catch (error) {
			throw cliErrorFrom(error);
		}
	}
};
