// The bounded picture on the page: what the server says it left out, when to draw with WebGL, and
// which labels fit at the current zoom. DOM-free, tested with node --test.

/**
 * Above this many elements (nodes + edges) the page draws with Cytoscape's WebGL renderer, when the
 * browser's WebGL runs on a GPU. Measured without a GPU (docs/render-limits.md, session 12), canvas was
 * faster at every size: 20,000 nodes panned at 19.6 fps on canvas and 0.8 fps with WebGL in software.
 */
export const webglAbove = 15000;

/**
 * Whether a WebGL renderer string names a software rasteriser (SwiftShader, llvmpipe, Mesa's softpipe,
 * Windows' basic render driver), on which Cytoscape's WebGL renderer is slower than its canvas.
 */
export function isSoftwareRenderer(name) {
  return /swiftshader|llvmpipe|softpipe|software|basic render/i.test(name ?? '');
}

/**
 * Whether a graph of this size is drawn with WebGL. `forced` is the ?renderer= choice: 'webgl', 'canvas'
 * or null; `gpu` answers whether the browser's WebGL is hardware-accelerated (without it canvas stays
 * faster), asked only for a picture above the threshold.
 */
export function useWebgl(elementCount, forced = null, gpu = () => true) {
  if (forced === 'webgl') return true;
  if (forced === 'canvas') return false;
  return elementCount > webglAbove && gpu();
}

/**
 * Above this many elements (nodes + edges) a hovered node's neighbourhood is highlighted only once the
 * pointer rests on it, and the rest of the picture is not faded (GraphController's `fadeUpTo`). The
 * bounded pictures of the default views (300 nodes and up to 2,000 links, 250 countries) stay below it.
 */
export const restingHoverAbove = 5000;

/**
 * How long (ms) the pointer rests on a node before its neighbourhood is highlighted: at once on a
 * small picture. On a large one the highlight restyles every element (the rest fade), and a pointer
 * that merely crossed nodes while panning did so twice per node crossed, which was a third of the
 * main thread's time while panning the 5,000-actor view (docs/render-limits.md, session 7).
 */
export function highlightDelay(elementCount) {
  return elementCount > restingHoverAbove ? 200 : 0;
}

/**
 * The most links the page draws for a picture of this many nodes: 2,000 or one per node, whichever
 * is larger. A backbone among a few hundred hubs of a large corpus keeps tens of thousands of links
 * (36,166 among 300 actors at 100,000 reports): no one can read them, and the renderer took tens of
 * seconds to draw them (docs/render-limits.md). The 250 countries' backbone (1,503) stays whole.
 * Links are what a whole frame costs on canvas (Cytoscape's own work per link, about ten times a
 * node's): at 5,000 nodes, 10,000 links took 54–73 ms of CPU a frame and 5,000 links 37 ms.
 */
export function edgeCap(nodeCount) {
  return Math.max(2000, nodeCount);
}

/**
 * The picture with at most `cap` links: the heaviest, ties by id so the choice is reproducible;
 * `edgesDrawn` says how many are drawn (all of them when within the cap).
 */
export function withStrongestEdges(graph, cap) {
  if (graph.edges.length <= cap) return { ...graph, edgesDrawn: graph.edges.length };
  const weight = (edge) => Number(edge.data.weight) || 0;
  const edges = [...graph.edges]
    .sort((a, b) => weight(b) - weight(a) || (a.data.id < b.data.id ? -1 : 1))
    .slice(0, cap);
  return { ...graph, edges, edgesDrawn: cap };
}

/**
 * The sentence that says what is shown, as the server wrote it ("showing 300 of 9,812 actors …"),
 * and, when the page drew fewer links than it received (`edgeCap`), how many it drew.
 */
export function statementOf(picture, edgesDrawn = null, edgesReceived = null) {
  const sentences = [];
  if (picture) sentences.push(picture.statement.charAt(0).toUpperCase() + picture.statement.slice(1));
  if (edgesDrawn !== null && edgesReceived !== null && edgesDrawn < edgesReceived) {
    const count = (n) => n.toLocaleString('en-GB');
    sentences.push(`The ${count(edgesDrawn)} strongest of ${picture ? 'these' : 'the'} ${count(edgesReceived)} links are drawn.`);
  }
  return sentences.map((text, i) => (i < sentences.length - 1 && !text.endsWith('.') ? `${text}.` : text)).join(' ');
}

/** The include list with one more id (comma list, no repeats). */
export function withIncluded(include, id) {
  const ids = include ? include.split(',') : [];
  return ids.includes(id) ? include : [...ids, id].join(',');
}

/**
 * The nodes whose labels are drawn: the most important first, each kept only when its label box
 * (at this zoom, in screen pixels) overlaps no label already kept and lies on screen.
 * @param {Array<{id: string, x: number, y: number, importance: number, chars: number, size: number}>} nodes rendered positions
 * A label wider than `wrapEms` font sizes wraps (the stylesheet's text-max-width), so its box is that
 * wide and as many lines high as its characters need: counted as one line, the wrapped names of the
 * 5,000-actor view were drawn over each other.
 * @param {{zoom: number, width: number, height: number, fontSize?: number, minFontSize?: number, maxLabels?: number, wrapEms?: number}} view
 * @returns {Set<string>}
 */
export function labelsThatFit(nodes, { zoom, width, height, fontSize = 11, minFontSize = 7, maxLabels = Infinity, wrapEms = 9 }) {
  const shown = new Set();
  const pixels = fontSize * zoom;
  if (pixels < minFontSize) return shown;
  const cell = Math.max(32, pixels * 12);
  const grid = new Map();
  const sorted = [...nodes].sort((a, b) => b.importance - a.importance || (a.id < b.id ? -1 : 1));
  for (const node of sorted) {
    if (shown.size >= maxLabels) break;
    const ems = node.chars * 0.6;
    const w = Math.min(ems, wrapEms) * pixels;
    const h = Math.ceil(ems / wrapEms) * pixels * 1.3;
    const box = { left: node.x - w / 2, right: node.x + w / 2, top: node.y + (node.size * zoom) / 2, bottom: node.y + (node.size * zoom) / 2 + h };
    if (box.right < 0 || box.left > width || box.bottom < 0 || box.top > height) continue;
    const cells = cellsOf(box, cell);
    if (cells.some((key) => (grid.get(key) || []).some((other) => overlaps(box, other)))) continue;
    shown.add(node.id);
    for (const key of cells) {
      if (!grid.has(key)) grid.set(key, []);
      grid.get(key).push(box);
    }
  }
  return shown;
}

function cellsOf(box, cell) {
  const keys = [];
  for (let cx = Math.floor(box.left / cell); cx <= Math.floor(box.right / cell); cx++) {
    for (let cy = Math.floor(box.top / cell); cy <= Math.floor(box.bottom / cell); cy++) keys.push(`${cx},${cy}`);
  }
  return keys;
}

function overlaps(a, b) {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}
