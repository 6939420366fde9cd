/**
 * A small BM25 (Okapi, k1 = 1.2, b = 0.75) over pre-analysed documents, built once and
 * queried many times. Postings are flat typed arrays, and a query accumulates into a
 * reusable score buffer, so scoring one need against 10,000 people touches only the
 * people who share a term with it.
 */

const K1 = 1.2;
const B = 0.75;

export interface Bm25Index {
	readonly documentCount: number;
	/** term → index into postings */
	readonly termIds: ReadonlyMap<string, number>;
	readonly postingDocs: Int32Array[];
	readonly postingTf: Uint16Array[];
	readonly idf: Float64Array;
	/** Precomputed k1·(1 − b + b·len/avgLen) per document. */
	readonly lengthNorm: Float64Array;
}

/**
 * Builds the index. Invariant: `postingDocs[t]` is strictly increasing, and
 * `postingTf[t][i] ≥ 1` is the count of term t in document `postingDocs[t][i]`.
 */
export function buildBm25(documents: readonly (readonly string[])[]): Bm25Index {
	const termIds = new Map<string, number>();
	const docs: number[][] = [];
	const tfs: number[][] = [];
	const lengths = new Float64Array(documents.length);
	documents.forEach((terms, doc) => {
		lengths[doc] = terms.length;
		const counts = new Map<string, number>();
		for (const term of terms) counts.set(term, (counts.get(term) ?? 0) + 1);
		for (const [term, count] of counts) {
			let id = termIds.get(term);
			if (id === undefined) {
				id = docs.length;
				termIds.set(term, id);
				docs.push([]);
				tfs.push([]);
			}
			docs[id].push(doc);
			tfs[id].push(Math.min(count, 65535));
		}
	});
	const n = documents.length;
	const totalLength = lengths.reduce((a, b) => a + b, 0);
	const avgLength = n > 0 && totalLength > 0 ? totalLength / n : 1;
	const lengthNorm = lengths.map((len) => K1 * (1 - B + (B * len) / avgLength));
	const idf = new Float64Array(docs.length);
	docs.forEach((postings, id) => {
		const df = postings.length;
		idf[id] = Math.log(1 + (n - df + 0.5) / (df + 0.5));
	});
	return {
		documentCount: n,
		termIds,
		postingDocs: docs.map((d) => Int32Array.from(d)),
		postingTf: tfs.map((t) => Uint16Array.from(t)),
		idf,
		lengthNorm
	};
}

export interface Bm25Result {
	/** Scores per document; only `touched` entries are non-zero. Owned by the caller. */
	scores: Float64Array;
	/** Documents with a score > 0, in no particular order (a view of the touched buffer). */
	touched: Int32Array;
	/** Highest score (0 when nothing matched). */
	max: number;
	/** Query terms known to the index, unique. */
	matchedTerms: string[];
}

/**
 * Scores every document sharing a term with the query. Repeated query terms count once
 * (a need that says "funding" three times is not three times as much about funding).
 * `scores` and `touchedBuffer` may be passed in to reuse buffers (no allocation per
 * query); `scores` must be all zeros on entry.
 */
export function queryBm25(
	index: Bm25Index,
	queryTerms: readonly string[],
	scores?: Float64Array,
	touchedBuffer?: Int32Array
): Bm25Result {
	const out = scores ?? new Float64Array(index.documentCount);
	const touched = touchedBuffer ?? new Int32Array(index.documentCount);
	let count = 0;
	const matchedTerms: string[] = [];
	let max = 0;
	for (const term of new Set(queryTerms)) {
		const id = index.termIds.get(term);
		if (id === undefined) continue;
		matchedTerms.push(term);
		const docs = index.postingDocs[id];
		const tfs = index.postingTf[id];
		const idf = index.idf[id];
		for (let i = 0; i < docs.length; i++) {
			const doc = docs[i];
			const tf = tfs[i];
			if (out[doc] === 0) touched[count++] = doc;
			out[doc] += (idf * tf * (K1 + 1)) / (tf + index.lengthNorm[doc]);
		}
	}
	for (let i = 0; i < count; i++) if (out[touched[i]] > max) max = out[touched[i]];
	return { scores: out, touched: touched.subarray(0, count), max, matchedTerms };
}

/** Resets the touched entries of a buffer returned by queryBm25, so it can be reused. */
export function clearBm25Scores(result: Bm25Result): void {
	for (const doc of result.touched) result.scores[doc] = 0;
}

/** What one term adds to one document's score (0 when the document lacks it); binary search in the sorted postings. */
export function termScore(index: Bm25Index, doc: number, term: string): number {
	const id = index.termIds.get(term);
	if (id === undefined) return 0;
	const docs = index.postingDocs[id];
	let lo = 0;
	let hi = docs.length - 1;
	while (lo <= hi) {
		const mid = (lo + hi) >> 1;
		if (docs[mid] === doc) {
			const tf = index.postingTf[id][mid];
			return (index.idf[id] * tf * (K1 + 1)) / (tf + index.lengthNorm[doc]);
		}
		if (docs[mid] < doc) lo = mid + 1;
		else hi = mid - 1;
	}
	return 0;
}
