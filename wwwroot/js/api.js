// Fetch wrappers over the JSON API. Failures become ApiError carrying the problem+json title and
// detail, so the page can say in words what went wrong.

export class ApiError extends Error {
  constructor(status, title, detail) {
    super(detail ? `${title}: ${detail}` : title);
    this.status = status;
    this.title = title;
    this.detail = detail;
  }
}

async function parse(response) {
  if (response.ok) {
    return response.json();
  }
  let problem = {};
  try {
    problem = await response.json();
  } catch {
    // Not problem+json; fall back to the status line.
  }
  const errors = problem.errors ? Object.values(problem.errors).flat().join(' ') : '';
  throw new ApiError(response.status, problem.title || `${response.status} ${response.statusText}`, problem.detail || errors);
}

async function get(path, params, signal) {
  const query = params ? `?${new URLSearchParams(params)}` : '';
  return parse(await fetch(`${path}${query}`, { headers: { Accept: 'application/json' }, signal }));
}

/**
 * The picture's query for a follow-up request (an edge's evidence, a path): the same view and
 * filters, with the source kind named `evidence` there, because `source` names an edge's end.
 */
export function followUpQuery(query) {
  const { source, ...rest } = query;
  return source ? { ...rest, evidence: source } : rest;
}

export const api = {
  /** The picture; `signal` aborts it when a newer request replaces it. */
  graph: (params, signal) => get('/api/graph', params, signal),
  metrics: (params) => get('/api/metrics', params),
  communities: (params) => get('/api/communities', params),
  /** An actor's details; `params` are the picture's query, whose dates, crime area and source narrow its reports. */
  node: (id, params = {}) => get(`/api/nodes/${encodeURIComponent(id)}`, params),
  edgeEvidence: (source, target, params = {}) => get('/api/edges/evidence', { ...followUpQuery(params), source, target }),
  paths: (source, target, params = {}) => get('/api/paths', { ...followUpQuery(params), source, target }),
  /** One entry per dated report: for small corpora only (see page-state's timelineAt). */
  timeline: () => get('/api/timeline'),
  /** Each report date with its report count: bounded by the span of dates, not the number of reports. */
  timelineDays: () => get('/api/timeline/days'),
  report: (id) => get(`/api/reports/${encodeURIComponent(id)}`),
  operationOfEvent: (id) => get(`/api/events/${encodeURIComponent(id)}/operation`),
  countries: () => get('/api/countries'),
  vocabulary: () => get('/api/vocabulary'),
  coverage: () => get('/api/coverage'),
  searchActors: (q) => get('/api/actors', { q, limit: 8 }),
  async postReport(report, apiKey) {
    const response = await fetch('/api/reports', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'X-Api-Key': apiKey },
      body: JSON.stringify(report),
    });
    return parse(response);
  },
  async startImport(files, apiKey) {
    const form = new FormData();
    for (const file of files) form.append('files', file, file.name);
    const response = await fetch('/api/imports', { method: 'POST', headers: { Accept: 'application/json', 'X-Api-Key': apiKey }, body: form });
    return parse(response);
  },
  importStatus: (id) => get(`/api/imports/${encodeURIComponent(id)}`),
  deck: (id) => get(`/api/decks/${encodeURIComponent(id)}`),
  /** Stores a deck (replacing deck `id` when given); answers the stored deck's key. */
  async saveDeck(deck, apiKey, id = '') {
    const response = await fetch(id ? `/api/decks/${encodeURIComponent(id)}` : '/api/decks', {
      method: id ? 'PUT' : 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'X-Api-Key': apiKey },
      body: JSON.stringify(deck),
    });
    if (response.status === 204) return id;
    return (await parse(response)).id;
  },
};
