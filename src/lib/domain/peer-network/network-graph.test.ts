import { describe, expect, it } from 'vitest';
import { layoutNetwork } from './network-graph.ts';

describe('who helped whom', () => {
	const names = new Map([
		['a', 'Ann'],
		['b', 'Bo'],
		['c', 'Cas']
	]);
	it('puts the most active person on top and counts given and received', () => {
		const graph = layoutNetwork(
			[
				{ giver: 'a', receiver: 'b', sessions: 2 },
				{ giver: 'c', receiver: 'a', sessions: 1 }
			],
			names,
			500
		);
		expect(graph.nodes.map((n) => n.id)).toEqual(['a', 'b', 'c']);
		expect(graph.nodes[0]).toMatchObject({ x: 250, y: 60, given: 2, received: 1 });
		expect(graph.nodes.find((n) => n.id === 'c')).toMatchObject({ given: 1, received: 0 });
		for (const n of graph.nodes) expect(Math.hypot(n.x - 250, n.y - 250)).toBeCloseTo(190, 0);
	});
	it('draws thicker arrows for more sessions, stopping short of the circles', () => {
		const graph = layoutNetwork(
			[
				{ giver: 'a', receiver: 'b', sessions: 3 },
				{ giver: 'b', receiver: 'c', sessions: 1 }
			],
			names
		);
		const [ab, bc] = graph.edges;
		expect(ab.width).toBe(4);
		expect(bc.width).toBe(2);
		const a = graph.nodes.find((n) => n.id === 'a')!;
		expect(Math.hypot(ab.x1 - a.x, ab.y1 - a.y)).toBeCloseTo(10, 0);
	});
	it('is empty without sessions', () => {
		expect(layoutNetwork([], names)).toMatchObject({ nodes: [], edges: [] });
	});
});
