import assert from 'node:assert/strict';
import { test } from 'node:test';
import { colourKey, dominantCrimeAreas, groupsOf, international, paintOf } from '../../wwwroot/js/colouring.js';

const countries = new Map([
  ['ES', { name: 'Spain', subregion: 'Southern Europe', continent: 'Europe' }],
  ['CO', { name: 'Colombia', subregion: 'South America', continent: 'Americas' }],
]);
const nodes = [
  { id: 'country:ES', kind: 'country', countryCode: 'ES', community: 0 },
  { id: 'agency:guardia-civil', kind: 'agency', countryCode: 'ES', community: 0 },
  { id: 'country:CO', kind: 'country', countryCode: 'CO', community: 1 },
  { id: 'agency:europol', kind: 'agency', community: 1 },
];

test('region and country groups come from the country list; actors of no country are international', () => {
  const regions = groupsOf(nodes, 'region', { countries });
  assert.equal(regions.get('agency:guardia-civil'), 'Southern Europe');
  assert.equal(regions.get('country:CO'), 'South America');
  assert.equal(regions.get('agency:europol'), international);
  assert.equal(groupsOf(nodes, 'country', { countries }).get('agency:guardia-civil'), 'Spain');
  assert.equal(groupsOf(nodes, 'community', { countries }).get('country:CO'), 'Community 2');
});

test('the key colours the largest groups first and folds the rest into other', () => {
  const groups = new Map([['a', 'X'], ['b', 'X'], ['c', 'Y'], ['d', 'Z'], ['e', 'W']]);
  const key = colourKey(groups, ['red', 'blue', 'grey']);
  assert.deepEqual(key.map((k) => [k.group, k.colour, k.count]), [['X', 'red', 2], ['W', 'blue', 1], ['Other (2 groups)', 'grey', 2]]);
  const paint = paintOf(groups, key, 'none');
  assert.equal(paint.get('c'), 'grey');
  assert.equal(paint.get('a'), 'red');
});

test('a node takes the crime area in which it has most weight', () => {
  const pictures = [
    { area: 'drugs', graph: { nodes: [{ data: { id: 'n1', weightedDegree: 5 } }, { data: { id: 'n2', weightedDegree: 1 } }] } },
    { area: 'fraud', graph: { nodes: [{ data: { id: 'n2', weightedDegree: 3 } }, { data: { id: 'n3', weightedDegree: 0 } }] } },
  ];
  const areas = dominantCrimeAreas(pictures);
  assert.equal(areas.get('n1'), 'drugs');
  assert.equal(areas.get('n2'), 'fraud');
  assert.equal(areas.has('n3'), false);
});
