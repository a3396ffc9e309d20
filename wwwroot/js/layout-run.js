// Runs one layout at a time. A newer run cancels the older one: its worker is terminated, its
// animations stopped, and (when elements are about to be replaced) the caller waits for Cytoscape to
// let go of the stopped animations first. Cytoscape keeps animating elements in a pool keyed by id
// until its next frame; an element added under the same id before then is never stepped, so its
// layout would never end — the race of issue 12. Every layout starts from seeded positions.

import { createLatest } from './page-state.js';
import { layoutInput, runsInWorker, splitLoose, startWorkerLayout } from './layout-worker.js';
import { initialPositions, randomStream, withSeededRandom } from './seeded.js';
import { ringPositions, ringsAround } from './first-placement.js';
import { separateBoxes } from './overlap.js';

/**
 * @param {{takeWorker: () => Worker, nextFrame: (f: () => void) => void}} deps
 */
export function createLayoutRunner({ takeWorker, nextFrame }) {
  const runs = createLatest();
  let running;

  /** Stops the running layout and every animation; true when something was moving. */
  function stopAll(cy) {
    running?.stop();
    running = undefined;
    const moving = cy.animated() || cy.nodes().some((n) => n.animated());
    cy.nodes().stop(true, false);
    cy.stop(true, false);
    return moving;
  }

  /** Pushes apart the nodes whose drawn boxes overlap (overlap.js) and frames the picture again. */
  function removeOverlaps(cy) {
    const moved = separateBoxes(cy.nodes().map((n) => ({ id: n.id(), ...n.position(), w: n.width(), h: n.height() })));
    cy.batch(() => cy.nodes().positions((n) => moved[n.id()]));
    cy.fit(undefined, 30);
  }

  /**
   * Where the nodes without a link go once the worker has placed the others: on rings around them,
   * the more important nearer, as far apart as the largest of them is wide (plus a gap).
   */
  function aroundNetwork(cy, placed, { forces, loose }, importance) {
    const linked = Object.values(placed);
    const centre = linked.length
      ? { x: (Math.min(...linked.map((p) => p.x)) + Math.max(...linked.map((p) => p.x))) / 2, y: (Math.min(...linked.map((p) => p.y)) + Math.max(...linked.map((p) => p.y))) / 2 }
      : { x: 0, y: 0 };
    const largest = Math.max(0, ...forces.nodes.map((n) => Math.max(n.w, n.h)));
    const radius = Math.max(0, ...linked.map((p) => Math.hypot(p.x - centre.x, p.y - centre.y))) + largest / 2;
    const spacing = Math.max(0, ...loose.map((n) => Math.max(n.w, n.h))) + 16;
    return ringsAround(loose.map((n) => ({ id: n.id, importance: importance(cy.getElementById(n.id)) })), { centre, radius, spacing });
  }

  /** Puts dragged nodes where the link says they were dropped. */
  function applyPins(cy, pins) {
    cy.batch(() => {
      for (const [id, position] of Object.entries(pins)) {
        const node = cy.getElementById(id);
        if (node.nonempty()) node.position(position);
      }
    });
  }

  return {
    /**
     * Cancels the running layout before the elements are replaced; resolves once Cytoscape's
     * animation loop has dropped the stopped animations (two frames), at once when nothing moved.
     */
    cancel(cy) {
      runs.begin();
      if (cy.destroyed() || !stopAll(cy)) return Promise.resolve();
      return new Promise((resolve) => nextFrame(() => nextFrame(resolve)));
    },

    /**
     * Lays the graph out from positions seeded by `seed`, then applies `pins`. Resolves true when this
     * run placed the nodes, false when a newer run replaced it; rejects when the worker failed. A
     * layout that runs in the worker keeps a `draft` placement (see `draft` below) on screen and calls
     * `onDraft`, so the page draws a picture while the worker computes.
     */
    run(cy, options, { seed, pins = {}, draft = false, onDraft = () => {}, importance = () => 0 }) {
      const run = runs.begin();
      stopAll(cy);
      const start = initialPositions(cy.nodes().map((n) => n.id()), seed, Math.max(400, 100 * Math.sqrt(cy.nodes().length)));
      // A drafted picture (see `draft`) stays on screen while the worker runs; any other starts from the seeded places.
      if (!draft) cy.nodes().positions((n) => start[n.id()]);
      // Drafts (large pictures) need fcose's spectral start, drawn from the seeded stream instead of Math.random.
      const seeded = options.name === 'fcose' || options.name === 'cose'
        ? { ...options, randomize: options.quality === 'draft' }
        : options;
      if (runsInWorker(seeded, cy.nodes().length)) {
        if (draft) {
          applyPins(cy, pins);
          onDraft();
        }
        // The worker starts once the draft is drawn, so the two do not share the cores for the first frame.
        const drawn = draft ? new Promise((resolve) => nextFrame(() => nextFrame(resolve))) : Promise.resolve();
        return drawn.then(() => {
          if (!run.current()) return false;
          // Read after the first frame, which has styled the nodes: read before it, the nodes' sizes
          // cost a styling of every node ahead of the first picture (docs/render-limits.md, session 10).
          const input = layoutInput(cy);
          input.nodes.forEach((n) => Object.assign(n, start[n.id]));
          input.randoms = randomStream(seed, 4096);
          // Nodes without a link feel no force but cost fcose a component each: they go around the rest after.
          const split = splitLoose(input);
          performance.mark('layout-worker-started');
          const job = split.forces.nodes.length ? startWorkerLayout(takeWorker, split.forces, seeded) : { done: Promise.resolve({}), stop() {} };
          running = job;
          return job.done.then((placed) => {
            performance.mark('layout-worker-done');
            if (!placed || !run.current()) return null;
            // Overlaps are removed among the linked nodes only, before the others are put around them:
            // the rings cannot overlap, and over all 5,000 nodes of the largest picture it took 8 s.
            const parted = seeded.separate ? separateBoxes(split.forces.nodes.map((n) => ({ ...n, ...placed[n.id] }))) : placed;
            return { ...parted, ...aroundNetwork(cy, parted, split, importance) };
          });
        }).then((positions) => {
          if (!positions || !run.current()) return false;
          return this.place(cy, { name: 'preset', positions: (n) => positions[n.id()], fit: true, padding: 30, animate: false }, run, pins);
        }, (error) => {
          if (!run.current()) return false;
          throw error;
        });
      }
      return this.place(cy, seeded, run, pins, seed);
    },

    /**
     * Before a large force-directed layout: puts fresh elements on rings by `importance`
     * (first-placement.js) and frames them, without reading styles, so the first picture is drawn
     * and styled once while the worker lays out. True when it placed them (the layout will run in
     * the worker), false when the layout is quick enough to draw its own first picture.
     */
    draft(cy, options, importance) {
      if (!runsInWorker(options, cy.nodes().length)) return false;
      const spacing = 80; // the largest node (graph-style.js) plus a gap
      const rings = ringPositions(cy.nodes().map((n) => ({ id: n.id(), importance: importance(n) })), spacing);
      cy.nodes().positions((n) => rings[n.id()]);
      const radius = Math.max(spacing, ...Object.values(rings).map((p) => Math.hypot(p.x, p.y))) + spacing;
      const zoom = Math.min(cy.width(), cy.height()) / (2 * radius);
      cy.viewport({ zoom, pan: { x: cy.width() / 2, y: cy.height() / 2 } });
      return true;
    },

    place(cy, options, run, pins, seed = 1) {
      const layout = cy.layout(options);
      running = layout;
      const ended = new Promise((resolve) => {
        layout.one('layoutstop', () => {
          if (!run.current()) {
            resolve(false);
            return;
          }
          if (options.separate) removeOverlaps(cy);
          applyPins(cy, pins);
          resolve(true);
        });
      });
      withSeededRandom(seed, () => layout.run());
      return ended;
    },
  };
}
