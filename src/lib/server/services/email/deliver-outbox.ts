/**
 * The outbox worker: claims pending e-mails with FOR UPDATE SKIP LOCKED (so several app
 * instances never send one twice), sends them through SMTP_URL, and retries failures with
 * backoff. With no SMTP configured, e-mails are marked `kept`: staff read them in the app.
 */
import { sql } from 'drizzle-orm';
import nodemailer, { type Transporter } from 'nodemailer';
import type { Db } from '../../db/client.ts';
import { rowsOf } from '../security/rate-limit.ts';

const MAX_ATTEMPTS = 5;

interface ClaimedEmail {
	id: string;
	to: string;
	subject: string;
	text: string;
	html: string | null;
	attachments: { filename: string; contentType: string; content: string }[] | null;
	attempts: number;
}

export interface DeliveryReport {
	sent: number;
	kept: number;
	failed: number;
}

let cachedTransport: { url: string; transport: Transporter } | undefined;

export function smtpTransport(url: string): Transporter {
	if (cachedTransport?.url !== url) {
		cachedTransport = { url, transport: nodemailer.createTransport(url) };
	}
	return cachedTransport.transport;
}

export function mailFrom(): string {
	return process.env.SIF_MAIL_FROM ?? 'sif <no-reply@localhost>';
}

/** Sends (or keeps) up to `batch` pending e-mails; returns what happened. */
export async function deliverOutbox(
	db: Db,
	options: { smtpUrl?: string; batch?: number } = {}
): Promise<DeliveryReport> {
	const smtpUrl = options.smtpUrl ?? process.env.SMTP_URL;
	const report: DeliveryReport = { sent: 0, kept: 0, failed: 0 };
	const claimed = await db.transaction(async (tx) => {
		const rows = rowsOf<ClaimedEmail>(
			await tx.execute(sql`
				select id, "to", subject, text, html, attachments, attempts from outbox
				where status = 'pending' and available_at <= now()
				order by created_at limit ${options.batch ?? 20}
				for update skip locked`)
		);
		if (rows.length === 0) return rows;
		if (!smtpUrl) {
			const ids = rows.map((r) => r.id);
			await tx.execute(sql`update outbox set status = 'kept' where id = any(${toPgArray(ids)}::uuid[])`);
			report.kept = rows.length;
			return [];
		}
		// Push the claimed rows out of reach for a while: if this process dies mid-send,
		// another instance retries them after the lease.
		const ids = rows.map((r) => r.id);
		await tx.execute(sql`
			update outbox set attempts = attempts + 1, available_at = now() + interval '5 minutes'
			where id = any(${toPgArray(ids)}::uuid[])`);
		return rows;
	});
	if (claimed.length === 0 || !smtpUrl) return report;
	const transport = smtpTransport(smtpUrl);
	for (const email of claimed) {
		try {
			await transport.sendMail({
				from: mailFrom(),
				to: email.to,
				subject: email.subject,
				text: email.text,
				html: email.html ?? undefined,
				attachments: (email.attachments ?? []).map((a) => ({
					filename: a.filename,
					contentType: a.contentType,
					content: Buffer.from(a.content, 'base64')
				}))
			});
			await db.execute(sql`update outbox set status = 'sent', sent_at = now(), last_error = null where id = ${email.id}`);
			report.sent++;
		} catch (error) {
			const attempts = email.attempts + 1;
			const message = (error as Error).message.slice(0, 500);
			const giveUp = attempts >= MAX_ATTEMPTS;
			await db.execute(sql`
				update outbox set last_error = ${message},
					status = ${giveUp ? 'failed' : 'pending'},
					available_at = now() + make_interval(secs => ${60 * 2 ** attempts})
				where id = ${email.id}`);
			report.failed++;
		}
	}
	return report;
}

/** A text[] literal for `= any(...)`, which both drivers accept as one parameter. */
export function toPgArray(values: string[]): string {
	return `{${values.map((v) => `"${v.replace(/["\\]/g, '\\$&')}"`).join(',')}}`;
}
