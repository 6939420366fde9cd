/**
 * Runs the intake area's background tasks once "as of" a given instant: follow-up
 * reminders, digests, then the outbox so the digests are delivered (or kept for the
 * in-app outbox). Used by `sif jobs run --now <date>` and, where no SMTP server is
 * configured (test and staging set-ups), by admins on /my-actions — see
 * docs/decisions/062-follow-ups-digests-and-the-clock.md.
 */
import type { Db } from '../../db/client.ts';
import type { Actor } from '../../auth/actor.ts';
import { authorize } from '../../auth/policy.ts';
import { AppError } from '../../errors.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { deliverOutbox } from '../email/deliver-outbox.ts';
import { fireFollowUpReminders } from '../introductions/fire-follow-ups.ts';
import { sendDigests } from './send-digests.ts';

export interface IntakeJobsReport {
	now: string;
	followUps: { fired: number; cancelled: number };
	digests: { sent: number };
}

/** Whether the web page may run the tasks with a moved clock: only when e-mail stays in the app. */
export const clockOverrideAllowed = () => !process.env.SMTP_URL || process.env.SIF_ALLOW_CLOCK_OVERRIDE === '1';

export async function runIntakeJobs(db: Db, actor: Actor, now: Date, options: { web?: boolean } = {}): Promise<IntakeJobsReport> {
	authorize(actor, 'jobs.run');
	if (options.web && !clockOverrideAllowed()) {
		throw new AppError('forbidden', 'Moving the clock is only possible while e-mail stays in the in-app outbox');
	}
	if (Number.isNaN(now.getTime())) throw new AppError('bad_request', 'Not a date');
	const followUps = await fireFollowUpReminders(db, now);
	const digests = await sendDigests(db, now);
	await deliverOutbox(db);
	await recordAudit(db, actor, { action: 'jobs.run', subjectType: 'worker', subjectId: null, after: { now: now.toISOString(), followUps, digests } });
	return { now: now.toISOString(), followUps, digests };
}
