/**
 * From untrusted JSON to a solvable instance: the zod schema first, then the semantic
 * checks. Returns every problem as one line naming the offending field or id.
 */
import {
	describeSchemaIssue,
	TimetableInstanceSchema,
	type TimetableInstance
} from '../../schemas/timetable.ts';
import { findInstanceProblems } from './instance-problems.ts';

export type ParsedInstance =
	| { ok: true; instance: TimetableInstance }
	| { ok: false; problems: string[] };

export function parseTimetableInstance(data: unknown): ParsedInstance {
	const parsed = TimetableInstanceSchema.safeParse(data);
	if (!parsed.success) return { ok: false, problems: [describeSchemaIssue(parsed.error)] };
	const problems = findInstanceProblems(parsed.data);
	return problems.length ? { ok: false, problems } : { ok: true, instance: parsed.data };
}
