/**
 * Proper edge colouring of a bipartite multigraph with `colours` colours, given that no
 * vertex has more than `colours` edges (König's theorem says this always succeeds).
 * Alternating-path method: to colour u–v, take a colour a free at u and b free at v; if
 * a is busy at v, swap a and b along the a/b path that starts at v (it cannot end at u
 * in a bipartite graph), then a is free at both ends.
 */
export function colourBipartiteEdges(
	leftCount: number,
	rightCount: number,
	edgeLeft: ArrayLike<number>,
	edgeRight: ArrayLike<number>,
	colours: number
): Int32Array {
	const edgeCount = edgeLeft.length;
	const colourOf = new Int32Array(edgeCount).fill(-1);
	const atLeft = new Int32Array(leftCount * colours).fill(-1);
	const atRight = new Int32Array(rightCount * colours).fill(-1);
	const freeColour = (table: Int32Array, vertex: number) => {
		const base = vertex * colours;
		for (let k = 0; k < colours; k++) if (table[base + k] === -1) return k;
		throw new Error('edge colouring: a vertex has more edges than colours');
	};
	const path: number[] = [];
	for (let e = 0; e < edgeCount; e++) {
		const u = edgeLeft[e];
		const v = edgeRight[e];
		const a = freeColour(atLeft, u);
		if (atRight[v * colours + a] !== -1) {
			const b = freeColour(atRight, v);
			// Walk the a/b path from v: right --a--> left --b--> right --a--> …
			path.length = 0;
			let onRight = true;
			let vertex = v;
			let colour = a;
			for (;;) {
				const edge = onRight ? atRight[vertex * colours + colour] : atLeft[vertex * colours + colour];
				if (edge === -1) break;
				path.push(edge);
				vertex = onRight ? edgeLeft[edge] : edgeRight[edge];
				onRight = !onRight;
				colour = colour === a ? b : a;
			}
			for (const edge of path) {
				atLeft[edgeLeft[edge] * colours + colourOf[edge]] = -1;
				atRight[edgeRight[edge] * colours + colourOf[edge]] = -1;
			}
			for (const edge of path) {
				const swapped = colourOf[edge] === a ? b : a;
				colourOf[edge] = swapped;
				atLeft[edgeLeft[edge] * colours + swapped] = edge;
				atRight[edgeRight[edge] * colours + swapped] = edge;
			}
		}
		colourOf[e] = a;
		atLeft[u * colours + a] = e;
		atRight[v * colours + a] = e;
	}
	return colourOf;
}
