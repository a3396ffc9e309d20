import assert from 'node:assert/strict';
import { test } from 'node:test';
import cytoscape from 'cytoscape';
import { layoutById, layouts } from '../../wwwroot/js/layouts.js';

function headless(t, count) {
  const elements = Array.from({ length: count }, (_, i) => ({ data: { id: `n${i}`, kind: 'agency', degree: i } }));
  const cy = cytoscape({ headless: true, elements });
  t.after(() => cy.destroy());
  return cy;
}

test('the registry offers every layout the page promises', () => {
  assert.deepEqual(layouts.map((l) => l.id), ['fcose', 'concentric', 'circle', 'grid', 'breadthfirst', 'geographic']);
  assert.ok(layouts.every((l) => l.label && typeof l.options === 'function'));
});

test('an unknown id falls back to the force-directed layout', () => {
  assert.equal(layoutById('nonsense').id, 'fcose');
});

test('force-directed layout animates small graphs and drafts large ones', (t) => {
  const small = layoutById('fcose').options({ cy: headless(t, 50) });
  const large = layoutById('fcose').options({ cy: headless(t, 2000) });
  assert.equal(small.quality, 'default');
  assert.equal(small.animate, true);
  assert.equal(large.quality, 'draft');
  assert.equal(large.animate, false);
});

test('breadth-first roots at the selected node', (t) => {
  const cy = headless(t, 5);
  const options = layoutById('breadthfirst').options({ cy, selected: 'n3' });
  assert.deepEqual(options.roots.map((n) => n.id()), ['n3']);
});

test('geographic layout puts countries at their coordinates and agencies near their country', (t) => {
  const cy = cytoscape({
    headless: true,
    elements: [
      { data: { id: 'country:ES', kind: 'country', countryCode: 'ES' } },
      { data: { id: 'country:JP', kind: 'country', countryCode: 'JP' } },
      { data: { id: 'agency:guardia-civil', kind: 'agency', countryCode: 'ES' } },
      { data: { id: 'agency:interpol', kind: 'agency' } },
    ],
  });
  t.after(() => cy.destroy());
  const countries = [{ code: 'ES', latitude: 40, longitude: -4 }, { code: 'JP', latitude: 36, longitude: 138 }];
  const options = layoutById('geographic').options({ cy, countries });
  const at = (id) => options.positions(cy.getElementById(id));
  assert.ok(at('country:JP').x > at('country:ES').x, 'east is to the right');
  assert.ok(at('country:JP').y > at('country:ES').y, 'north is up (Japan lies south of Spain)');
  const d = Math.hypot(at('agency:guardia-civil').x - at('country:ES').x, at('agency:guardia-civil').y - at('country:ES').y);
  assert.ok(d > 0 && d < 200, `agency ${d} from its country`);
  assert.ok(at('agency:interpol'), 'an agency without a country still gets a place');
});
