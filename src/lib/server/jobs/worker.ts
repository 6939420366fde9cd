/**
 * The background worker of one app instance: polls for due work (the e-mail outbox now;
 * reminders and digests later) every few seconds. Each task claims its rows with
 * FOR UPDATE SKIP LOCKED, so any number of instances can run it side by side.
 */
import type { Db } from '../db/client.ts';
import { deliverOutbox } from '../services/email/deliver-outbox.ts';
import { sendEventReminders, sendEventSurveys } from '../services/events/event-jobs.ts';
import { fireFollowUpReminders } from '../services/introductions/fire-follow-ups.ts';
import { sendDigests } from '../services/digests/send-digests.ts';

export type WorkerTask = (db: Db, now: Date) => Promise<unknown>;

/** Tasks run in order on every tick. Areas add theirs here. */
export const workerTasks: { name: string; run: WorkerTask }[] = [
	{ name: 'introduction-follow-ups', run: (db, now) => fireFollowUpReminders(db, now) },
	{ name: 'notification-digests', run: (db, now) => sendDigests(db, now) },
	{ name: 'event-reminders', run: (db, now) => sendEventReminders(db, now) },
	{ name: 'event-surveys', run: (db, now) => sendEventSurveys(db, now) },
	{ name: 'outbox', run: (db) => deliverOutbox(db) }
];

export interface Worker {
	/** Runs every task once now (tests, `sif` commands). */
	tick(): Promise<void>;
	/** Stops polling and waits for a tick in progress. */
	stop(): Promise<void>;
}

export function startWorker(db: Db, intervalMs = 5000): Worker {
	let running: Promise<void> | undefined;
	let stopped = false;
	const tick = async () => {
		for (const task of workerTasks) {
			try {
				await task.run(db, new Date());
			} catch (error) {
				if (!stopped) console.error(`worker task ${task.name} failed:`, (error as Error).message);
			}
		}
	};
	const timer = setInterval(() => {
		if (running || stopped) return;
		running = tick().finally(() => (running = undefined));
	}, intervalMs);
	timer.unref();
	return {
		async tick() {
			await (running ?? Promise.resolve());
			await tick();
		},
		async stop() {
			stopped = true;
			clearInterval(timer);
			await running;
		}
	};
}
