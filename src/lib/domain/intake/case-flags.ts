/**
 * The weekly review's flags for one active case (pure: `now` is passed in).
 * - no_contact: no recorded contact for 30 days (or ever, 30 days after the start)
 * - need_open_long: a need open for 30 days or more
 * - exit_due: the planned end falls within 4 weeks (or has passed)
 * - referral_no_followup: an introduction accepted or sent more than 21 days ago that has
 *   no meeting and no outcome recorded yet
 */
export const caseFlagKinds = ['no_contact', 'need_open_long', 'exit_due', 'referral_no_followup'] as const;
export type CaseFlag = (typeof caseFlagKinds)[number];

export interface CaseFacts {
	startedAt: Date | null;
	lastContactAt: Date | null;
	plannedEndAt: Date | null;
	openNeeds: { openedAt: Date }[];
	introductions: { status: string; sentAt: Date | null; acceptedAt: Date | null }[];
}

export const DAY_MS = 24 * 3600 * 1000;
export const FLAG_RULES = { noContactDays: 30, needOpenDays: 30, exitWithinDays: 28, followUpDays: 21 };

const daysBetween = (from: Date, to: Date) => (to.getTime() - from.getTime()) / DAY_MS;

export function caseFlags(facts: CaseFacts, now: Date, rules = FLAG_RULES): CaseFlag[] {
	const flags: CaseFlag[] = [];
	const contact = facts.lastContactAt ?? facts.startedAt;
	if (contact && daysBetween(contact, now) >= rules.noContactDays) flags.push('no_contact');
	if (facts.openNeeds.some((need) => daysBetween(need.openedAt, now) >= rules.needOpenDays)) {
		flags.push('need_open_long');
	}
	if (facts.plannedEndAt && daysBetween(now, facts.plannedEndAt) <= rules.exitWithinDays) flags.push('exit_due');
	const waiting = facts.introductions.some((intro) => {
		if (intro.status !== 'sent' && intro.status !== 'accepted') return false;
		const since = intro.acceptedAt ?? intro.sentAt;
		return since !== null && daysBetween(since, now) >= rules.followUpDays;
	});
	if (waiting) flags.push('referral_no_followup');
	return flags;
}
