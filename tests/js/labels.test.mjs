import assert from 'node:assert/strict';
import { test } from 'node:test';
import { chooseLabels, labelBoxAt, shortLabel } from '../../wwwroot/js/labels.js';

const box = (x1, y1, x2, y2) => ({ x1, y1, x2, y2 });
const overlap = (a, b) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

// A node of 20 × 20 at (x, y) with a label of w × 10 measured 3 below it.
function node(id, x, y, importance, w = 60) {
  return { id, importance, body: box(x - 10, y - 10, x + 10, y + 10), label: box(x - w / 2, y + 13, x + w / 2, y + 23) };
}

test('a label that would cover a more important one moves to a free side', () => {
  const placed = chooseLabels([node('big', 0, 0, 10), node('small', 0, 22, 1)]);
  assert.equal(placed.get('big'), 'top'); // below it sits the small node itself
  assert.ok(['bottom', 'right', 'left'].includes(placed.get('small')));
});

test('in a crowd some labels are left out, and no kept label covers another label or node', () => {
  const crowd = [node('a', 0, 0, 5), node('b', 25, 0, 4), node('c', -25, 0, 3), node('d', 0, 25, 2), node('e', 0, -25, 1)];
  const placed = chooseLabels(crowd);
  assert.ok(placed.size >= 1);
  assert.ok(placed.size < crowd.length);
  const kept = [...placed].map(([id, side]) => {
    const n = crowd.find((c) => c.id === id);
    return { id, box: labelBoxAt(side, n.body, n.label) };
  });
  for (const { id, box: label } of kept) {
    for (const other of kept) if (other.id !== id) assert.equal(overlap(label, other.box), false, `${id} and ${other.id} overlap`);
    for (const other of crowd) if (other.id !== id) assert.equal(overlap(label, other.body), false, `${id} covers ${other.id}`);
  }
});

test('the choice is the same whatever order the nodes come in', () => {
  const nodes = [node('a', 0, 0, 1), node('b', 30, 0, 1), node('c', 15, 20, 1)];
  assert.deepEqual([...chooseLabels(nodes)].sort(), [...chooseLabels([...nodes].reverse())].sort());
});

test('long names are cut at a word with an ellipsis, short ones kept', () => {
  assert.equal(shortLabel('Europol'), 'Europol');
  const cut = shortLabel('United Nations Office on Drugs and Crime Regional Programme');
  assert.ok(cut.length <= 35 && cut.endsWith('…'));
  assert.ok(!cut.includes('Programme'));
});

test('a label measured reaching into its node below reaches as far into it on every other side', () => {
  // Cytoscape's box of a label below a node starts a little inside the node's box (room for the outline).
  const body = box(-10, -10, 10, 10);
  const below = box(-30, 8, 30, 18); // starts 2 inside the node
  assert.deepEqual(labelBoxAt('top', body, below), box(-30, -18, 30, -8));
  assert.deepEqual(labelBoxAt('right', body, below), box(8, -5, 68, 5));
  assert.deepEqual(labelBoxAt('left', body, below), box(-68, -5, -8, 5));
});
