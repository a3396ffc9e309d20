import assert from 'node:assert/strict';
import { test } from 'node:test';
import { separateBoxes } from '../../wwwroot/js/overlap.js';
import { seededRandom } from '../../wwwroot/js/seeded.js';

function overlapping(nodes, positions, gap) {
  const found = [];
  for (let i = 0; i < nodes.length; i++) {
    for (let j = i + 1; j < nodes.length; j++) {
      const [a, b] = [nodes[i], nodes[j]];
      const [p, q] = [positions[a.id], positions[b.id]];
      if (Math.abs(p.x - q.x) < (a.w + b.w) / 2 + gap - 1e-6 && Math.abs(p.y - q.y) < (a.h + b.h) / 2 + gap - 1e-6) found.push(`${a.id}/${b.id}`);
    }
  }
  return found;
}

test('a crowded centre of hubs ends with no two boxes overlapping', () => {
  const random = seededRandom(7);
  const nodes = Array.from({ length: 90 }, (_, i) => {
    const size = 18 + random() * 46;
    return { id: `n${i}`, x: (random() - 0.5) * 300, y: (random() - 0.5) * 300, w: size, h: size };
  });
  const positions = separateBoxes(nodes, { gap: 6 });
  assert.deepEqual(overlapping(nodes, positions, 6), []);
});

test('nodes on the very same spot are parted, the same way every time', () => {
  const nodes = [{ id: 'a', x: 0, y: 0, w: 20, h: 20 }, { id: 'b', x: 0, y: 0, w: 20, h: 20 }];
  const first = separateBoxes(nodes, { gap: 4 });
  assert.deepEqual(overlapping(nodes, first, 4), []);
  assert.deepEqual(separateBoxes([...nodes].reverse(), { gap: 4 }), first);
});

test('nodes already apart do not move', () => {
  const nodes = [{ id: 'a', x: 0, y: 0, w: 20, h: 20 }, { id: 'b', x: 100, y: 0, w: 20, h: 20 }];
  assert.deepEqual(separateBoxes(nodes), { a: { x: 0, y: 0 }, b: { x: 100, y: 0 } });
});
