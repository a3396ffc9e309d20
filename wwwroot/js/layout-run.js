// Runs one layout at a time. A newer run cancels the older one: its worker is terminated, its
// animations stopped, and (when elements are about to be replaced) the caller waits for Cytoscape to
// let go of the stopped animations first. Cytoscape keeps animating elements in a pool keyed by id
// until its next frame; an element added under the same id before then is never stepped, so its
// layout would never end — the race of issue 12. Every layout starts from seeded positions.

import { createLatest } from './page-state.js';
import { layoutInput, runsInWorker, startWorkerLayout } from './layout-worker.js';
import { initialPositions, randomStream, withSeededRandom } from './seeded.js';

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
     * run placed the nodes, false when a newer run replaced it; rejects when the worker failed.
     */
    run(cy, options, { seed, pins = {} }) {
      const run = runs.begin();
      stopAll(cy);
      const start = initialPositions(cy.nodes().map((n) => n.id()), seed, Math.max(400, 100 * Math.sqrt(cy.nodes().length)));
      cy.nodes().positions((n) => start[n.id()]);
      // Drafts (large pictures) need fcose's spectral start, drawn from the seeded stream instead of Math.random.
      const seeded = options.name === 'fcose' || options.name === 'cose'
        ? { ...options, randomize: options.quality === 'draft' }
        : options;
      if (runsInWorker(seeded, cy.nodes().length)) {
        const input = layoutInput(cy);
        input.randoms = randomStream(seed, 4096);
        const job = startWorkerLayout(takeWorker, input, seeded);
        running = job;
        return job.done.then((positions) => {
          if (!positions || !run.current()) return false;
          return this.place(cy, { name: 'preset', positions: (n) => positions[n.id()], fit: true, padding: 30, animate: false }, run, pins);
        }, (error) => {
          if (!run.current()) return false;
          throw error;
        });
      }
      return this.place(cy, seeded, run, pins, seed);
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
          applyPins(cy, pins);
          resolve(true);
        });
      });
      withSeededRandom(seed, () => layout.run());
      return ended;
    },
  };
}
