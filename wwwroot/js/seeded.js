// Seeded randomness, so a layout depends on its seed and not on the moment it ran: the same link
// opened anywhere starts every node at the same place and lays it out the same way. DOM-free.

/** The seed a view uses unless its link names another. */
export const defaultSeed = 1;

/** A generator of numbers in [0, 1) that depends only on `seed` (mulberry32). */
export function seededRandom(seed) {
  let a = (Number(seed) >>> 0) || 1;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A 32-bit hash of a string (FNV-1a), mixed with the seed: a node's own stream of numbers. */
function hashOf(text, seed) {
  let h = (0x811c9dc5 ^ (Number(seed) >>> 0)) >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/**
 * Starting positions in a square of side `extent` centred on 0: each node's place depends on its id
 * and the seed only, so the order the server lists nodes in does not move anyone.
 */
export function initialPositions(ids, seed, extent = 600) {
  const positions = {};
  for (const id of ids) {
    const next = seededRandom(hashOf(id, seed));
    positions[id] = { x: (next() - 0.5) * extent, y: (next() - 0.5) * extent };
  }
  return positions;
}

/** Numbers for a layout that runs elsewhere (a worker): the same seed gives the same list. */
export function randomStream(seed, count) {
  const next = seededRandom(seed);
  return Array.from({ length: count }, next);
}

/**
 * Runs `run` (synchronous) with Math.random replaced by the seeded generator and layout-base's own
 * counter reset: fcose draws its spectral samples from both.
 */
export function withSeededRandom(seed, run) {
  const saved = Math.random;
  Math.random = seededRandom(seed);
  if (globalThis.layoutBase?.RandomSeed) globalThis.layoutBase.RandomSeed.seed = 1;
  try {
    return run();
  } finally {
    Math.random = saved;
  }
}

/** Dragged positions as link text: "id,x,y;id,x,y" (ids may hold commas; the last two fields are numbers). */
export function encodePins(pins) {
  return Object.entries(pins).map(([id, p]) => `${id},${Math.round(p.x)},${Math.round(p.y)}`).join(';');
}

/** The positions a pins text gives; malformed entries are skipped. */
export function decodePins(text) {
  const pins = {};
  for (const entry of (text || '').split(';')) {
    const parts = entry.split(',');
    if (parts.length < 3) continue;
    const y = Number(parts.pop());
    const x = Number(parts.pop());
    const id = parts.join(',');
    if (id && Number.isFinite(x) && Number.isFinite(y)) pins[id] = { x, y };
  }
  return pins;
}
