// Lays out large pictures in a Web Worker (workers/fcose-worker.js), so the page keeps answering
// while fcose runs; a newer layout terminates the worker of the older one.

/** Above this many nodes the force-directed layout runs off the main thread. */
export const workerAbove = 150;

/** Whether these layout options run in the worker for a picture of this many nodes. */
export function runsInWorker(options, nodeCount) {
  return options.name === 'fcose' && nodeCount > workerAbove;
}

/** What the worker needs of the picture: node ids, drawn sizes and starting places, edges with weights. */
export function layoutInput(cy) {
  return {
    nodes: cy.nodes().map((n) => ({ id: n.id(), w: n.width(), h: n.height(), x: n.position('x'), y: n.position('y') })),
    edges: cy.edges().map((e) => ({ id: e.id(), source: e.data('source'), target: e.data('target') })),
  };
}

/**
 * The layout input split in two: the nodes with at least one link (and the links), which the worker
 * lays out, and the `loose` nodes without one, which the page puts around them (`ringsAround`).
 */
export function splitLoose(input) {
  const linked = new Set();
  for (const edge of input.edges) {
    linked.add(edge.source);
    linked.add(edge.target);
  }
  return {
    forces: { ...input, nodes: input.nodes.filter((n) => linked.has(n.id)) },
    loose: input.nodes.filter((n) => !linked.has(n.id)),
  };
}

/**
 * Keeps a worker started ahead of need, but only when the page is idle: `prepare` starts one (the
 * page calls it once a picture is laid out), `take` hands it over, or starts one when none is ready.
 * A worker loads 0.7 MB of scripts; started at page load or beside a running layout, it took a core
 * from the first picture or from that layout on a two-core machine (docs/render-limits.md).
 */
export function createWorkerSpare(makeWorker) {
  let spare = null;
  return {
    prepare() {
      spare ??= makeWorker();
    },
    take() {
      const worker = spare ?? makeWorker();
      spare = null;
      return worker;
    },
  };
}

/**
 * Starts a worker layout. `done` resolves to id → position, or to null once `stop` was called.
 * @param {() => Worker} makeWorker
 */
export function startWorkerLayout(makeWorker, input, options) {
  const worker = makeWorker();
  let settle;
  const done = new Promise((resolve, reject) => {
    settle = resolve;
    worker.onmessage = (event) => {
      worker.terminate();
      if (event.data.error) reject(new Error(`Layout failed: ${event.data.error}`));
      else resolve(event.data.positions);
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(`Layout failed: ${event.message}`));
    };
  });
  const { quality, randomize, nodeRepulsion, idealEdgeLength } = options;
  // `randoms` (seeded numbers the worker draws from instead of Math.random) keeps the layout reproducible.
  worker.postMessage({ ...input, options: { quality, randomize, nodeRepulsion, idealEdgeLength } });
  return {
    done,
    stop() {
      worker.terminate();
      settle(null);
    },
  };
}
