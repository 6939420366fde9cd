/** Options the registration forms show: taxonomy terms and the day's meeting rounds with their times. */
import type { Db } from '../../db/client.ts';
import { translate } from '../../../i18n/index.ts';
import { formatTime } from '../../../i18n/format.ts';
import type { Locale } from '../../../i18n/core.ts';
import { taxonomyOptions } from '../intake/taxonomy-options.ts';
import type { SlotRow } from './day-records.ts';

export function roundLabel(block: Pick<SlotRow, 'kind' | 'slotNumber' | 'startsAt' | 'endsAt'>, locale: Locale): string {
	const name =
		block.kind === 'meeting'
			? translate(locale, 'accelerationDay.block_meeting', { n: (block.slotNumber ?? 0) + 1 })
			: translate(locale, `accelerationDay.block_${block.kind}`);
	return `${name} (${formatTime(locale, block.startsAt)}–${formatTime(locale, block.endsAt)})`;
}

export async function registrationOptions(db: Db, blocks: readonly SlotRow[], locale: Locale) {
	return {
		categories: await taxonomyOptions(db, 'category', locale),
		themes: await taxonomyOptions(db, 'theme', locale),
		slots: blocks
			.filter((b) => b.kind === 'meeting')
			.map((b) => ({ value: String(b.slotNumber), label: roundLabel(b, locale) }))
	};
}
