/**
 * All messages, merged per language with the area as prefix: `t('auth.loginTitle')`.
 * Add one line per area file to `areas`.
 */
import { defaultLocale, interpolate, isLocale, type Locale, type Messages } from './core.ts';
import { common } from './messages/common.ts';
import { account } from './messages/account.ts';
import { admin } from './messages/admin.ts';
import { peerLedger } from './messages/peer-ledger.ts';
import { intake } from './messages/intake.ts';
import { events } from './messages/events.ts';
import { importMessages } from './messages/import.ts';
import { accelerationDay } from './messages/acceleration-day.ts';
import { people } from './messages/people.ts';
import { peerNetwork } from './messages/peer-network.ts';
import { matching } from './messages/matching.ts';
import { programmes } from './messages/programmes.ts';
import { cohorts } from './messages/cohorts.ts';
import { reports } from './messages/reports.ts';

const areas = { common, account, admin, peerLedger, intake, import: importMessages, people, accelerationDay, events, peerNetwork, matching, programmes, cohorts, reports } satisfies Record<string, Messages<Record<string, string>>>;

type Areas = typeof areas;
export type MessageKey = {
	[A in keyof Areas]: `${A & string}.${keyof Areas[A]['nl'] & string}`;
}[keyof Areas];

const tables: Record<Locale, Map<string, string>> = { nl: new Map(), fr: new Map(), en: new Map() };
for (const [area, messages] of Object.entries(areas)) {
	for (const locale of ['nl', 'fr', 'en'] as const) {
		for (const [key, text] of Object.entries(messages[locale])) {
			tables[locale].set(`${area}.${key}`, text as string);
		}
	}
}

export type Params = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: Params) => string;

/** Translates a key; falls back to Dutch, then to the key itself (visible, never empty). */
export function translate(locale: Locale, key: MessageKey | string, params?: Params): string {
	const text = tables[locale].get(key) ?? tables[defaultLocale].get(key) ?? key;
	return interpolate(text, params);
}

export function hasMessage(key: string): boolean {
	return tables[defaultLocale].has(key);
}

export function translator(locale: unknown): Translate {
	const l = isLocale(locale) ? locale : defaultLocale;
	return (key, params) => translate(l, key, params);
}

export { locales, defaultLocale, isLocale, localeNames, type Locale } from './core.ts';
