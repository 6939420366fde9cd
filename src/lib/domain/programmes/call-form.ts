/**
 * The call builder's two text areas ↔ questions and rubric (pure). One line per question:
 * `key | kind | label | option; option | required`; one line per criterion:
 * `key | label | weight | max`. Lines that do not have the parts are reported by number;
 * the values themselves are validated by CallInputSchema.
 */
export interface QuestionLine {
	key: string;
	kind: string;
	label: string;
	options?: string[];
	required?: boolean;
}
export interface CriterionLine {
	key: string;
	label: string;
	weight: number;
	max: number;
}

const lines = (text: string) =>
	text
		.split(/\r?\n/)
		.map((l, i) => ({ n: i + 1, parts: l.split('|').map((p) => p.trim()) }))
		.filter((l) => l.parts.some((p) => p !== ''));

export function parseQuestions(text: string): { questions: QuestionLine[]; badLines: number[] } {
	const questions: QuestionLine[] = [];
	const badLines: number[] = [];
	for (const { n, parts } of lines(text)) {
		const [key, kind, label, options = '', required = ''] = parts;
		if (!key || !kind || !label) {
			badLines.push(n);
			continue;
		}
		const opts = options.split(';').map((o) => o.trim()).filter(Boolean);
		questions.push({
			key,
			kind,
			label,
			...(opts.length ? { options: opts } : {}),
			required: /^(required|verplicht|obligatoire|yes|ja|oui|\*)$/i.test(required)
		});
	}
	return { questions, badLines };
}

export function parseCriteria(text: string): { criteria: CriterionLine[]; badLines: number[] } {
	const criteria: CriterionLine[] = [];
	const badLines: number[] = [];
	for (const { n, parts } of lines(text)) {
		const [key, label, weight, max] = parts;
		const w = Number((weight ?? '').replace(',', '.'));
		const m = Number(max);
		if (!key || !label || !weight || !max || !Number.isFinite(w) || !Number.isFinite(m)) {
			badLines.push(n);
			continue;
		}
		criteria.push({ key, label, weight: w, max: m });
	}
	return { criteria, badLines };
}

export function questionsText(questions: readonly QuestionLine[]): string {
	return questions
		.map((q) => [q.key, q.kind, q.label, (q.options ?? []).join('; '), q.required ? 'required' : ''].join(' | ').replace(/( \| )+$/, ''))
		.join('\n');
}

export function criteriaText(criteria: readonly CriterionLine[]): string {
	return criteria.map((c) => `${c.key} | ${c.label} | ${c.weight} | ${c.max}`).join('\n');
}
