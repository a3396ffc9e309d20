// The first picture's requests, started as soon as this small module runs. index.html loads it
// ahead of the page's other modules (async), so the graph, the vocabulary and the countries come
// over the wire while the rest of the scripts load and run; before, the graph was asked only once
// every module had run and the vocabulary, the countries and the layout libraries were in
// (docs/render-limits.md, session 10). main.js imports this same module (a module runs once per
// page) and takes the answers; a view changed meanwhile asks for its own graph.

import { api } from './api.js';
import { withSnapshot } from './edit-mode.js';
import { decodeState, graphQuery } from './view-state.js';

/** Lets `promise` fail before anyone awaits it: whoever awaits it later still gets the failure. */
function awaitedLater(promise) {
  promise.catch(() => {});
  return promise;
}

/** What tells two graph requests apart: the query string they send. */
export function graphKey(state) {
  return keyOf(withSnapshot(graphQuery(state)));
}

function keyOf(query) {
  return new URLSearchParams(query).toString();
}

/**
 * Asks for the graph of a view.
 * @returns {{key: string, abort: AbortController, answer: Promise<object>}} the answer, and how to stop its download
 */
export function requestGraph(state) {
  const abort = new AbortController();
  const query = withSnapshot(graphQuery(state));
  performance.mark('graph-requested'); // scripts/measure-render says where the first picture's time went
  return { key: keyOf(query), abort, answer: awaitedLater(api.graph(query, abort.signal)) };
}

const firstView = decodeState(location.hash);

/** Asked at load: neither kind ticked asks for no graph (main.js says why nothing shows). */
export const firstRequests = {
  vocabulary: awaitedLater(api.vocabulary()),
  countries: awaitedLater(api.countries()),
  graph: firstView.kinds ? requestGraph(firstView) : null,
};
