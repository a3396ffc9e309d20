// The graph by keyboard: once focused, the arrow keys move to the nearest node in that direction,
// E steps through the focused node's links, Enter shows the details of what is focused, Escape
// leaves it. What is focused is said aloud through a live region. `nearestInDirection` is DOM-free.

const directions = { ArrowRight: [1, 0], ArrowLeft: [-1, 0], ArrowDown: [0, 1], ArrowUp: [0, -1] };

/**
 * The candidate nearest to `from` in the arrow's direction (within 60° of it), preferring nodes
 * straight ahead; null when none lies that way.
 * @param {{x: number, y: number}} from @param {Array<{id: string, x: number, y: number}>} candidates
 */
export function nearestInDirection(from, candidates, key) {
  const [dx, dy] = directions[key] || [0, 0];
  let best = null;
  let bestScore = Infinity;
  for (const c of candidates) {
    const ahead = (c.x - from.x) * dx + (c.y - from.y) * dy;
    const aside = Math.abs((c.x - from.x) * dy - (c.y - from.y) * dx);
    if (ahead <= 0 || aside > ahead * 1.8) continue;
    const score = ahead + 2 * aside;
    if (score < bestScore || (score === bestScore && c.id < best.id)) {
      best = c;
      bestScore = score;
    }
  }
  return best ? best.id : null;
}

/**
 * @param container the graph's element (made focusable)
 * @param {{cy: () => object, announce: (text: string) => void, activateNode: (node) => void, activateEdge: (edge) => void, importance: (node) => number}} hooks
 */
export function attachGraphKeys(container, { cy, announce, activateNode, activateEdge, importance }) {
  let focused = null; // a node or an edge id
  let edgeIndex = -1;

  const describeNode = (n) => `${n.data('label')}, ${n.data('kind')}, ${n.degree(false)} link${n.degree(false) === 1 ? '' : 's'}. Arrows move, E steps through its links, Enter shows details.`;
  const describeEdge = (e) => `Link ${e.source().data('label')} — ${e.target().data('label')}, ${e.data('reportCount') ?? e.data('weight')} report(s). Enter shows the evidence.`;

  function focusOn(element) {
    const graph = cy();
    graph.batch(() => {
      graph.elements('.keyboard-focus').removeClass('keyboard-focus');
      element.addClass('keyboard-focus');
    });
    focused = element.id();
    const box = element.renderedBoundingBox();
    if (box.x1 < 0 || box.y1 < 0 || box.x2 > graph.width() || box.y2 > graph.height()) graph.animate({ center: { eles: element }, duration: 200 });
    announce(element.isNode() ? describeNode(element) : describeEdge(element));
  }

  function current() {
    const graph = cy();
    const element = focused ? graph.getElementById(focused) : null;
    return element && element.nonempty() && element.visible() ? element : null;
  }

  function startNode() {
    const nodes = cy().nodes(':visible');
    return nodes.empty() ? null : nodes.max((n) => importance(n)).ele;
  }

  container.addEventListener('focus', () => {
    const start = current() || startNode();
    if (start) focusOn(start);
    else announce('The graph is empty.');
  });
  container.addEventListener('blur', () => cy().elements('.keyboard-focus').removeClass('keyboard-focus'));
  container.addEventListener('keydown', (event) => {
    if (document.body.classList.contains('presenting')) return; // the arrows step the presentation
    const element = current();
    if (directions[event.key]) {
      event.preventDefault();
      const from = element ? (element.isNode() ? element : element.source()) : startNode();
      if (!from) return;
      const p = from.renderedPosition();
      const others = cy().nodes(':visible').filter((n) => n.id() !== from.id()).map((n) => ({ id: n.id(), ...n.renderedPosition() }));
      const next = element ? nearestInDirection(p, others, event.key) : from.id();
      if (next) {
        edgeIndex = -1;
        focusOn(cy().getElementById(next));
      } else announce('No node further that way.');
    } else if ((event.key === 'e' || event.key === 'E') && element) {
      const node = element.isNode() ? element : cy().getElementById(element.data('source'));
      const edges = node.connectedEdges(':visible');
      if (edges.empty()) return announce('This node has no links.');
      edgeIndex = (edgeIndex + 1) % edges.length;
      focusOn(edges[edgeIndex]);
    } else if (event.key === 'Enter' && element) {
      event.preventDefault();
      if (element.isNode()) activateNode(element);
      else activateEdge(element);
    }
  });
}
