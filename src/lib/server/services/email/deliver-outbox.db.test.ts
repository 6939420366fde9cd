import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SMTPServer } from 'smtp-server';
import { eq } from 'drizzle-orm';
import type { AddressInfo } from 'node:net';
import { createTestDb, type TestDb } from '../../testing/test-db.ts';
import { enqueueEmail } from './enqueue-email.ts';
import { deliverOutbox } from './deliver-outbox.ts';
import { outbox } from '../../db/schema/core.ts';

interface Received {
	to: string[];
	raw: string;
}

let t: TestDb;
let server: SMTPServer;
let port = 0;
const received: Received[] = [];
let failNext = false;

beforeAll(async () => {
	t = await createTestDb();
	server = new SMTPServer({
		authOptional: true,
		disabledCommands: ['STARTTLS'],
		onRcptTo(address, _session, callback) {
			if (failNext) {
				failNext = false;
				return callback(new Error('mailbox unavailable'));
			}
			callback();
		},
		onData(stream, session, callback) {
			const chunks: Buffer[] = [];
			stream.on('data', (c: Buffer) => chunks.push(c));
			stream.on('end', () => {
				received.push({ to: session.envelope.rcptTo.map((r) => r.address), raw: Buffer.concat(chunks).toString('utf8') });
				callback();
			});
		}
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
	port = (server.server.address() as AddressInfo).port;
});

afterAll(async () => {
	await new Promise<void>((resolve) => server.close(() => resolve()));
	await t.close();
});

describe('the outbox worker', () => {
	it('keeps e-mails for the in-app outbox when no SMTP server is configured', async () => {
		await enqueueEmail(t.db, { to: 'kept@example.be', subject: 'Kept', text: 'hello', kind: 'test' });
		const report = await deliverOutbox(t.db, { smtpUrl: '' });
		expect(report.kept).toBe(1);
		const [row] = await t.db.select().from(outbox).where(eq(outbox.to, 'kept@example.be'));
		expect(row.status).toBe('kept');
	});

	it('sends pending e-mails through a real SMTP server, once', async () => {
		await enqueueEmail(t.db, {
			to: 'innovator@example.be',
			subject: 'Uitnodiging',
			text: 'Dag Amina, welkom – tot zo €',
			kind: 'test',
			attachments: [{ filename: 'agenda.ics', contentType: 'text/calendar', content: Buffer.from('BEGIN:VCALENDAR').toString('base64') }]
		});
		const smtpUrl = `smtp://127.0.0.1:${port}`;
		const first = await deliverOutbox(t.db, { smtpUrl });
		expect(first.sent).toBe(1);
		expect(received).toHaveLength(1);
		expect(received[0].to).toEqual(['innovator@example.be']);
		expect(received[0].raw).toContain('Subject: Uitnodiging');
		expect(received[0].raw).toContain('agenda.ics');
		const again = await deliverOutbox(t.db, { smtpUrl });
		expect(again.sent).toBe(0);
		expect(received).toHaveLength(1);
		const [row] = await t.db.select().from(outbox).where(eq(outbox.to, 'innovator@example.be'));
		expect(row.status).toBe('sent');
		expect(row.sentAt).not.toBeNull();
	});

	it('retries later when the server refuses, recording the error', async () => {
		failNext = true;
		await enqueueEmail(t.db, { to: 'refused@example.be', subject: 'Refused', text: 'x', kind: 'test' });
		const report = await deliverOutbox(t.db, { smtpUrl: `smtp://127.0.0.1:${port}` });
		expect(report.failed).toBe(1);
		const [row] = await t.db.select().from(outbox).where(eq(outbox.to, 'refused@example.be'));
		expect(row.status).toBe('pending');
		expect(row.lastError).toContain('mailbox unavailable');
		expect(row.availableAt.getTime()).toBeGreaterThan(Date.now());
	});
});
