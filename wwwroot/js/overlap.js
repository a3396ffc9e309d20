// Overlap removal after a force-directed layout: fcose keeps nodes apart on average, not pairwise,
// so big hubs could still sit on each other in the crowded centre (a click then picked a neighbour
// and the hub's label had no room). Boxes that overlap are pushed apart along the axis where they
// overlap least, half each, until none overlaps. DOM-free, tested with node --test.

/**
 * @param {Array<{id: string, x: number, y: number, w: number, h: number}>} nodes centre and drawn size
 * @param {{gap?: number, rounds?: number}} options the space kept between boxes, and a bound on the work
 * @returns {Record<string, {x: number, y: number}>} every node's new centre
 */
export function separateBoxes(nodes, { gap = 8, rounds = 400 } = {}) {
  const boxes = [...nodes].sort((a, b) => (a.id < b.id ? -1 : 1)).map((n) => ({ ...n }));
  const cell = Math.max(1, ...boxes.map((b) => Math.max(b.w, b.h))) + gap;
  for (let round = 0; round < rounds; round++) {
    if (!pushApart(boxes, cell, gap)) break;
  }
  return Object.fromEntries(boxes.map((b) => [b.id, { x: b.x, y: b.y }]));
}

/** One pass over the pairs that share a grid cell or touch one; true when a pair was moved. */
function pushApart(boxes, cell, gap) {
  const grid = new Map();
  boxes.forEach((b, i) => {
    const key = `${Math.floor(b.x / cell)},${Math.floor(b.y / cell)}`;
    if (!grid.has(key)) grid.set(key, []);
    grid.get(key).push(i);
  });
  let moved = false;
  boxes.forEach((a, i) => {
    const cx = Math.floor(a.x / cell);
    const cy = Math.floor(a.y / cell);
    for (let dx = -1; dx <= 1; dx++) {
      for (let dy = -1; dy <= 1; dy++) {
        for (const j of grid.get(`${cx + dx},${cy + dy}`) || []) {
          if (j > i && separate(a, boxes[j], gap, i + j)) moved = true;
        }
      }
    }
  });
  return moved;
}

function separate(a, b, gap, salt) {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const overlapX = (a.w + b.w) / 2 + gap - Math.abs(dx);
  const overlapY = (a.h + b.h) / 2 + gap - Math.abs(dy);
  if (overlapX <= 0 || overlapY <= 0) return false;
  // Nodes on the very same spot part in a direction fixed by their order, so the result is reproducible.
  const sign = (d) => (d !== 0 ? Math.sign(d) : salt % 2 === 0 ? 1 : -1);
  // Each moves half the overlap and a pixel more, so a pair once parted stays parted against rounding.
  if (overlapX < overlapY) {
    a.x -= sign(dx) * (overlapX / 2 + 1);
    b.x += sign(dx) * (overlapX / 2 + 1);
  } else {
    a.y -= sign(dy) * (overlapY / 2 + 1);
    b.y += sign(dy) * (overlapY / 2 + 1);
  }
  return true;
}
