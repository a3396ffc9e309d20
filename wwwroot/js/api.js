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

export const api = {
  /** The picture; `signal` aborts it when a newer request replaces it. */
  graph: (params, signal) => get('/api/graph', params, signal),
  metrics: (params) => get('/api/metrics', params),
  node: (id) => get(`/api/nodes/${encodeURIComponent(id)}`),
  edgeEvidence: (source, target, params = {}) => get('/api/edges/evidence', { ...params, source, target }),
  paths: (from, to, params) => get('/api/paths', { ...params, from, to }),
  timeline: () => get('/api/timeline'),
  report: (id) => get(`/api/reports/${encodeURIComponent(id)}`),
  operationOfEvent: (id) => get(`/api/events/${encodeURIComponent(id)}/operation`),
  countries: () => get('/api/countries'),
  vocabulary: () => get('/api/vocabulary'),
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
};
