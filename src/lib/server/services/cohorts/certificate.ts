/**
 * The certificate: a one-page PDF in the member's language, issued only when the
 * trajectory is done (decision 078). Uses the shared small PDF writer.
 */
import type { Db } from '../../db/client.ts';
import type { Actor } from '../../auth/actor.ts';
import { AppError } from '../../errors.ts';
import { buildPdf, type PdfLine } from '../../../domain/acceleration-day-planning/simple-pdf.ts';
import { translate } from '../../../i18n/index.ts';
import { formatDate } from '../../../i18n/format.ts';
import type { Locale } from '../../../i18n/core.ts';
import { readMemberProgress } from './read-cohorts.ts';

const asLocale = (value: string): Locale => (value === 'fr' || value === 'en' ? value : 'nl');

export async function cohortCertificate(db: Db, actor: Actor, cohortId: string, memberId: string, locale: Locale = 'nl', now = new Date()) {
	const view = await readMemberProgress(db, actor, cohortId, memberId, locale, now);
	if (!view.progress.done) {
		throw new AppError('invalid_state', translate(locale, 'cohorts.certificateNotYet', { attended: view.progress.attended, required: view.progress.required }));
	}
	const lang = asLocale(view.member.locale);
	const kindLabel = translate(lang, `cohorts.kind_${view.cohort.kind}`);
	const lines: PdfLine[] = [
		{ text: translate(lang, 'cohorts.certificateHeading'), size: 26, bold: true, gap: 120 },
		{ text: translate(lang, 'cohorts.certificateIntro'), size: 13, gap: 40 },
		{ text: view.member.displayName, size: 22, bold: true, gap: 18 },
		{ text: translate(lang, 'cohorts.certificateBody', { cohort: view.cohort.name, kind: kindLabel, year: view.cohort.year }), size: 13, gap: 24 },
		{ text: translate(lang, 'cohorts.certificateAttended', { attended: view.progress.attended, held: view.progress.held }), size: 12, gap: 14 }
	];
	for (const k of view.progress.byKind) {
		lines.push({ text: `• ${translate(lang, `cohorts.session_${k.kind}`)}: ${k.attended}/${k.held}`, size: 11, gap: 4 });
	}
	lines.push({ text: translate(lang, 'cohorts.certificateDate', { date: formatDate(lang, view.member.completedAt ?? now) }), size: 11, gap: 40 });
	lines.push({ text: 'Social Innovation Factory', size: 11, bold: true, gap: 8 });
	const bytes = buildPdf([lines], translate(lang, 'cohorts.certificateHeading'));
	const safe = view.member.displayName.normalize('NFD').replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '').toLowerCase() || 'member';
	return { bytes, filename: `certificate-${safe}.pdf` };
}
