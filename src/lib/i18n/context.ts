/**
 * The translator for Svelte components: the root layout provides the current language,
 * components call `useT()` during initialisation and get a function that follows the
 * language reactively (it reads the getter on every call).
 */
import { getContext, setContext } from 'svelte';
import { defaultLocale, type Locale } from './core.ts';
import { translate, type MessageKey, type Params } from './index.ts';

const KEY = Symbol('sif.i18n');

export function provideLocale(getLocale: () => Locale): void {
	setContext(KEY, getLocale);
}

export function useLocale(): () => Locale {
	return getContext<(() => Locale) | undefined>(KEY) ?? (() => defaultLocale);
}

export function useT(): (key: MessageKey, params?: Params) => string {
	const getLocale = useLocale();
	return (key, params) => translate(getLocale(), key, params);
}
