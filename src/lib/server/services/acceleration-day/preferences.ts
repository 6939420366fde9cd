/**
 * Preferences through the personal link: each side sees suggested counterparts from the
 * matching engine with the reasons, and marks must meet / would like / rather not.
 * Staff may set a mark for any pair; a staff mark overrides both sides (preferences.ts).
 */
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { adPreferences } from '../../db/schema/acceleration-day.ts';
import { taxonomyTerms } from '../../db/schema/people.ts';
import type { Actor } from '../../auth/actor.ts';
import { authorize } from '../../auth/policy.ts';
import { AppError } from '../../errors.ts';
import { parseInput } from '../../validation.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { translate } from '../../../i18n/index.ts';
import type { Locale } from '../../../i18n/core.ts';
import { PreferenceMarksSchema, type PreferenceMarksInput } from '../../../schemas/acceleration-day.ts';
import {
	buildMatchIndex,
	DEFAULT_MATCH_WEIGHTS,
	defaultMatchLabel,
	EMPTY_HISTORY,
	formatReasons,
	suggest,
	type MatchLabels
} from '../../../domain/matching/matching.ts';
import { candidateOf, needOf } from '../../../domain/acceleration-day-planning/match-scores.ts';
import type { PreferenceKind } from '../../../domain/acceleration-day-planning/preferences.ts';
import { loadDay, loadParticipants, type ParticipantWithPerson } from './day-records.ts';
import { resolveParticipant, type ParticipantRef } from './save-registration.ts';
import { scoredParticipant } from './planning-data.ts';

export interface Suggestion {
	id: string;
	name: string;
	/** Chancegivers: their role; innovators: their table. */
	detail: string;
	score: number;
	reasons: string;
	mark: PreferenceKind | null;
	staffMark: PreferenceKind | null;
}

async function labelsFrom(db: Db): Promise<MatchLabels> {
	const rows = await db.select().from(taxonomyTerms);
	const byKey = new Map(rows.map((r) => [`${r.kind}:${r.key}`, r]));
	return (kind, key, locale) => {
		const row = byKey.get(`${kind}:${key}`);
		if (!row) return defaultMatchLabel(kind, key, locale);
		return locale === 'fr' ? row.labelFr : locale === 'en' ? row.labelEn : row.labelNl;
	};
}

/** Suggested counterparts, best first; everyone already marked is always listed. */
export async function preferenceSuggestions(
	db: Db,
	actor: Actor,
	ref: ParticipantRef,
	locale: Locale = 'nl',
	limit = 15
): Promise<{ participant: ParticipantWithPerson; suggestions: Suggestion[] }> {
	const participant = await resolveParticipant(db, actor, ref, locale);
	const everyone = await loadParticipants(db, participant.dayId);
	const others = everyone.filter((p) => p.side !== participant.side && p.status === 'registered');
	const labels = await labelsFrom(db);
	const marks = await db.select().from(adPreferences).where(eq(adPreferences.fromId, participant.id));
	const staffMarks = await db
		.select()
		.from(adPreferences)
		.where(and(eq(adPreferences.dayId, participant.dayId), eq(adPreferences.setBy, 'staff')));
	const own = new Map(marks.filter((m) => m.setBy === 'self').map((m) => [m.toId, m.kind as PreferenceKind]));
	const staff = new Map(
		staffMarks
			.filter((m) => m.fromId === participant.id || m.toId === participant.id)
			.map((m) => [m.fromId === participant.id ? m.toId : m.fromId, m.kind as PreferenceKind])
	);
	const lang = locale;
	const scored = new Map<string, { score: number; reasons: string }>();
	if (participant.side === 'innovator') {
		const index = buildMatchIndex(others.map((p) => candidateOf(scoredParticipant(p))));
		const list = suggest(index, needOf(scoredParticipant(participant)), EMPTY_HISTORY, DEFAULT_MATCH_WEIGHTS, {
			limit: others.length,
			respectCapacity: false
		});
		for (const s of list) scored.set(s.candidateId, { score: s.score, reasons: formatReasons(s.reasons, lang, labels) });
	} else {
		const index = buildMatchIndex([candidateOf(scoredParticipant(participant))]);
		for (const innovator of others) {
			const [s] = suggest(index, needOf(scoredParticipant(innovator)), EMPTY_HISTORY, DEFAULT_MATCH_WEIGHTS, {
				limit: 1,
				respectCapacity: false
			});
			if (s) scored.set(innovator.id, { score: s.score, reasons: formatReasons(s.reasons, lang, labels) });
		}
	}
	const rows: Suggestion[] = others.map((p) => ({
		id: p.id,
		name: p.name,
		detail:
			p.side === 'chancegiver'
				? p.role
					? translate(locale, `accelerationDay.role_${p.role}`)
					: ''
				: `${translate(locale, 'accelerationDay.tableN', { table: p.tableName ?? '' })} · ${p.question}`,
		score: Math.round((scored.get(p.id)?.score ?? 0) * 100),
		reasons: scored.get(p.id)?.reasons ?? '',
		mark: own.get(p.id) ?? null,
		staffMark: staff.get(p.id) ?? null
	}));
	rows.sort((a, b) => b.score - a.score || a.name.localeCompare(b.name));
	const shown = rows.filter((r, i) => i < limit || r.mark !== null || r.staffMark !== null);
	return { participant, suggestions: shown };
}

/**
 * Replaces the marks of the listed counterparts ('none' clears one). Through a personal
 * link the marks are the person's own; staff calling by participant id set staff marks.
 */
export async function savePreferences(
	db: Db,
	actor: Actor,
	input: ParticipantRef & PreferenceMarksInput,
	locale: Locale = 'nl'
): Promise<{ saved: number }> {
	const participant = await resolveParticipant(db, actor, input, locale);
	const setBy = 'token' in input ? 'self' : 'staff';
	if (setBy === 'staff') authorize(actor, 'accelerationDay.plan');
	const { marks } = parseInput(PreferenceMarksSchema, { marks: input.marks }, locale);
	const day = await loadDay(db, participant.dayId, locale);
	if (setBy === 'self' && (day.status === 'published' || day.status === 'done')) {
		throw new AppError('invalid_state', translate(locale, 'accelerationDay.registrationClosed'));
	}
	const counterparts = new Map(
		(await loadParticipants(db, participant.dayId)).filter((p) => p.side !== participant.side).map((p) => [p.id, p])
	);
	for (const mark of marks) {
		if (!counterparts.has(mark.counterpartId)) {
			throw new AppError('validation_failed', translate(locale, 'accelerationDay.participantNotFound'), {
				fields: { marks: [translate(locale, 'accelerationDay.participantNotFound')] }
			});
		}
	}
	return db.transaction(async (tx) => {
		let saved = 0;
		for (const mark of marks) {
			await tx
				.delete(adPreferences)
				.where(and(eq(adPreferences.fromId, participant.id), eq(adPreferences.toId, mark.counterpartId), eq(adPreferences.setBy, setBy)));
			if (mark.kind === 'none') continue;
			await tx.insert(adPreferences).values({ dayId: participant.dayId, fromId: participant.id, toId: mark.counterpartId, kind: mark.kind, setBy });
			saved++;
		}
		await recordAudit(tx, actor, {
			action: 'accelerationDay.preferences',
			subjectType: 'ad_participant',
			subjectId: participant.id,
			after: { setBy, marks }
		});
		return { saved };
	});
}
