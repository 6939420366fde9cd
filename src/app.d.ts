import type { Actor } from '$lib/server/auth/actor';
import type { Db, Engine } from '$lib/server/db/client';
import type { Locale } from '$lib/i18n/core';

// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {
		interface Error {
			message: string;
			code?: string;
		}
		interface Locals {
			db: Db;
			engine: Engine;
			actor: Actor;
			locale: Locale;
			sessionToken?: string;
		}
		interface PageData {
			locale: import('$lib/i18n/core').Locale;
		}
		// interface PageState {}
		// interface Platform {}
	}
}

export {};
