/** Deterministic pseudo-random numbers in [0, 1), so every fresh portal shows the same demo data. */
export function random(seed: string) {
  let h = 2166136261;
  for (const c of seed) h = Math.imul(h ^ c.charCodeAt(0), 16777619);
  return () => {
    h =
      Math.imul(h ^ (h >>> 15), 2246822507) ^
      Math.imul(h ^ (h >>> 13), 3266489909);
    return ((h >>>= 0) % 10000) / 10000;
  };
}

/** `count` distinct elements of `list`, picked with `rand`. */
export function pick<T>(list: T[], count: number, rand: () => number): T[] {
  const pool = [...list];
  const picked: T[] = [];
  while (picked.length < count && pool.length) {
    picked.push(pool.splice(Math.floor(rand() * pool.length), 1)[0]);
  }
  return picked;
}
