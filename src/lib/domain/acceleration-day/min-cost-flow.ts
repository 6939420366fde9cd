/**
 * Minimum-cost flow of any amount (augment while it lowers the cost), by the primal-dual
 * method: Dijkstra on reduced costs to update node potentials, then one depth-first
 * pass that augments along the arcs whose reduced cost is zero. With integer scores the number of
 * Dijkstra phases is bounded by the number of distinct shortest-path lengths, which
 * keeps 250 000-arc matchings well under a second.
 *
 * Invariant between phases: every residual arc has reduced cost ≥ -eps, so the flow is
 * a minimum-cost flow for its value; the run stops when the cheapest augmenting path no
 * longer has negative cost, which makes the result minimum-cost over all flow values.
 */
export class MinCostFlow {
	readonly nodeCount: number;
	private head: Int32Array;
	private next: Int32Array;
	private to: Int32Array;
	private cap: Int32Array;
	private cost: Float64Array;
	private edgeCount = 0;

	constructor(nodeCount: number, expectedArcs = 16) {
		this.nodeCount = nodeCount;
		this.head = new Int32Array(nodeCount).fill(-1);
		const size = Math.max(4, expectedArcs * 2);
		this.next = new Int32Array(size);
		this.to = new Int32Array(size);
		this.cap = new Int32Array(size);
		this.cost = new Float64Array(size);
	}

	/** Adds arc u→v; returns its id (the residual reverse arc is id ^ 1). */
	addArc(u: number, v: number, capacity: number, cost: number): number {
		if (this.edgeCount + 2 > this.to.length) this.grow();
		const e = this.edgeCount;
		this.to[e] = v;
		this.cap[e] = capacity;
		this.cost[e] = cost;
		this.next[e] = this.head[u];
		this.head[u] = e;
		this.to[e + 1] = u;
		this.cap[e + 1] = 0;
		this.cost[e + 1] = -cost;
		this.next[e + 1] = this.head[v];
		this.head[v] = e + 1;
		this.edgeCount += 2;
		return e;
	}

	/** Node potentials after run(): reduced costs of residual arcs are ≥ −eps. */
	potential: Float64Array = new Float64Array(0);

	/**
	 * Reduced cost, under the final potentials, of an arc u→v of the given cost that is
	 * NOT in the network. Because run() leaves π(sink) = π(source), the potentials are
	 * LP duals of the network: when every left-out arc has reduced cost ≥ 0, the flow is
	 * also a minimum-cost flow of the network that contains those arcs (with zero flow).
	 */
	reducedCostOf(u: number, v: number, cost: number): number {
		return cost + this.potential[u] - this.potential[v];
	}

	/** Units of flow on the arc returned by addArc. */
	flowOn(arc: number): number {
		return this.cap[arc ^ 1];
	}

	private grow() {
		const size = this.to.length * 2;
		const copy = <T extends Int32Array | Float64Array>(old: T, fresh: T) => {
			fresh.set(old);
			return fresh;
		};
		this.next = copy(this.next, new Int32Array(size));
		this.to = copy(this.to, new Int32Array(size));
		this.cap = copy(this.cap, new Int32Array(size));
		this.cost = copy(this.cost, new Float64Array(size));
	}

	/**
	 * Sends flow from source to sink while an augmenting path of negative cost exists.
	 * eps is the tolerance on reduced costs (0.5 suits integer costs).
	 * Returns the total cost of the flow.
	 */
	run(source: number, sink: number, eps: number): number {
		const n = this.nodeCount;
		const potential = this.initialPotentials(source);
		const dist = new Float64Array(n);
		const mark = new Int32Array(n);
		const current = new Int32Array(n);
		const heap = new BinaryHeap(n + 16);
		const { head, next, to, cap, cost } = this;
		let total = 0;
		for (;;) {
			// Dijkstra on reduced costs, stopped once the sink is settled.
			dist.fill(Infinity);
			dist[source] = 0;
			heap.clear();
			heap.push(0, source);
			let sinkDist = Infinity;
			while (heap.size > 0) {
				const d = heap.topKey();
				const u = heap.pop();
				if (d > dist[u]) continue;
				if (u === sink) {
					sinkDist = d;
					break;
				}
				const pu = potential[u];
				for (let e = head[u]; e !== -1; e = next[e]) {
					if (cap[e] <= 0) continue;
					const v = to[e];
					let reduced = cost[e] + pu - potential[v];
					if (reduced < 0) reduced = 0; // rounding noise only, by the invariant
					const nd = d + reduced;
					if (nd < dist[v]) {
						dist[v] = nd;
						heap.push(nd, v);
					}
				}
			}
			// pathCost: cost of the cheapest augmenting path found by the previous phase.
			const pathCost = potential[sink] - potential[source];
			if (sinkDist === Infinity || pathCost + sinkDist >= -eps) {
				// Done. Shift potentials by min(dist, τ) with τ = −pathCost so that
				// π(sink) = π(source): then they are optimal duals (see dualBoundTerm).
				const tau = Math.max(0, Math.min(-pathCost, sinkDist));
				for (let v = 0; v < n; v++) potential[v] += Math.min(dist[v], tau);
				this.potential = potential;
				return total;
			}
			for (let v = 0; v < n; v++) potential[v] += Math.min(dist[v], sinkDist);
			total += this.augmentAdmissible(source, sink, potential, eps, mark, current);
		}
	}

	/**
	 * One depth-first pass over the admissible arcs (reduced cost ≈ 0) that augments
	 * along every path it finds. A node found unable to reach the sink stays so for the
	 * rest of the pass (new residual arcs only join nodes of augmenting paths), so the
	 * pass is linear plus path lengths; paths it misses are found by the next phase.
	 * `state` marks 0 unseen, 1 on the current path, 2 dead.
	 */
	private augmentAdmissible(
		source: number,
		sink: number,
		potential: Float64Array,
		eps: number,
		state: Int32Array,
		current: Int32Array
	): number {
		const { head, next, to, cap, cost } = this;
		state.fill(0);
		current.set(head);
		const pathArcs: number[] = [];
		let addedCost = 0;
		let u = source;
		state[source] = 1;
		for (;;) {
			if (u === sink) {
				let push = Infinity;
				for (const e of pathArcs) push = Math.min(push, cap[e]);
				let retreatTo = -1;
				for (let k = 0; k < pathArcs.length; k++) {
					const e = pathArcs[k];
					cap[e] -= push;
					cap[e ^ 1] += push;
					addedCost += push * cost[e];
					if (cap[e] === 0 && retreatTo < 0) retreatTo = k;
				}
				for (let k = retreatTo; k < pathArcs.length; k++) state[to[pathArcs[k]]] = 0;
				pathArcs.length = retreatTo;
				u = retreatTo === 0 ? source : to[pathArcs[retreatTo - 1]];
				continue;
			}
			const pu = potential[u];
			let e = current[u];
			while (e !== -1) {
				const v = to[e];
				if (state[v] === 0 && cap[e] > 0 && cost[e] + pu - potential[v] <= eps) break;
				e = next[e];
			}
			current[u] = e;
			if (e !== -1) {
				pathArcs.push(e);
				u = to[e];
				state[u] = 1;
				continue;
			}
			state[u] = 2;
			if (u === source) return addedCost;
			const back = pathArcs.pop()!;
			u = to[back ^ 1];
		}
	}

	/** Shortest distances from the source on the initial residual graph (Bellman-Ford by queue). */
	private initialPotentials(source: number): Float64Array {
		const n = this.nodeCount;
		const { head, next, to, cap, cost } = this;
		const dist = new Float64Array(n).fill(Infinity);
		const inQueue = new Uint8Array(n);
		const queue = new Int32Array(n + 1);
		let qHead = 0;
		let qTail = 0;
		dist[source] = 0;
		queue[qTail++] = source;
		inQueue[source] = 1;
		let pops = 0;
		while (qHead !== qTail) {
			const u = queue[qHead];
			qHead = qHead === n ? 0 : qHead + 1;
			inQueue[u] = 0;
			if (++pops > n * n + 10) throw new Error('negative cycle in the initial flow network');
			for (let e = head[u]; e !== -1; e = next[e]) {
				if (cap[e] <= 0) continue;
				const v = to[e];
				const nd = dist[u] + cost[e];
				if (nd < dist[v]) {
					dist[v] = nd;
					if (!inQueue[v]) {
						inQueue[v] = 1;
						queue[qTail] = v;
						qTail = qTail === n ? 0 : qTail + 1;
					}
				}
			}
		}
		// Unreachable nodes stay unreachable (no flow passes them), any finite value will do.
		for (let v = 0; v < n; v++) if (dist[v] === Infinity) dist[v] = 0;
		return dist;
	}
}

/** Min-heap of (key, node) with lazy deletion; grows as needed. */
class BinaryHeap {
	private keys: Float64Array;
	private nodes: Int32Array;
	size = 0;
	constructor(capacity: number) {
		this.keys = new Float64Array(capacity);
		this.nodes = new Int32Array(capacity);
	}
	clear() {
		this.size = 0;
	}
	topKey() {
		return this.keys[0];
	}
	push(key: number, node: number) {
		if (this.size === this.keys.length) {
			const keys = new Float64Array(this.size * 2);
			keys.set(this.keys);
			const nodes = new Int32Array(this.size * 2);
			nodes.set(this.nodes);
			this.keys = keys;
			this.nodes = nodes;
		}
		let i = this.size++;
		const { keys, nodes } = this;
		while (i > 0) {
			const parent = (i - 1) >> 1;
			if (keys[parent] <= key) break;
			keys[i] = keys[parent];
			nodes[i] = nodes[parent];
			i = parent;
		}
		keys[i] = key;
		nodes[i] = node;
	}
	pop(): number {
		const { keys, nodes } = this;
		const top = nodes[0];
		const last = --this.size;
		const key = keys[last];
		const node = nodes[last];
		let i = 0;
		for (;;) {
			let child = 2 * i + 1;
			if (child >= last) break;
			if (child + 1 < last && keys[child + 1] < keys[child]) child++;
			if (keys[child] >= key) break;
			keys[i] = keys[child];
			nodes[i] = nodes[child];
			i = child;
		}
		keys[i] = key;
		nodes[i] = node;
		return top;
	}
}
