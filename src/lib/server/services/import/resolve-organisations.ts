/**
 * The organisations an import names, found or created once each: by enterprise number
 * when the file gives one, else by name (any letter case). A found organisation gains an
 * enterprise number or legal form it did not have; nothing it has is overwritten.
 */
import { and, inArray, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { organisations } from '../../db/schema/people.ts';
import type { OrganisationDraft } from '../../../domain/import/rows.ts';
import { insertRows } from './bulk-sql.ts';

type OrganisationRow = typeof organisations.$inferSelect;

/** The key under which the import knows an organisation. */
export function organisationKey(draft: OrganisationDraft): string {
	return draft.enterpriseNumber ? `kbo:${draft.enterpriseNumber}` : `name:${draft.name.toLowerCase()}`;
}

const CHUNK = 1000;

async function loadCandidates(tx: Db, numbers: string[], names: string[]): Promise<OrganisationRow[]> {
	const found: OrganisationRow[] = [];
	for (let i = 0; i < numbers.length; i += CHUNK) {
		found.push(...(await tx.select().from(organisations).where(inArray(organisations.enterpriseNumber, numbers.slice(i, i + CHUNK)))));
	}
	for (let i = 0; i < names.length; i += CHUNK) {
		found.push(
			...(await tx
				.select()
				.from(organisations)
				.where(and(isNull(organisations.mergedIntoId), inArray(sql`lower(${organisations.name})`, names.slice(i, i + CHUNK)))))
		);
	}
	return found;
}

/** Returns organisation id by {@link organisationKey}; creates what is missing; fills `namesById`. */
export async function resolveOrganisations(tx: Db, drafts: OrganisationDraft[], namesById: Map<string, string> = new Map()): Promise<Map<string, string>> {
	const wanted = new Map<string, OrganisationDraft>();
	for (const draft of drafts) {
		const key = organisationKey(draft);
		const known = wanted.get(key);
		wanted.set(key, { ...known, ...Object.fromEntries(Object.entries(draft).filter(([, v]) => v !== undefined)) } as OrganisationDraft);
	}
	// A row naming only "Buurtwerk vzw" next to a row giving its number: the same organisation.
	const numberedByName = new Map<string, string>();
	for (const [key, draft] of wanted) if (draft.enterpriseNumber) numberedByName.set(draft.name.toLowerCase(), key);
	const aliases = new Map<string, string>();
	for (const [key, draft] of wanted) {
		const numbered = draft.enterpriseNumber ? undefined : numberedByName.get(draft.name.toLowerCase());
		if (numbered) {
			aliases.set(key, numbered);
			wanted.delete(key);
		}
	}
	const numbers = [...wanted.values()].flatMap((d) => (d.enterpriseNumber ? [d.enterpriseNumber] : []));
	const names = [...new Set([...wanted.values()].map((d) => d.name.toLowerCase()))];
	const candidates = await loadCandidates(tx, numbers, names);
	const byNumber = new Map(candidates.filter((o) => o.enterpriseNumber).map((o) => [o.enterpriseNumber!, o]));
	const byName = new Map<string, OrganisationRow>();
	for (const o of candidates) if (!o.mergedIntoId && !byName.has(o.name.toLowerCase())) byName.set(o.name.toLowerCase(), o);

	const ids = new Map<string, string>();
	const toCreate: { key: string; draft: OrganisationDraft }[] = [];
	for (const [key, draft] of wanted) {
		const sameName = byName.get(draft.name.toLowerCase());
		const found = draft.enterpriseNumber
			? (byNumber.get(draft.enterpriseNumber) ?? (sameName && !sameName.enterpriseNumber ? sameName : undefined))
			: sameName;
		if (!found) {
			toCreate.push({ key, draft });
			continue;
		}
		ids.set(key, found.id);
		namesById.set(found.id, found.name);
		const fill: Partial<OrganisationRow> = {};
		if (draft.enterpriseNumber && !found.enterpriseNumber) fill.enterpriseNumber = draft.enterpriseNumber;
		if (draft.legalForm && !found.legalForm) fill.legalForm = draft.legalForm;
		if (Object.keys(fill).length > 0) {
			await tx
				.update(organisations)
				.set({ ...fill, version: sql`${organisations.version} + 1`, updatedAt: new Date() })
				.where(sql`${organisations.id} = ${found.id}`);
			Object.assign(found, fill);
		}
	}
	for (let i = 0; i < toCreate.length; i += CHUNK) {
		const chunk = toCreate.slice(i, i + CHUNK);
		const rows = await insertRows<{ id: string; name: string; enterpriseNumber: string | null }>(
			tx,
			'organisations',
			[['name', 'text'], ['enterprise_number', 'text'], ['legal_form', 'text']],
			chunk.map(({ draft }) => ({ name: draft.name, enterprise_number: draft.enterpriseNumber ?? null, legal_form: draft.legalForm ?? null })),
			sql`returning id, name, enterprise_number as "enterpriseNumber"`
		);
		for (const row of rows) namesById.set(row.id, row.name);
		for (const row of rows) ids.set(organisationKey({ name: row.name, enterpriseNumber: row.enterpriseNumber ?? undefined }), row.id);
	}
	for (const [alias, key] of aliases) ids.set(alias, ids.get(key)!);
	return ids;
}
