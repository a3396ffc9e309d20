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
import { edgeCap, withStrongestEdges } from '/js/picture.js';

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
// The page draws at most edgeCap(nodes) links, the heaviest (picture.js); ?edgeCap=N tries another cap.
const generated = syntheticGraph(count);
const capped = withStrongestEdges({ nodes: generated.filter((e) => e.group === 'nodes'), edges: generated.filter((e) => e.group === 'edges') }, Number(params.get('edgeCap')) || edgeCap(count));
const elements = [...capped.nodes, ...capped.edges];
const maxDegree = Math.max(...elements.filter((e) => e.group === 'nodes').map((e) => e.data.degree), 1);
const maxWeight = Math.max(...elements.filter((e) => e.group === 'edges').map((e) => e.data.weight), 1);

// ?drop=dashes,outline,border,opacity,minfont appends rules that leave one costly feature out, to measure what each costs a frame.
const drops = {
  dashes: { selector: 'edge', style: { 'line-style': 'solid' } },
  outline: { selector: 'node', style: { 'text-outline-width': 0 } },
  border: { selector: 'node', style: { 'border-width': 0 } },
  opacity: { selector: 'edge', style: { opacity: 1 } },
  minfont: { selector: 'node', style: { 'min-zoomed-font-size': 8 } },
};
const dropped = (params.get('drop') || '').split(',').filter((name) => drops[name]).map((name) => drops[name]);
const sheet = () => [...stylesheet({ colourBy: 'kind', sizeBy: 'degree', maxSize: maxDegree, maxWeight, palette, theme: { text: '#222222', background: '#ffffff', edge: '#9aa3ad' } }), ...dropped];
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
const costs = frameCosts();
globalThis.frameCosts = frameCosts; // measure-render --profile profiles it
// measure-render reads the main thread's CPU time around this: whole frames drawn `times` times.
globalThis.drawWhole = (times) => {
  const r = cy.renderer();
  const canvas = document.createElement('canvas');
  canvas.width = cy.width();
  canvas.height = cy.height();
  const context = canvas.getContext('2d');
  for (let i = 0; i < times; i++) r.render({ forcedContext: context, drawAllLayers: true, forcedZoom: cy.zoom(), forcedPan: cy.pan(), forcedPxRatio: 1 });
};

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
  ...costs,
});

// What one frame costs the renderer, drawn into an offscreen canvas of the graph's size (the median of
// seven, in ms): the whole scene as at rest (`fullMs`); the nodes only, at twice the resolution, as
// Cytoscape draws the texture it moves during a pan or zoom (`textureMs`); and the first whole frame
// after a zoom of 1.5×, which re-renders the cached node images at a new scale (`afterZoomMs`).
function frameCosts() {
  const r = cy.renderer();
  if (webgl || !r.render) return {};
  const canvas = document.createElement('canvas');
  canvas.width = cy.width();
  canvas.height = cy.height();
  const context = canvas.getContext('2d');
  const median = (draw) => {
    const times = Array.from({ length: 7 }, () => {
      const t = performance.now();
      draw();
      return performance.now() - t;
    }).sort((a, b) => a - b);
    return Math.round(times[3] * 10) / 10;
  };
  const whole = () => r.render({ forcedContext: context, drawAllLayers: true, forcedZoom: cy.zoom(), forcedPan: cy.pan(), forcedPxRatio: 1 });
  const fullMs = median(whole);
  // The same scene drawn element by element from the per-element image cache, without the layer cache.
  const eachMs = median(() => {
    context.setTransform(cy.zoom(), 0, 0, cy.zoom(), cy.pan().x, cy.pan().y);
    r.drawCachedElements(context, r.getCachedZSortedEles(), 1, cy.extent());
  });
  r.hoverData.dragging = true; // as during a drag: edges hidden, nodes drawn one by one
  const textureMs = median(() => r.render({ forcedContext: context, drawOnlyNodeLayer: true, forcedZoom: cy.zoom(), forcedPan: cy.pan(), forcedPxRatio: 2 }));
  r.hoverData.dragging = false;
  cy.zoom({ level: cy.zoom() * 1.5, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
  const t = performance.now();
  whole();
  const afterZoomMs = Math.round((performance.now() - t) * 10) / 10;
  cy.zoom({ level: cy.zoom() / 1.5, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
  return { fullMs, eachMs, textureMs, afterZoomMs };
}

