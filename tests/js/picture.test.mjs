import assert from 'node:assert/strict';
import { test } from 'node:test';
import { edgeCap, highlightDelay, isSoftwareRenderer, labelsThatFit, restingHoverAbove, statementOf, useWebgl, webglAbove, withIncluded, withStrongestEdges } from '../../wwwroot/js/picture.js';

const view = { zoom: 1, width: 800, height: 600 };

test('two overlapping labels keep only the more important one', () => {
  const nodes = [
    { id: 'a', x: 100, y: 100, importance: 1, chars: 10, size: 20 },
    { id: 'b', x: 110, y: 102, importance: 5, chars: 10, size: 20 },
  ];
  assert.deepEqual([...labelsThatFit(nodes, view)], ['b']);
});

test('labels far apart are all kept, and zooming out far enough drops them all', () => {
  const nodes = [
    { id: 'a', x: 100, y: 100, importance: 1, chars: 6, size: 20 },
    { id: 'b', x: 400, y: 300, importance: 2, chars: 6, size: 20 },
  ];
  assert.equal(labelsThatFit(nodes, view).size, 2);
  assert.equal(labelsThatFit(nodes, { ...view, zoom: 0.5 }).size, 0);
});

test('a long name wraps onto more lines and blocks a label that would sit on its second line', () => {
  const below = (chars) => [
    { id: 'long', x: 100, y: 100, importance: 9, chars, size: 20 },
    { id: 'under', x: 100, y: 127, importance: 1, chars: 6, size: 20 },
  ];
  // 11 px labels start 10 px below the centre: one line ends at 124.3, a second at 138.6 (the lower label starts at 137).
  assert.equal(labelsThatFit(below(12), { ...view, fontSize: 11 }).size, 2);
  assert.deepEqual([...labelsThatFit(below(30), { ...view, fontSize: 11 })], ['long']);
});

test('a label off screen is not counted and does not block one on screen', () => {
  const nodes = [
    { id: 'off', x: -500, y: 100, importance: 9, chars: 6, size: 20 },
    { id: 'on', x: 100, y: 100, importance: 1, chars: 6, size: 20 },
  ];
  assert.deepEqual([...labelsThatFit(nodes, view)], ['on']);
});

test('the renderer is WebGL only above the threshold unless forced', () => {
  assert.equal(useWebgl(webglAbove), false);
  assert.equal(useWebgl(webglAbove + 1), true);
  assert.equal(useWebgl(10, 'webgl'), true);
  assert.equal(useWebgl(webglAbove * 10, 'canvas'), false);
});

test('without a GPU the page keeps to canvas at any size, unless WebGL is forced', () => {
  let asked = 0;
  const software = () => { asked += 1; return false; };
  assert.equal(useWebgl(webglAbove + 1, null, software), false);
  assert.equal(useWebgl(webglAbove, null, software), false);
  assert.equal(asked, 1, 'the GPU is asked about only for a picture above the threshold');
  assert.equal(useWebgl(webglAbove + 1, 'webgl', software), true);
});

test('software rasterisers are told from GPUs by their WebGL renderer string', () => {
  for (const name of ['Google SwiftShader', 'ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)', 'llvmpipe (LLVM 15.0.6, 256 bits)', 'Microsoft Basic Render Driver']) {
    assert.equal(isSoftwareRenderer(name), true, String(name));
  }
  for (const name of ['ANGLE (NVIDIA, NVIDIA GeForce RTX 3060 Direct3D11 vs_5_0 ps_5_0, D3D11)', 'Apple M2', 'Mesa Intel(R) UHD Graphics 620 (KBL GT2)']) {
    assert.equal(isSoftwareRenderer(name), false, name);
  }
});

test('the statement is the server\'s, capitalised, and included ids are not repeated', () => {
  assert.equal(statementOf({ statement: 'showing 3 of 9 actors and 2 of 8 links — backbone α = 0.05' }),
    'Showing 3 of 9 actors and 2 of 8 links — backbone α = 0.05');
  assert.equal(statementOf(null), '');
  assert.equal(withIncluded('', 'country:ES'), 'country:ES');
  assert.equal(withIncluded('country:ES', 'country:FR'), 'country:ES,country:FR');
  assert.equal(withIncluded('country:ES,country:FR', 'country:ES'), 'country:ES,country:FR');
});

test('a picture with more links than the page draws keeps the heaviest, ties by id', () => {
  const edge = (id, weight) => ({ data: { id, source: 'a', target: 'b', weight } });
  const graph = { nodes: [], edges: [edge('e1', 1), edge('e2', 5), edge('e3', 5), edge('e4', 2)] };
  const drawn = withStrongestEdges(graph, 2);
  assert.deepEqual(drawn.edges.map((e) => e.data.id), ['e2', 'e3']);
  assert.equal(drawn.edgesDrawn, 2);
  assert.equal(withStrongestEdges(graph, 10).edges.length, 4);
  assert.equal(edgeCap(300), 2000);
  assert.equal(edgeCap(2000), 2000);
  assert.equal(edgeCap(5000), 5000);
});

test('the statement says how many of the received links are drawn when the page drew fewer', () => {
  assert.equal(statementOf({ statement: 'showing 300 of 10,539 actors and 36,166 of 792,517 links — backbone α = 0.05' }, 4000, 36166),
    'Showing 300 of 10,539 actors and 36,166 of 792,517 links — backbone α = 0.05. The 4,000 strongest of these 36,166 links are drawn.');
  assert.equal(statementOf(null, 4000, 5000), 'The 4,000 strongest of the 5,000 links are drawn.');
  assert.equal(statementOf({ statement: 'showing 3 of 9 actors' }, 2, 2), 'Showing 3 of 9 actors');
});

test('a hover highlights at once on a small picture and waits for a resting pointer on a large one', () => {
  assert.equal(highlightDelay(restingHoverAbove), 0);
  assert.ok(highlightDelay(restingHoverAbove + 1) >= 100);
});
