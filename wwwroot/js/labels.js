// Readable labels: labels keep one size on screen whatever the zoom, and are placed greedily, most
// important node first, below, above, right or left of their node, wherever they cover no other
// label and no other node. The losers stay hidden until zooming in gives them room. Long names are
// shortened; the full name shows on hover. `chooseLabels` is DOM-free (tested with node --test).

/** Names longer than this are cut, with an ellipsis, for the drawn label. */
export const longName = 34;

/** The label drawn for a name: long names cut at a word boundary, with an ellipsis. */
export function shortLabel(name) {
  const text = String(name ?? '');
  if (text.length <= longName) return text;
  const cut = text.lastIndexOf(' ', longName - 1);
  return `${text.slice(0, cut > longName / 2 ? cut : longName - 1)}…`;
}

// Centre last: a label over its own node hides the node's colour, so it is the last resort.
const sides = ['bottom', 'top', 'right', 'left', 'center'];

function overlaps(a, b) {
  return a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
}

/** The label box moved to one side of its node (boxes are {x1, y1, x2, y2}; `label` is measured below the node). */
export function labelBoxAt(side, body, label) {
  const w = label.x2 - label.x1;
  const h = label.y2 - label.y1;
  // Signed: Cytoscape's box of a label below its node starts a little inside the node's box (room for
  // the text's outline), and a label on any other side reaches as far into the node; clamped at zero,
  // the moved box sat that far off the drawn one and two labels could meet.
  const gap = label.y1 - body.y2;
  const cx = (body.x1 + body.x2) / 2;
  const cy = (body.y1 + body.y2) / 2;
  if (side === 'top') return { x1: cx - w / 2, x2: cx + w / 2, y1: body.y1 - gap - h, y2: body.y1 - gap };
  if (side === 'right') return { x1: body.x2 + gap, x2: body.x2 + gap + w, y1: cy - h / 2, y2: cy + h / 2 };
  if (side === 'center') return { x1: cx - w / 2, x2: cx + w / 2, y1: cy - h / 2, y2: cy + h / 2 };
  if (side === 'left') return { x1: body.x1 - gap - w, x2: body.x1 - gap, y1: cy - h / 2, y2: cy + h / 2 };
  return label;
}

/**
 * Which nodes get a label and on which side. Greedy by importance (ties by id, so the choice is
 * reproducible): a label is kept on the first side where it overlaps no kept label and no other node.
 * @param {Array<{id: string, importance: number, body: object, label: object}>} items model-space boxes
 * @param bounds the visible area (model space): a label that would be cut by its edge tries another side
 * @returns {Map<string, string>} id → side, only for the nodes labelled
 */
export function chooseLabels(items, margin = 1, bounds = null) {
  const sorted = [...items].sort((a, b) => b.importance - a.importance || (a.id < b.id ? -1 : 1));
  const kept = [];
  const placed = new Map();
  for (const item of sorted) {
    if (item.label.x2 <= item.label.x1) continue; // nothing to draw
    for (const side of sides) {
      const box = labelBoxAt(side, item.body, item.label);
      const padded = { x1: box.x1 - margin, y1: box.y1 - margin, x2: box.x2 + margin, y2: box.y2 + margin };
      if (bounds && (box.x1 < bounds.x1 || box.x2 > bounds.x2 || box.y1 < bounds.y1 || box.y2 > bounds.y2)) continue;
      if (kept.some((other) => overlaps(padded, other))) continue;
      if (items.some((other) => other !== item && overlaps(padded, other.body))) continue;
      kept.push(box);
      placed.set(item.id, side);
      break;
    }
  }
  return placed;
}

const boxOptions = { includeNodes: false, includeEdges: false, includeLabels: true, includeOverlays: false, includeUnderlays: false };
const bodyOptions = { includeNodes: true, includeEdges: false, includeLabels: false, includeOverlays: false, includeUnderlays: false };
const plain = (b) => ({ x1: b.x1, y1: b.y1, x2: b.x2, y2: b.y2 });

/**
 * Measures every drawn node's label below it and chooses which labels show where, setting the
 * classes the stylesheet reads (`unlabelled`, `label-top`, `label-right`, `label-left`, `label-center`).
 * Returns how many labels are shown.
 */
export function placeLabels(cy, importanceOf) {
  const nodes = cy.nodes(':visible');
  cy.batch(() => cy.nodes().removeClass('unlabelled label-top label-right label-left label-center'));
  const items = nodes.map((n) => ({
    id: n.id(),
    importance: importanceOf(n),
    body: plain(n.boundingBox(bodyOptions)),
    label: plain(n.boundingBox(boxOptions)),
  }));
  const placed = chooseLabels(items, 1, plain(cy.extent()));
  cy.batch(() => nodes.forEach((n) => {
    const side = placed.get(n.id());
    if (!side) n.addClass('unlabelled');
    else if (side !== 'bottom') n.addClass(`label-${side}`);
  }));
  return placed.size;
}
