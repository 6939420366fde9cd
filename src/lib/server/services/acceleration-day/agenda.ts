/**
 * Each person's agenda from the published timetable: the read model the personal link,
 * the JSON API and the e-mail share, and its .ics, PDF and plain-text forms.
 */
import qrcode from 'qrcode-generator';
import type { Db } from '../../db/client.ts';
import { publicOrigin } from '../../config.ts';
import { translate } from '../../../i18n/index.ts';
import { formatDate, formatTime } from '../../../i18n/format.ts';
import type { Locale } from '../../../i18n/core.ts';
import type { AgendaAnswer } from '../../../schemas/acceleration-day.ts';
import { assembleAgenda } from '../../../domain/acceleration-day-planning/agenda.ts';
import { buildAgendaIcs } from '../../../domain/acceleration-day-planning/agenda-ics.ts';
import { buildPdf, type PdfLine } from '../../../domain/acceleration-day-planning/simple-pdf.ts';
import type { PlannedMeeting } from '../../../domain/acceleration-day-planning/planner-edits.ts';
import { findVersion, loadBlocks, loadDay, loadMeetings, loadParticipants, participantByToken, personalLink, type DayRow, type ParticipantWithPerson, type SlotRow } from './day-records.ts';

export interface AgendaContext {
	day: DayRow;
	blocks: SlotRow[];
	participants: Map<string, ParticipantWithPerson>;
	meetings: PlannedMeeting[];
	versionNumber: number;
}

export async function agendaContext(db: Db, dayId: string, versionId: string | null): Promise<AgendaContext> {
	const [day, blocks, participants, meetings] = await Promise.all([
		loadDay(db, dayId),
		loadBlocks(db, dayId),
		loadParticipants(db, dayId),
		versionId ? loadMeetings(db, versionId) : Promise.resolve([])
	]);
	return { day, blocks, participants: new Map(participants.map((p) => [p.id, p])), meetings, versionNumber: 0 };
}

export function agendaOf(context: AgendaContext, participantId: string): AgendaAnswer {
	const person = context.participants.get(participantId)!;
	const entries = assembleAgenda(
		{ id: person.id, side: person.side as 'innovator' | 'chancegiver' },
		context.blocks.map((b) => ({ kind: b.kind as 'meeting', slotNumber: b.slotNumber, startsAt: b.startsAt, endsAt: b.endsAt })),
		context.meetings
	);
	return {
		day: { title: context.day.title, date: context.day.date, venue: context.day.venue },
		person: { id: person.id, name: person.name, side: person.side as 'innovator', table: person.tableName },
		entries: entries.map((e) => ({
			kind: e.kind,
			slot: e.slotNumber,
			startsAt: e.startsAt.toISOString(),
			endsAt: e.endsAt.toISOString(),
			table: e.innovatorId ? (context.participants.get(e.innovatorId)?.tableName ?? null) : null,
			with: e.counterpartIds.map((id) => ({ id, name: context.participants.get(id)?.name ?? '' }))
		}))
	};
}

/** The agenda behind a personal link (empty entries before publication). */
export async function agendaByToken(db: Db, token: string, locale: Locale = 'nl') {
	const participant = await participantByToken(db, token, locale);
	const published = await findVersion(db, participant.dayId, 'published');
	const context = await agendaContext(db, participant.dayId, published?.id ?? null);
	context.versionNumber = published?.number ?? 0;
	return { participant, published: published !== null, context, agenda: agendaOf(context, participant.id) };
}

/** The QR code on the agenda: the staff check-in page with this participant selected. */
export function checkInLink(dayId: string, participantId: string): string {
	return `${publicOrigin()}/acceleration-days/${dayId}/check-in?p=${participantId}`;
}

export function checkInQrSvg(dayId: string, participantId: string): string {
	const qr = qrcode(0, 'M');
	qr.addData(checkInLink(dayId, participantId));
	qr.make();
	return qr.createSvgTag({ cellSize: 4, margin: 2, scalable: true });
}

function withWhom(entry: AgendaAnswer['entries'][number], locale: Locale): string {
	return translate(locale, 'accelerationDay.meetingWith', { names: entry.with.map((w) => w.name).join(', ') });
}

function entryLine(entry: AgendaAnswer['entries'][number], locale: Locale): string {
	const time = `${formatTime(locale, entry.startsAt)}–${formatTime(locale, entry.endsAt)}`;
	if (entry.kind === 'meeting') {
		return `${time}  ${withWhom(entry, locale)} · ${translate(locale, 'accelerationDay.atTable', { table: entry.table ?? '' })}`;
	}
	if (entry.kind === 'free') return `${time}  ${translate(locale, 'accelerationDay.free')}`;
	return `${time}  ${translate(locale, `accelerationDay.block_${entry.kind}`)}`;
}

export function agendaLines(agenda: AgendaAnswer, locale: Locale): string[] {
	return agenda.entries.map((e) => entryLine(e, locale));
}

export function agendaIcs(agenda: AgendaAnswer, context: AgendaContext, token: string, locale: Locale): string {
	const dayId = context.day.id;
	return buildAgendaIcs({
		calendarName: context.day.title,
		stamp: new Date(),
		sequence: context.versionNumber,
		url: personalLink(token),
		events: agenda.entries
			.filter((e) => e.kind === 'meeting')
			.map((e) => {
				const innovator = agenda.person.side === 'innovator' ? agenda.person.id : e.with[0]?.id;
				const counterpart = agenda.person.side === 'innovator' ? e.with.map((w) => w.id).join('-') : agenda.person.id;
				const table = translate(locale, 'accelerationDay.tableN', { table: e.table ?? '' });
				return {
					uid: `ad-${dayId}-${innovator}-${counterpart}-${e.slot}@sif`,
					start: new Date(e.startsAt),
					end: new Date(e.endsAt),
					summary: `${withWhom(e, locale)} (${table})`,
					description: `${context.day.title}: ${withWhom(e, locale)}, ${table}`,
					location: [table, context.day.venue].filter(Boolean).join(', ')
				};
			})
	});
}

export function agendaPdf(agenda: AgendaAnswer, locale: Locale): Uint8Array {
	const lines: PdfLine[] = [
		{ text: agenda.day.title, size: 20, bold: true },
		{ text: `${formatDate(locale, agenda.day.date)} · ${agenda.day.venue}`, size: 12 },
		{ text: agenda.person.name, size: 14, bold: true, gap: 12 }
	];
	if (agenda.person.table) lines.push({ text: translate(locale, 'accelerationDay.tableN', { table: agenda.person.table }), size: 12 });
	lines.push({ text: translate(locale, 'accelerationDay.agenda'), size: 14, bold: true, gap: 16 });
	for (const line of agendaLines(agenda, locale)) lines.push({ text: line, size: 11, gap: 4 });
	return buildPdf([lines], `${agenda.day.title} – ${agenda.person.name}`);
}

export const toBase64 = (bytes: Uint8Array | string) => Buffer.from(bytes).toString('base64');
