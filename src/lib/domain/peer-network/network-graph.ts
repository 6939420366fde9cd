/**
 * "Who helped whom", laid out for an SVG: people on a circle (most active at the top,
 * going clockwise), one arrow per giver → receiver pair, thicker for more sessions.
 * Pure: pairs in, coordinates out.
 */
export interface HelpPair {
	giver: string;
	receiver: string;
	sessions: number;
}

export interface GraphNode {
	id: string;
	name: string;
	x: number;
	y: number;
	given: number;
	received: number;
}

export interface GraphEdge {
	from: string;
	to: string;
	sessions: number;
	x1: number;
	y1: number;
	x2: number;
	y2: number;
	width: number;
}

export interface NetworkGraph {
	size: number;
	nodes: GraphNode[];
	edges: GraphEdge[];
}

const round = (n: number) => Math.round(n * 10) / 10;

export function layoutNetwork(
	pairs: readonly HelpPair[],
	names: ReadonlyMap<string, string>,
	size = 520,
	nodeRadius = 10
): NetworkGraph {
	const given = new Map<string, number>();
	const received = new Map<string, number>();
	for (const p of pairs) {
		given.set(p.giver, (given.get(p.giver) ?? 0) + p.sessions);
		received.set(p.receiver, (received.get(p.receiver) ?? 0) + p.sessions);
	}
	const ids = [...new Set(pairs.flatMap((p) => [p.giver, p.receiver]))].sort((a, b) => {
		const activity = (id: string) => (given.get(id) ?? 0) + (received.get(id) ?? 0);
		return activity(b) - activity(a) || (names.get(a) ?? a).localeCompare(names.get(b) ?? b);
	});
	const centre = size / 2;
	const radius = ids.length > 1 ? size / 2 - 60 : 0;
	const nodes: GraphNode[] = ids.map((id, i) => {
		const angle = -Math.PI / 2 + (2 * Math.PI * i) / Math.max(ids.length, 1);
		return {
			id,
			name: names.get(id) ?? id,
			x: round(centre + radius * Math.cos(angle)),
			y: round(centre + radius * Math.sin(angle)),
			given: given.get(id) ?? 0,
			received: received.get(id) ?? 0
		};
	});
	const at = new Map(nodes.map((n) => [n.id, n]));
	const most = Math.max(1, ...pairs.map((p) => p.sessions));
	const edges: GraphEdge[] = pairs.map((p) => {
		const a = at.get(p.giver)!;
		const b = at.get(p.receiver)!;
		const dx = b.x - a.x;
		const dy = b.y - a.y;
		const length = Math.hypot(dx, dy) || 1;
		// Stop at the node circles so the arrow head stays visible.
		const ux = dx / length;
		const uy = dy / length;
		return {
			from: p.giver,
			to: p.receiver,
			sessions: p.sessions,
			x1: round(a.x + ux * nodeRadius),
			y1: round(a.y + uy * nodeRadius),
			x2: round(b.x - ux * (nodeRadius + 4)),
			y2: round(b.y - uy * (nodeRadius + 4)),
			width: round(1 + (3 * p.sessions) / most)
		};
	});
	return { size, nodes, edges };
}
