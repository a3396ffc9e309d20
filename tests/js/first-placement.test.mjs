import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ringPositions, ringsAround } from '../../wwwroot/js/first-placement.js';

const items = Array.from({ length: 300 }, (_, i) => ({ id: `n${i}`, importance: (i * 37) % 101 }));

test('the most important node sits at the centre and importance falls with the distance from it', () => {
  const positions = ringPositions(items, 70);
  const distance = (id) => Math.hypot(positions[id].x, positions[id].y);
  const byImportance = [...items].sort((a, b) => b.importance - a.importance || (a.id < b.id ? -1 : 1));
  assert.deepEqual(positions[byImportance[0].id], { x: 0, y: 0 });
  for (let i = 1; i < byImportance.length; i++) {
    assert.ok(distance(byImportance[i].id) >= distance(byImportance[i - 1].id) - 1e-9, `${byImportance[i].id} is nearer than a more important node`);
  }
});

test('no two nodes are placed closer than the spacing allows', () => {
  const spacing = 70;
  const points = Object.values(ringPositions(items, spacing));
  let nearest = Infinity;
  for (let i = 0; i < points.length; i++) {
    for (let j = i + 1; j < points.length; j++) nearest = Math.min(nearest, Math.hypot(points[i].x - points[j].x, points[i].y - points[j].y));
  }
  assert.ok(nearest >= spacing * 0.95, `two nodes are ${nearest.toFixed(1)} apart`);
});

test('the placement depends on the nodes only, not on the order they came in', () => {
  assert.deepEqual(ringPositions([...items].reverse()), ringPositions(items));
});

test('nodes placed around a network stay outside its circle, the more important nearer, none closer than the spacing', () => {
  const centre = { x: 500, y: -200 };
  const radius = 900;
  const spacing = 40;
  const positions = ringsAround(items, { centre, radius, spacing });
  const distance = (id) => Math.hypot(positions[id].x - centre.x, positions[id].y - centre.y);
  assert.equal(Object.keys(positions).length, items.length);
  const byImportance = [...items].sort((a, b) => b.importance - a.importance || (a.id < b.id ? -1 : 1));
  for (let i = 0; i < byImportance.length; i++) {
    assert.ok(distance(byImportance[i].id) >= radius + spacing - 1e-9, `${byImportance[i].id} is inside the network's circle`);
    if (i > 0) assert.ok(distance(byImportance[i].id) >= distance(byImportance[i - 1].id) - 1e-9, `${byImportance[i].id} is nearer than a more important node`);
  }
  const points = Object.values(positions);
  let nearest = Infinity;
  for (let i = 0; i < points.length; i++) {
    for (let j = i + 1; j < points.length; j++) nearest = Math.min(nearest, Math.hypot(points[i].x - points[j].x, points[i].y - points[j].y));
  }
  assert.ok(nearest >= spacing * 0.95, `two nodes are ${nearest.toFixed(1)} apart`);
  assert.deepEqual(ringsAround([...items].reverse(), { centre, radius, spacing }), positions);
});
