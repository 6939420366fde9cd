/**
 * Peers who could give a session on a need: the people who offer that skill (taxonomy
 * category), ranked by the matching engine (themes, text, language, feedback from earlier
 * peer sessions, open requests as load) with its reasons in the reader's language, plus
 * how many sessions they gave. Members without room to give are not excluded: giving
 * never costs points.
 */
import { and, eq, inArray, isNull, ne, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { people, personTerms, taxonomyTerms } from '../../db/schema/people.ts';
import { peerSessionReceivers, peerSessions } from '../../db/schema/peer-ledger.ts';
import { peerFeedback, peerRequests } from '../../db/schema/peer-network.ts';
import type { Actor } from '../../auth/actor.ts';
import { authorize } from '../../auth/policy.ts';
import type { Locale } from '../../../i18n/core.ts';
import { translate } from '../../../i18n/index.ts';
import {
	buildMatchIndex,
	defaultMatchLabel,
	formatReasons,
	suggest,
	type MatchCandidate,
	type MatchHistory
} from '../../../domain/matching/matching.ts';
import { categoryLabel, categoryLabels } from './category-labels.ts';
import { findMemberPerson } from './member-person.ts';

export interface PeerSuggestion {
	id: string;
	name: string;
	reasons: string;
	given: number;
}

export async function suggestPeerGivers(
	db: Db,
	actor: Actor,
	need: { category: string; question?: string },
	locale: Locale = 'nl',
	limit = 5
): Promise<PeerSuggestion[]> {
	authorize(actor, 'peerNetwork.participate');
	if (!need.category) return [];
	const me = actor.kind === 'user' ? await findMemberPerson(db, actor) : null;
	const offering = await db
		.selectDistinct({ id: people.id, name: people.displayName, bio: people.bio, locale: people.locale, region: people.region })
		.from(personTerms)
		.innerJoin(taxonomyTerms, eq(taxonomyTerms.id, personTerms.termId))
		.innerJoin(people, eq(people.id, personTerms.personId))
		.where(
			and(
				eq(personTerms.relation, 'offer'),
				eq(taxonomyTerms.kind, 'category'),
				eq(taxonomyTerms.key, need.category),
				isNull(people.mergedIntoId),
				me ? ne(people.id, me.id) : undefined
			)
		);
	if (!offering.length) return [];
	const ids = offering.map((p) => p.id);
	const terms = await db
		.select({ person: personTerms.personId, relation: personTerms.relation, kind: taxonomyTerms.kind, key: taxonomyTerms.key })
		.from(personTerms)
		.innerJoin(taxonomyTerms, eq(taxonomyTerms.id, personTerms.termId))
		.where(inArray(personTerms.personId, ids));
	const load = new Map(
		(
			await db
				.select({ giver: peerRequests.giverId, n: sql<number>`count(*)::int` })
				.from(peerRequests)
				.where(and(inArray(peerRequests.giverId, ids), inArray(peerRequests.status, ['asked', 'accepted'])))
				.groupBy(peerRequests.giverId)
		).map((r) => [r.giver!, Number(r.n)])
	);
	const given = new Map(
		(
			await db
				.select({ giver: peerSessions.giverId, n: sql<number>`count(*)::int` })
				.from(peerSessions)
				.where(and(inArray(peerSessions.giverId, ids), eq(peerSessions.status, 'completed')))
				.groupBy(peerSessions.giverId)
		).map((r) => [r.giver, Number(r.n)])
	);
	// Receivers' ratings of their givers: the engine's feedback signal.
	const ratings = await db
		.select({ owner: peerFeedback.personId, candidate: peerSessions.giverId, rating: peerFeedback.rating })
		.from(peerFeedback)
		.innerJoin(peerSessions, eq(peerSessions.id, peerFeedback.sessionId))
		.innerJoin(
			peerSessionReceivers,
			and(eq(peerSessionReceivers.sessionId, peerFeedback.sessionId), eq(peerSessionReceivers.personId, peerFeedback.personId))
		)
		.where(inArray(peerSessions.giverId, ids));
	const candidates: MatchCandidate[] = offering.map((p) => ({
		id: p.id,
		name: p.name,
		roles: ['peer'],
		offers: terms.filter((t) => t.person === p.id && t.relation === 'offer' && t.kind === 'category').map((t) => t.key),
		themes: terms.filter((t) => t.person === p.id && t.kind === 'theme').map((t) => t.key),
		text: (p.bio ?? '').slice(0, 20_000),
		languages: [p.locale],
		region: p.region ?? undefined,
		capacity: { openIntroductions: load.get(p.id) ?? 0 }
	}));
	const history: MatchHistory = {
		introduced: [],
		declined: [],
		dismissed: [],
		feedback: ratings.map((r) => ({ ownerId: r.owner, candidateId: r.candidate, rating: r.rating }))
	};
	const myThemes = me
		? (
				await db
					.select({ key: taxonomyTerms.key })
					.from(personTerms)
					.innerJoin(taxonomyTerms, eq(taxonomyTerms.id, personTerms.termId))
					.where(and(eq(personTerms.personId, me.id), eq(taxonomyTerms.kind, 'theme')))
			).map((t) => t.key)
		: [];
	const list = suggest(
		buildMatchIndex(candidates),
		{
			id: 'peer-need',
			ownerId: me?.id ?? 'staff',
			categories: [need.category],
			themes: myThemes.slice(0, 20),
			text: (need.question ?? '').slice(0, 10_000),
			stage: 'idea',
			languages: [me?.locale ?? locale]
		},
		history,
		undefined,
		{ limit, respectCapacity: false }
	);
	const labels = await categoryLabels(db);
	const names = new Map(offering.map((p) => [p.id, p.name]));
	return list.map((s) => {
		const n = given.get(s.candidateId) ?? 0;
		const reasons = formatReasons(s.reasons, locale, (kind, key, l) =>
			kind === 'category' ? categoryLabel(labels, key, l) : defaultMatchLabel(kind, key, l)
		);
		const extra = n ? translate(locale, 'peerNetwork.reasonGiven', { n }) : '';
		return {
			id: s.candidateId,
			name: names.get(s.candidateId) ?? '',
			reasons: [reasons, extra].filter(Boolean).join(' · '),
			given: n
		};
	});
}
