import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { colourBipartiteEdges } from './edge-colouring.ts';

describe('colourBipartiteEdges', () => {
	it('colours any bipartite multigraph of maximum degree k with k colours, properly', () => {
		const graph = fc
			.record({ left: fc.integer({ min: 1, max: 8 }), right: fc.integer({ min: 1, max: 8 }), k: fc.integer({ min: 1, max: 5 }) })
			.chain(({ left, right, k }) =>
				fc
					.array(fc.tuple(fc.nat(left - 1), fc.nat(right - 1)), { maxLength: 60 })
					.map((edges) => {
						// Keep edges while both ends have fewer than k.
						const dl = new Array(left).fill(0);
						const dr = new Array(right).fill(0);
						const kept = edges.filter(([u, v]) => dl[u] < k && dr[v] < k && (dl[u]++, dr[v]++, true));
						return { left, right, k, edges: kept };
					})
			);
		fc.assert(
			fc.property(graph, ({ left, right, k, edges }) => {
				const colour = colourBipartiteEdges(left, right, edges.map((e) => e[0]), edges.map((e) => e[1]), k);
				const seen = new Set<string>();
				edges.forEach(([u, v], e) => {
					expect(colour[e]).toBeGreaterThanOrEqual(0);
					expect(colour[e]).toBeLessThan(k);
					for (const key of [`L${u}:${colour[e]}`, `R${v}:${colour[e]}`]) {
						expect(seen.has(key)).toBe(false);
						seen.add(key);
					}
				});
			}),
			{ numRuns: 300 }
		);
	});

	it('refuses a vertex with more edges than colours', () => {
		expect(() => colourBipartiteEdges(1, 2, [0, 0], [0, 1], 1)).toThrow(/more edges than colours/);
	});
});
