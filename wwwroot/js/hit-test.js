// Which elements a pointer could be on. Cytoscape's canvas renderer asks which element is under the
// pointer on mouse-down, mouse-up and every pointer move that is not a pan, and it checks every
// element, measuring each one's label boxes (three for a link) even where labels take no events.
// On the 5,000-actor view that was 40-175 ms a test, 13 tests in the benchmark's 3-s gesture and
// about a third of its main-thread time (docs/render-limits.md, session 11). The renderer is handed
// only the elements the point could touch; it decides among those by its own rules, as before.
// DOM-free, tested with node --test.

/** Cytoscape's widest pick distance, in screen pixels, for a mouse and for a finger (a link's). */
export const pickReach = { mouse: 8, touch: 24 };

function squaredDistanceToSegment(x, y, ax, ay, bx, by) {
  const dx = bx - ax;
  const dy = by - ay;
  const length = dx * dx + dy * dy;
  const t = length === 0 ? 0 : Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / length));
  const px = ax + t * dx - x;
  const py = ay + t * dy - y;
  return px * px + py * py;
}

const always = 0; // an element tested whatever the point: a link that is not haystack, labels taking events
const node = 1;
const haystack = 2;

/**
 * What elementsNear needs to know of `elements` (in the renderer's order), read once: a node's box
 * (centre, half width, half height), a haystack link's two node centres and how far from the line
 * between them it can be drawn (half its width, and as far as its ends can sit from the centres).
 */
export function geometryOf(elements) {
  const kinds = new Uint8Array(elements.length);
  const numbers = new Float64Array(elements.length * 5);
  const radius = new Map();
  const radiusOf = (n) => {
    if (!radius.has(n)) radius.set(n, Math.hypot(n.outerWidth(), n.outerHeight()) / 2);
    return radius.get(n);
  };
  elements.forEach((ele, i) => {
    const at = i * 5;
    if (ele.pstyle('text-events').strValue === 'yes') {
      kinds[i] = always;
    } else if (ele.isNode()) {
      const p = ele.position();
      kinds[i] = node;
      numbers.set([p.x, p.y, ele.outerWidth() / 2, ele.outerHeight() / 2], at);
    } else if (ele.pstyle('curve-style').value === 'haystack') {
      const a = ele.source().position();
      const b = ele.target().position();
      kinds[i] = haystack;
      // Its ends sit within haystack-radius (0 to 1) of the half diagonal around its nodes' centres.
      const ends = ele.pstyle('haystack-radius').value * Math.max(radiusOf(ele.source()), radiusOf(ele.target()));
      numbers.set([a.x, a.y, b.x, b.y, ele.numericStyle('width') / 2 + ends], at);
    } else {
      kinds[i] = always;
    }
  });
  return { elements, kinds, numbers };
}

/**
 * The elements (in their order) that a point could hit, a superset of what Cytoscape's test picks:
 * a node whose box, grown by `reach`, holds the point; a haystack link whose line could pass within
 * `reach` of it; every other link and every element whose labels take events, not reasoned about.
 * @param geometry geometryOf the renderer's elements
 * @param {number} x model coordinates of the point
 * @param {number} y
 * @param {number} reach the widest pick distance in model units
 */
export function elementsNear({ elements, kinds, numbers }, x, y, reach) {
  const near = [];
  for (let i = 0; i < elements.length; i++) {
    const at = i * 5;
    const kind = kinds[i];
    if (kind === always) {
      near.push(elements[i]);
    } else if (kind === node) {
      if (Math.abs(x - numbers[at]) <= numbers[at + 2] + reach && Math.abs(y - numbers[at + 1]) <= numbers[at + 3] + reach) near.push(elements[i]);
    } else {
      const within = numbers[at + 4] + reach;
      if (squaredDistanceToSegment(x, y, numbers[at], numbers[at + 1], numbers[at + 2], numbers[at + 3]) <= within * within) near.push(elements[i]);
    }
  }
  return near;
}

/**
 * Makes `cy`'s renderer test only the elements near the point (elementsNear). A renderer without the
 * canvas renderer's hit test (a headless instance) is left as it is.
 */
export function narrowHitTests(cy) {
  const renderer = cy.renderer();
  if (typeof renderer?.findNearestElements !== 'function' || typeof renderer.getCachedZSortedEles !== 'function') return;
  // The geometry is read again after anything that moves, resizes, adds or removes an element.
  let geometry = null;
  cy.on('add remove position style', () => { geometry = null; });
  const testAll = renderer.findNearestElements;
  const sortedElements = renderer.getCachedZSortedEles;
  renderer.findNearestElements = function findNearestElements(x, y, interactiveOnly, isTouch) {
    const elements = renderer.getCachedZSortedEles();
    if (geometry?.elements !== elements) geometry = geometryOf(elements);
    const near = elementsNear(geometry, x, y, (isTouch ? pickReach.touch : pickReach.mouse) / cy.zoom());
    near.interactive = near.filter((ele) => ele.interactive());
    // The renderer's test reads the elements it checks from getCachedZSortedEles: it is given the near ones for this call.
    renderer.getCachedZSortedEles = () => near;
    try {
      return testAll.call(renderer, x, y, interactiveOnly, isTouch);
    } finally {
      renderer.getCachedZSortedEles = sortedElements;
    }
  };
}
