// The view as plain data: filters, layout, encoding, selection. It round-trips through the URL
// hash so a shared link reopens the same view. DOM-free, tested with node --test.

export const defaultState = Object.freeze({
  view: 'actors',
  layout: 'fcose',
  colourBy: 'kind',
  sizeBy: 'degree',
  kinds: 'country,agency',
  crimeArea: '',
  from: '',
  to: '',
  minWeight: 1,
  selected: '',
  center: '',
  depth: 1,
  theme: 'light',
  source: 'all',
  // A report language (en, es, pt, fr); empty keeps every language.
  language: '',
  // What an edge's weight counts: distinct operations (the server's default), reports, or Newman's 1/(n − 1).
  weight: 'operations',
  // The bounded picture: empty means the server's default (whole view when small, else 300 nodes and the backbone).
  budget: '',
  measure: '',
  alpha: '',
  include: '',
  expand: '',
  // Reproducible pictures: the layouts' seed and the positions the user dragged nodes to (seeded.js).
  seed: 1,
  pins: '',
  labelSize: 12,
  // Client-side region filter: a continent or sub-region of data/knowledge/world-regions.tsv.
  region: '',
});

const numeric = new Set(['minWeight', 'depth', 'seed', 'labelSize']);

/** The hash fragment for a state: only what differs from the defaults, in a stable order. */
export function encodeState(state) {
  const params = new URLSearchParams();
  for (const key of Object.keys(defaultState)) {
    if (state[key] !== undefined && String(state[key]) !== String(defaultState[key])) {
      params.set(key, String(state[key]));
    }
  }
  return params.toString();
}

/** The state a hash fragment describes; unknown keys are ignored, bad numbers fall back. */
export function decodeState(hash) {
  const params = new URLSearchParams(hash.startsWith('#') ? hash.slice(1) : hash);
  const state = { ...defaultState };
  for (const key of Object.keys(defaultState)) {
    if (!params.has(key)) continue;
    const value = params.get(key);
    if (numeric.has(key)) {
      const n = Number(value);
      if (Number.isFinite(n) && n >= 0) state[key] = n;
    } else {
      state[key] = value;
    }
  }
  return state;
}

/** The /api/graph query parameters of a state. */
export function graphQuery(state) {
  const query = { view: state.view };
  if (state.kinds && state.kinds !== defaultState.kinds) query.kinds = state.kinds;
  if (state.crimeArea) query.crimeArea = state.crimeArea;
  if (state.from) query.from = state.from;
  if (state.to) query.to = state.to;
  if (state.minWeight > 1) query.minWeight = String(state.minWeight);
  if (state.source && state.source !== defaultState.source) query.source = state.source;
  if (state.language) query.language = state.language;
  if (state.weight && state.weight !== defaultState.weight) query.weight = state.weight;
  for (const key of ['budget', 'measure', 'alpha', 'include', 'expand']) {
    if (state[key]) query[key] = String(state[key]);
  }
  if (state.center) {
    query.center = state.center;
    query.depth = String(state.depth);
  }
  return query;
}
