// Which elements the renderer's hit test is handed: a headless instance with the page's kind of links.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import cytoscape from 'cytoscape';
import { elementsNear, geometryOf, narrowHitTests } from '../../wwwroot/js/hit-test.js';

// a (0,0) and b (200,0) linked by a haystack link; c (0,200) and d (200,200) by a bezier one; e far off.
function graph(t, extraStyle = []) {
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    layout: { name: 'preset' },
    style: [
      { selector: 'node', style: { width: 20, height: 20 } },
      { selector: 'edge', style: { width: 4, 'curve-style': 'haystack' } },
      { selector: '#c-d', style: { 'curve-style': 'bezier' } },
      ...extraStyle,
    ],
    elements: [
      { data: { id: 'a' }, position: { x: 0, y: 0 } },
      { data: { id: 'b' }, position: { x: 200, y: 0 } },
      { data: { id: 'c' }, position: { x: 0, y: 200 } },
      { data: { id: 'd' }, position: { x: 200, y: 200 } },
      { data: { id: 'e' }, position: { x: 1000, y: 1000 } },
      { data: { id: 'a-b', source: 'a', target: 'b' } },
      { data: { id: 'c-d', source: 'c', target: 'd' } },
    ],
  });
  t.after(() => cy.destroy());
  return cy;
}

const near = (cy, x, y, reach) => elementsNear(geometryOf(cy.elements().toArray()), x, y, reach).map((e) => e.id());

test('a node is near a point inside its box grown by the reach, and not beyond', (t) => {
  const cy = graph(t);
  assert.ok(near(cy, 1000 + 10 + 7, 1000, 8).includes('e'));
  assert.ok(!near(cy, 1000 + 10 + 9, 1000, 8).includes('e'));
});

test('a haystack link is near a point within half its width and the reach of its line, and not beyond', (t) => {
  const cy = graph(t);
  assert.ok(near(cy, 100, 2 + 7, 8).includes('a-b'));
  assert.ok(!near(cy, 100, 2 + 9, 8).includes('a-b'));
  assert.ok(!near(cy, 300, 0, 8).includes('a-b'), 'past its end');
});

test('links of other curve styles and elements whose labels take events are always handed on', (t) => {
  const cy = graph(t, [{ selector: '#e', style: { label: 'far', 'text-events': 'yes' } }]);
  assert.deepEqual(near(cy, 100, -500, 8), ['e', 'c-d']);
});

test('a haystack radius widens a link by as far as its ends can sit from its nodes\' centres', (t) => {
  const cy = graph(t, [{ selector: '#a-b', style: { 'haystack-radius': 1 } }]);
  // half width 2, reach 8, ends up to the half diagonal (14.1) off the centres
  assert.ok(near(cy, 100, 2 + 8 + 14, 8).includes('a-b'));
  assert.ok(!near(cy, 100, 2 + 8 + 15, 8).includes('a-b'));
});

test('the renderer\'s own test sees only the near elements, in their order, and its element list is its own again after', () => {
  const elements = [{ id: 'far' }, { id: 'first' }, { id: 'second' }];
  const proto = {
    getCachedZSortedEles() { return this.all; },
    findNearestElements() { return this.getCachedZSortedEles().map((e) => e.id); },
  };
  const renderer = Object.assign(Object.create(proto), { all: elements });
  const handlers = [];
  const fake = { renderer: () => renderer, zoom: () => 1, on: (events, handler) => handlers.push(events, handler) };
  // A stand-in for Cytoscape elements: nodes at x = 100, 0, 1, all 2 wide.
  const at = { far: 100, first: 0, second: 1 };
  for (const e of elements) {
    Object.assign(e, {
      pstyle: () => ({ strValue: 'no', value: 'haystack' }),
      isNode: () => true,
      position: () => ({ x: at[e.id], y: 0 }),
      outerWidth: () => 2,
      outerHeight: () => 2,
      interactive: () => true,
    });
  }
  narrowHitTests(fake);
  assert.deepEqual(renderer.findNearestElements(0, 0, true, false), ['first', 'second']);
  assert.equal(renderer.getCachedZSortedEles(), elements);
  assert.equal(renderer.getCachedZSortedEles, proto.getCachedZSortedEles);
  assert.equal(handlers[0], 'add remove position style');
});

test('a headless instance (no canvas renderer) is left as it is', (t) => {
  const cy = graph(t);
  assert.doesNotThrow(() => narrowHitTests(cy));
});
