// The controller on a headless Cytoscape instance: the same code the page runs, no browser.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import cytoscape from 'cytoscape';
import { GraphController } from '../../wwwroot/js/controller.js';

// Each test destroys its instance: a live one keeps Node's event loop (its render timer) running.
function graph(t) {
  // a - b - c - d, and e alone; b-c comes from report 7.
  const node = (id, since) => ({ data: { id, since } });
  const edge = (source, target, reports, since) => ({ data: { id: `${source}|${target}`, source, target, reports, since } });
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    elements: [node('a', '2020-01-01'), node('b', '2020-01-01'), node('c', '2022-01-01'), node('d', '2023-01-01'), node('e', ''),
      edge('a', 'b', [1], '2020-01-01'), edge('b', 'c', [7], '2022-01-01'), edge('c', 'd', [9], '2023-01-01')],
  });
  t.after(() => cy.destroy());
  return { cy, controller: new GraphController(cy) };
}

const ids = (collection) => collection.map((e) => e.id()).sort();

test('highlight keeps a node and its neighbours and fades the rest', (t) => {
  const { cy, controller } = graph(t);
  controller.highlight(cy.getElementById('b'));
  assert.deepEqual(ids(cy.nodes('.highlighted')), ['a', 'b', 'c']);
  assert.deepEqual(ids(cy.nodes('.faded')), ['d', 'e']);
  controller.clearHighlight();
  assert.equal(cy.elements('.faded, .highlighted').length, 0);
});

test('on a picture larger than fadeUpTo a highlight marks the neighbourhood and fades nothing', (t) => {
  const { cy } = graph(t);
  const controller = new GraphController(cy, { fadeUpTo: cy.elements().length - 1 });
  controller.highlight(cy.getElementById('b'));
  assert.deepEqual(ids(cy.nodes('.highlighted')), ['a', 'b', 'c']);
  assert.equal(cy.elements('.faded').length, 0);
  controller.highlight(cy.getElementById('d'));
  assert.deepEqual(ids(cy.nodes('.highlighted')), ['c', 'd']);
  controller.clearHighlight();
  assert.equal(cy.elements('.faded, .highlighted').length, 0);
});

test('a path marks its nodes and the edges between consecutive ones', (t) => {
  const { cy, controller } = graph(t);
  controller.showPath(['a', 'b', 'c']);
  assert.deepEqual(ids(cy.elements('.on-path')), ['a', 'a|b', 'b', 'b|c', 'c']);
  assert.ok(cy.getElementById('c|d').hasClass('faded'));
  controller.clearPath();
  assert.equal(cy.elements('.on-path, .faded').length, 0);
});

test('focus selects only the node and is false for an unknown id', (t) => {
  const { cy, controller } = graph(t);
  cy.getElementById('a').select();
  assert.equal(controller.focus('c'), true);
  assert.deepEqual(ids(cy.$(':selected')), ['c']);
  assert.equal(controller.focus('nobody'), false);
});

test('showUntil hides what appeared after the date, and undated nodes while playing', (t) => {
  const { cy, controller } = graph(t);
  controller.showUntil('2022-06-30');
  assert.deepEqual(ids(cy.elements('.hidden-by-time')), ['c|d', 'd', 'e']);
  controller.showUntil('');
  assert.equal(cy.elements('.hidden-by-time').length, 0);
});

test('highlightReport lights the edges a report supports and their ends', (t) => {
  const { cy, controller } = graph(t);
  controller.highlightReport(7);
  assert.deepEqual(ids(cy.elements('.highlighted')), ['b', 'b|c', 'c']);
});

test('highlightReport falls back to the nodes a report names when edges carry no report ids', (t) => {
  const { cy, controller } = graph(t);
  cy.edges().forEach((e) => e.data('reports', []));
  controller.highlightReport(7, ['c', 'd', 'x']);
  assert.deepEqual(ids(cy.elements('.highlighted')), ['c', 'c|d', 'd']);
});
