// Renders a synthetic cooperation network with the explorer's own stylesheet, layout registry and
// label fitting after every pan or zoom (as the page does), and writes the timings into #result as
// JSON. Query: ?nodes=2000&layout=fcose&webgl=0; labels=0 leaves the label fitting out;
// restyleOnZoom=1 also rebuilds the whole stylesheet after a zoom of more than 5 % (the page before
// zoom-step classes, for comparison).
import cytoscape from '/lib/cytoscape/cytoscape.esm.min.mjs';
import { stylesheet, zoomLimits } from '/js/graph-style.js';
import { fitLabels, placedUpTo } from '/js/label-fit.js';
import { shortLabel } from '/js/labels.js';
import { layoutById } from '/js/layouts.js';

const params = new URLSearchParams(location.search);
const count = Number(params.get('nodes') || 500);
const layoutId = params.get('layout') || 'fcose';
const webgl = params.get('webgl') === '1';

if (typeof globalThis.cytoscapeFcose === 'function') cytoscape.use(globalThis.cytoscapeFcose);

// A seeded generator, so every run measures the same graph.
let seed = 12345;
const random = () => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
};

function syntheticGraph(n) {
  const nodes = [];
  const edges = new Map();
  const degree = new Array(n).fill(0);
  const ends = [];
  for (let i = 0; i < n; i++) {
    const kind = i % 4 === 0 ? 'country' : 'agency';
    nodes.push({ group: 'nodes', classes: n > placedUpTo ? 'unlabelled' : '', data: { id: `n${i}`, label: `${kind} ${i}`, shortLabel: shortLabel(`${kind} ${i}`), kind, colour: kind === 'country' ? '#0072b2' : '#e69f00' } });
    // Preferential attachment: two links to earlier nodes, chosen in proportion to their degree.
    for (let k = 0; k < Math.min(2, i); k++) {
      const j = ends.length > 0 && random() < 0.8 ? ends[Math.floor(random() * ends.length)] : Math.floor(random() * i);
      if (j === i) continue;
      const id = i < j ? `n${i}|n${j}` : `n${j}|n${i}`;
      const existing = edges.get(id);
      if (existing) {
        existing.data.weight += 1;
        continue;
      }
      edges.set(id, { group: 'edges', data: { id, source: `n${i}`, target: `n${j}`, weight: 1 + Math.floor(random() * 3), kind: random() < 0.3 ? 'led' : 'together' } });
      degree[i]++;
      degree[j]++;
      ends.push(i, j);
    }
  }
  nodes.forEach((node, i) => { node.data.degree = degree[i]; });
  return [...nodes, ...edges.values()];
}

if (webgl && !document.createElement('canvas').getContext('webgl2')) {
  document.getElementById('result').textContent = JSON.stringify({ unavailable: 'this browser has no WebGL 2 context' });
  throw new Error('WebGL 2 unavailable');
}

// The page's palette comes from /api/vocabulary; the benchmark runs without a server, so it names the kinds' looks itself.
const palette = {
  kinds: { country: { colour: '#0072b2', shape: 'round-rectangle' }, agency: { colour: '#e69f00', shape: 'ellipse' }, event: { colour: '#999999', shape: 'diamond' } },
  highlight: '#d55e00', path: '#009e73', selected: '#cc79a7',
};
const elements = syntheticGraph(count);
const maxDegree = Math.max(...elements.filter((e) => e.group === 'nodes').map((e) => e.data.degree), 1);
const maxWeight = Math.max(...elements.filter((e) => e.group === 'edges').map((e) => e.data.weight), 1);

const sheet = () => stylesheet({ colourBy: 'kind', sizeBy: 'degree', maxSize: maxDegree, maxWeight, palette, theme: { text: '#222222', background: '#ffffff', edge: '#9aa3ad' } });
const start = performance.now();
const cy = cytoscape({
  container: document.getElementById('cy'),
  elements,
  style: sheet(),
  layout: { name: 'random' },
  minZoom: zoomLimits.min,
  maxZoom: zoomLimits.max,
  hideEdgesOnViewport: params.get('hideEdgesOnViewport') !== '0',
  textureOnViewport: params.get('textureOnViewport') !== '0',
  ...(params.get('pixelRatio') ? { pixelRatio: Number(params.get('pixelRatio')) } : {}),
  renderer: webgl ? { name: 'canvas', webgl: true } : { name: 'canvas' },
});

// The renderer draws on the next animation frame; the second frame begins once that drawing is done.
const firstRender = await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now() - start))));
const layoutStart = performance.now();
const options = { ...layoutById(layoutId).options({ cy, sizeBy: 'degree', selected: '', countries: [] }), animate: false };
const layout = cy.layout(options);
const done = layout.promiseOn('layoutstop');
layout.run();
await done;
const layoutMs = performance.now() - layoutStart;
let labelled = 0;
const relabel = () => { labelled = fitLabels(cy, { importanceOf: (n) => n.data('degree'), labelSize: 12, ...(params.get('maxLabels') ? { maxLabels: Number(params.get('maxLabels')) } : {}) }); };
if (params.get('labels') !== '0') {
  relabel();
  let timer;
  let styledZoom = cy.zoom();
  cy.on('viewport', () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (params.get('restyleOnZoom') === '1' && Math.abs(cy.zoom() - styledZoom) / styledZoom > 0.05) {
        styledZoom = cy.zoom();
        cy.style(sheet());
      }
      relabel();
    }, Number(params.get('labelDelay') || 120));
  });
}
await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

document.getElementById('result').textContent = JSON.stringify({
  nodes: cy.nodes().length,
  edges: cy.edges().length,
  layout: options.name,
  quality: options.quality || '',
  webgl,
  firstRenderMs: Math.round(firstRender),
  layoutMs: Math.round(layoutMs),
  totalMs: Math.round(performance.now() - start),
  labelled,
});

