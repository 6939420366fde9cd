/**
 * Seeded randomness for generated data (synthetic networks, benchmarks). Domain code
 * never draws its own randomness: an `Rng` is passed in, so a seed reproduces a run.
 */

/** Uniform in [0, 1). */
export type Rng = () => number;

/** A small fast seeded PRNG (mulberry32), for reproducible generated data. */
export function mulberry32(seed: number): Rng {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

export const pick = <T>(rng: Rng, items: readonly T[]): T =>
	items[Math.floor(rng() * items.length)];
export const chance = (rng: Rng, p: number) => rng() < p;
export function sample<T>(rng: Rng, items: readonly T[], k: number): T[] {
	const copy = items.slice();
	for (let i = copy.length - 1; i > 0; i--) {
		const j = Math.floor(rng() * (i + 1));
		[copy[i], copy[j]] = [copy[j], copy[i]];
	}
	return copy.slice(0, Math.min(k, copy.length));
}
export function shuffle<T>(rng: Rng, items: T[]): T[] {
	return sample(rng, items, items.length);
}
