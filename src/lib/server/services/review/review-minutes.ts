/**
 * The minutes of a review meeting, as Markdown (to paste or archive) or CSV (one row per
 * case; actions and introductions joined in a cell). Texts are in the reader's language.
 */
import type { Locale } from '../../../i18n/core.ts';
import { translate, type MessageKey } from '../../../i18n/index.ts';
import type { ReviewMeetingView } from './read-review-meeting.ts';

const csvCell = (value: string) => (/[",\n\r;]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

export function minutesCsv(view: ReviewMeetingView, locale: Locale): string {
	const t = (key: string) => translate(locale, key as MessageKey);
	const header = ['#', t('intake.person'), t('intake.initiative'), t('intake.state'), t('intake.advice'), t('intake.actionsTitle'), t('intake.introductionsTitle')];
	const rows = view.items.map((item) => [
		String(item.position),
		item.case.person.name,
		item.case.initiative.title,
		t(`intake.itemStatus_${item.status}`),
		item.advice ?? '',
		item.actions.map((a) => `${a.description} (${a.ownerName ?? ''}${a.dueOn ? `, ${a.dueOn}` : ''})`).join('; '),
		item.introductions.map((i) => `${i.otherName} (${t(`intake.introStatus_${i.status}`)})`).join('; ')
	]);
	return [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

export function minutesMarkdown(view: ReviewMeetingView, locale: Locale): string {
	const t = (key: string, params?: Record<string, string | number>) => translate(locale, key as MessageKey, params);
	const lines = [`# ${t('intake.meetingOf', { date: view.meeting.heldOn })}`, ''];
	for (const item of view.items) {
		lines.push(`## ${item.position}. ${item.case.person.name} — ${item.case.initiative.title}`, '');
		lines.push(`*${t(`intake.itemStatus_${item.status}`)}*${item.carriedFromId ? ` (${t('intake.carriedOver')})` : ''}`, '');
		if (item.advice) lines.push(`**${t('intake.advice')}:** ${item.advice}`, '');
		for (const a of item.actions) lines.push(`- [${a.doneAt ? 'x' : ' '}] ${a.description} — ${a.ownerName ?? ''}${a.dueOn ? ` (${a.dueOn})` : ''}`);
		for (const i of item.introductions) lines.push(`- ${t('intake.introWith', { name: i.otherName })} (${t(`intake.introStatus_${i.status}`)})`);
		lines.push('');
	}
	return lines.join('\n');
}
