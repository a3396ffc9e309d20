import assert from 'node:assert/strict';
import { test } from 'node:test';
import { composeFigure, sourceLine } from '../../wwwroot/js/figure.js';
import { geographicPlaces, spread } from '../../wwwroot/js/geo-layout.js';
import { nearestInDirection } from '../../wwwroot/js/graph-keys.js';
import { swipeOf } from '../../wwwroot/js/small-screen.js';

const colours = { background: '#fff', text: '#111', muted: '#666' };

test('a figure has a viewBox, escapes its text and holds the graph, legend and notes', () => {
  const svg = composeFigure({
    graphSvg: '<svg xmlns="http://www.w3.org/2000/svg" width="400" height="300"><g/></svg>',
    width: 400, height: 300, title: 'Drugs <& arms>', legend: [{ colour: '#f00', text: 'Red: x' }],
    caption: ['View: countries'], source: sourceLine(12, '2024-11-07'), colours,
  });
  assert.match(svg, /viewBox="0 0 \d+ \d+"/);
  assert.ok(svg.includes('Drugs &lt;&amp; arms&gt;'));
  assert.ok(svg.includes('<svg x="16" y="50" xmlns='));
  assert.ok(svg.includes('Source: Graph, 12 reports, data as of 2024-11-07'));
  assert.ok(svg.includes('Red: x'));
});

test('without title or legend the figure is just the graph and its notes', () => {
  const svg = composeFigure({ graphSvg: '<svg width="10" height="10"></svg>', width: 10, height: 10, colours });
  assert.ok(!svg.includes('Legend'));
  assert.equal(sourceLine(1, ''), 'Source: Graph, 1 report');
});

test('crowded places are spread until no two nodes overlap, a lone node stays put', () => {
  const nodes = [{ id: 'a', size: 30 }, { id: 'b', size: 30 }, { id: 'c', size: 30 }, { id: 'far', size: 30 }];
  const positions = spread(nodes, { a: { x: 0, y: 0 }, b: { x: 1, y: 0 }, c: { x: 0, y: 0 }, far: { x: 900, y: 900 } });
  for (const p of ['a', 'b', 'c']) for (const q of ['a', 'b', 'c']) {
    if (p < q) assert.ok(Math.hypot(positions[p].x - positions[q].x, positions[p].y - positions[q].y) >= 37.9, `${p} ${q}`);
  }
  assert.deepEqual(positions.far, { x: 900, y: 900 });
});

test('international bodies go to a band below every country', () => {
  const { positions, band } = geographicPlaces(
    [{ id: 'country:ZA', kind: 'country', countryCode: 'ZA' }, { id: 'agency:interpol', kind: 'agency' }],
    [{ code: 'ZA', latitude: -30, longitude: 25 }],
  );
  assert.ok(band && positions['agency:interpol'].y > positions['country:ZA'].y);
  assert.ok(positions['agency:interpol'].y >= band.y1 && positions['agency:interpol'].y <= band.y2);
});

test('the arrow keys pick the nearest node that way and nothing behind', () => {
  const from = { x: 0, y: 0 };
  const nodes = [{ id: 'right-far', x: 200, y: 0 }, { id: 'right-near', x: 50, y: 10 }, { id: 'left', x: -40, y: 0 }, { id: 'up', x: 5, y: -80 }];
  assert.equal(nearestInDirection(from, nodes, 'ArrowRight'), 'right-near');
  assert.equal(nearestInDirection(from, nodes, 'ArrowLeft'), 'left');
  assert.equal(nearestInDirection(from, nodes, 'ArrowUp'), 'up');
  assert.equal(nearestInDirection(from, nodes, 'ArrowDown'), null);
});

test('a sideways swipe steps the presentation, a vertical one does not', () => {
  assert.equal(swipeOf({ x: 300, y: 100 }, { x: 100, y: 120 }), 'next');
  assert.equal(swipeOf({ x: 100, y: 100 }, { x: 300, y: 90 }), 'previous');
  assert.equal(swipeOf({ x: 100, y: 100 }, { x: 120, y: 400 }), null);
});
