import assert from 'node:assert/strict';
import { test } from 'node:test';
import cytoscape from 'cytoscape';
import { decodePins, encodePins, initialPositions, seededRandom, withSeededRandom } from '../../wwwroot/js/seeded.js';

test('the same seed gives the same numbers and another seed others', () => {
  const a = seededRandom(7);
  const b = seededRandom(7);
  const c = seededRandom(8);
  const first = [a(), a(), a()];
  assert.deepEqual(first, [b(), b(), b()]);
  assert.notDeepEqual(first, [c(), c(), c()]);
  assert.ok(first.every((x) => x >= 0 && x < 1));
});

test('a node starts at the same place whatever the order of the others', () => {
  const one = initialPositions(['x', 'y', 'z'], 3);
  const two = initialPositions(['z', 'x'], 3);
  assert.deepEqual(one.x, two.x);
  assert.deepEqual(one.z, two.z);
  assert.notDeepEqual(initialPositions(['x'], 4).x, one.x);
});

test('a seeded run of a random layout places every node the same way twice', () => {
  const run = () => {
    const cy = cytoscape({ headless: true, elements: Array.from({ length: 12 }, (_, i) => ({ data: { id: `n${i}` } })) });
    withSeededRandom(5, () => cy.layout({ name: 'random', animate: false }).run());
    const positions = cy.nodes().map((n) => n.position());
    cy.destroy();
    return positions;
  };
  assert.deepEqual(run(), run());
  assert.notEqual(Math.random, undefined);
});

test('dragged positions round-trip through link text, ids with commas included', () => {
  const pins = { 'country:NL': { x: 10.4, y: -20 }, 'agency:a,b': { x: 3, y: 4 } };
  assert.deepEqual(decodePins(encodePins(pins)), { 'country:NL': { x: 10, y: -20 }, 'agency:a,b': { x: 3, y: 4 } });
  assert.deepEqual(decodePins('junk;;x,1'), {});
});
