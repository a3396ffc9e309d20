import assert from 'node:assert/strict';
import { test } from 'node:test';
import { maxOf, toElements } from '../../wwwroot/js/elements.js';
import { communityColour, kindColours } from '../../wwwroot/js/palette.js';

const graph = {
  nodes: [
    { data: { id: 'country:ES', label: 'Spain', kind: 'country', community: 0, degree: 2 } },
    { data: { id: 'agency:europol', label: 'Europol', kind: 'agency', community: 1, degree: 1 } },
    { data: { id: 'agency:interpol', label: 'INTERPOL', kind: 'agency', community: 1, degree: 1 } },
  ],
  edges: [
    { data: { id: 'agency:europol|country:ES', source: 'agency:europol', target: 'country:ES', weight: 2, kind: 'led', reports: [2, 1] } },
    { data: { id: 'agency:interpol|country:ES', source: 'agency:interpol', target: 'country:ES', weight: 1, kind: 'together', reports: [3] } },
  ],
};
const dates = new Map([[1, '2021-05-01'], [2, '2020-02-02'], [3, '2023-03-03']]);

test('nodes come first, then edges, each in its Cytoscape group', () => {
  const elements = toElements(graph, { colourBy: 'kind' }, dates);
  assert.deepEqual(elements.map((e) => e.group), ['nodes', 'nodes', 'nodes', 'edges', 'edges']);
});

test('colour by kind gives countries and agencies different colours', () => {
  const [spain, europol] = toElements(graph, { colourBy: 'kind' }, dates);
  assert.equal(spain.data.colour, kindColours.country);
  assert.equal(europol.data.colour, kindColours.agency);
  assert.notEqual(spain.data.colour, europol.data.colour);
});

test('colour by community follows the community number', () => {
  const [spain, europol, interpol] = toElements(graph, { colourBy: 'community' }, dates);
  assert.equal(spain.data.colour, communityColour(0));
  assert.equal(europol.data.colour, interpol.data.colour);
  assert.notEqual(spain.data.colour, europol.data.colour);
});

test('an element appears from the date of its earliest report', () => {
  const elements = toElements(graph, { colourBy: 'kind' }, dates);
  const byId = new Map(elements.map((e) => [e.data.id, e.data]));
  assert.equal(byId.get('agency:europol|country:ES').since, '2020-02-02');
  assert.equal(byId.get('country:ES').since, '2020-02-02');
  assert.equal(byId.get('agency:interpol').since, '2023-03-03');
});

test('the API data is kept and not modified', () => {
  const before = JSON.stringify(graph);
  const [spain] = toElements(graph, { colourBy: 'kind' }, dates);
  assert.equal(spain.data.degree, 2);
  assert.equal(JSON.stringify(graph), before);
});

test('maxOf finds the largest value and never returns zero', () => {
  const elements = toElements(graph, { colourBy: 'kind' }, dates);
  assert.equal(maxOf(elements, 'weight'), 2);
  assert.ok(maxOf([], 'weight') > 0);
});
