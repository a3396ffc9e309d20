import assert from 'node:assert/strict';
import { test } from 'node:test';
import { maxOf, toElements } from '../../wwwroot/js/elements.js';
import { stylesheet } from '../../wwwroot/js/graph-style.js';
import { communityColour } from '../../wwwroot/js/palette.js';

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
// The shape of /api/vocabulary's palette; the page never keeps its own copy.
const palette = {
  kinds: {
    country: { colour: '#0072b2', colourName: 'Blue', shape: 'round-rectangle', shapeName: 'square' },
    agency: { colour: '#e69f00', colourName: 'Orange', shape: 'ellipse', shapeName: 'circle' },
    event: { colour: '#999999', colourName: 'Grey', shape: 'diamond', shapeName: 'diamond' },
  },
  communities: ['#e69f00', '#56b4e9', '#009e73'],
  highlight: '#d55e00',
  path: '#009e73',
  selected: '#cc79a7',
};
const theme = { text: '#1b1f24', background: '#ffffff', edge: '#9aa3ad' };
const dates = new Map([[1, '2021-05-01'], [2, '2020-02-02'], [3, '2023-03-03']]);

test('nodes come first, then edges, each in its Cytoscape group', () => {
  const elements = toElements(graph, palette, dates);
  assert.deepEqual(elements.map((e) => e.group), ['nodes', 'nodes', 'nodes', 'edges', 'edges']);
});

test('colour by kind comes from the palette by selector, so switching colour needs no new elements', () => {
  const byKind = stylesheet({ colourBy: 'kind', sizeBy: 'degree', maxSize: 2, maxWeight: 2, palette, theme });
  const colourOf = (kind) => byKind.find((rule) => rule.selector === `node[kind = "${kind}"]`).style['background-color'];
  assert.equal(colourOf('country'), palette.kinds.country.colour);
  assert.equal(colourOf('agency'), palette.kinds.agency.colour);
  const byCommunity = stylesheet({ colourBy: 'community', sizeBy: 'degree', maxSize: 2, maxWeight: 2, palette, theme });
  // Every colouring but kind paints from the node's `paint` data (colour-control.js sets it).
  assert.equal(byCommunity.find((rule) => rule.selector === 'node').style['background-color'], 'data(paint)');
  assert.ok(byCommunity.filter((rule) => rule.selector.startsWith('node[kind')).every((rule) => !('background-color' in rule.style)));
});

test('each node carries its community colour, cycling through the palette', () => {
  const [spain, europol, interpol] = toElements(graph, palette, dates);
  assert.equal(spain.data.communityColour, communityColour(palette, 0));
  assert.equal(europol.data.communityColour, interpol.data.communityColour);
  assert.notEqual(spain.data.communityColour, europol.data.communityColour);
  assert.equal(communityColour(palette, 4), palette.communities[1]);
  assert.equal(communityColour(palette, -1), palette.communities[2]);
});

test('an element appears from the date of its earliest report', () => {
  const elements = toElements(graph, palette, dates);
  const byId = new Map(elements.map((e) => [e.data.id, e.data]));
  assert.equal(byId.get('agency:europol|country:ES').since, '2020-02-02');
  assert.equal(byId.get('country:ES').since, '2020-02-02');
  assert.equal(byId.get('agency:interpol').since, '2023-03-03');
});

test('the API data is kept and not modified', () => {
  const before = JSON.stringify(graph);
  const [spain] = toElements(graph, palette, dates);
  assert.equal(spain.data.degree, 2);
  assert.equal(JSON.stringify(graph), before);
});

test('maxOf finds the largest value and never returns zero', () => {
  const elements = toElements(graph, palette, dates);
  assert.equal(maxOf(elements, 'weight'), 2);
  assert.ok(maxOf([], 'weight') > 0);
});
