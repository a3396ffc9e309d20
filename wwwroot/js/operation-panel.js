// The operations behind an edge, under its evidence in the Details panel: each operation once,
// however many reports tell it, with why each report was joined to it and, where the reports
// disagree (arrests, countries, dates, participants), every claim with the reports that make it.
// Names, titles and explanations come from reports, so only textContent is used.

import { el, sourceLink } from './dom.js';

const MAX_LOOKUPS = 12;

/** The distinct event ids of an evidence page, in order, at most `limit`. */
export function eventIdsOf(evidence, limit = MAX_LOOKUPS) {
  const ids = [];
  for (const item of evidence.evidence || []) {
    if (item.eventId !== undefined && !ids.includes(item.eventId)) ids.push(item.eventId);
  }
  return ids.slice(0, limit);
}

/** Operations by id (first seen first), dropping repeats: several events can tell one operation. */
export function distinctOperations(operations) {
  const seen = new Map();
  for (const operation of operations) {
    if (operation && !seen.has(operation.id)) seen.set(operation.id, operation);
  }
  return [...seen.values()];
}

/** Claims grouped by subject: [{ subject, claims: [{ value, reportIds }] }]. */
export function claimsBySubject(operation) {
  const groups = new Map();
  for (const claim of operation.claims || []) {
    if (!groups.has(claim.subject)) groups.set(claim.subject, []);
    groups.get(claim.subject).push({ value: claim.value, reportIds: claim.reportIds });
  }
  return [...groups.entries()].map(([subject, claims]) => ({ subject, claims }));
}

function section(operation) {
  const box = el('section', null, { class: 'operation' });
  const dates = [operation.firstDate, operation.lastDate].filter(Boolean);
  const span = dates.length ? ` (${[...new Set(dates)].join(' – ')})` : '';
  box.appendChild(el('h5', `${operation.name || 'Unnamed operation'}${span}`));
  box.appendChild(el('p', `Told by ${operation.sources.length} report(s); counted once.`));
  const sources = el('ul', null, { class: 'operation-sources' });
  const titles = new Map();
  for (const source of operation.sources) {
    titles.set(source.reportId, source.title);
    const item = el('li');
    item.appendChild(sourceLink(source.url, source.title));
    item.appendChild(el('span', ` — ${source.rule}: ${source.explanation}`));
    sources.appendChild(item);
  }
  box.appendChild(sources);
  const disputes = claimsBySubject(operation);
  if (disputes.length) {
    box.appendChild(el('h6', 'Where the reports disagree'));
    const list = el('dl', null, { class: 'operation-claims' });
    for (const { subject, claims } of disputes) {
      list.appendChild(el('dt', subject));
      for (const claim of claims) {
        list.appendChild(el('dd', `${claim.value} — ${claim.reportIds.map((id) => titles.get(id) || `report ${id}`).join('; ')}`));
      }
    }
    box.appendChild(list);
  }
  return box;
}

/**
 * Appends the operations of an edge's evidence to `container`; `operationOfEvent(id)` asks the API.
 * An event the API cannot place (404) is skipped; other errors leave a line saying so.
 */
export async function showOperations(container, evidence, operationOfEvent) {
  const ids = eventIdsOf(evidence);
  if (!ids.length) return;
  const heading = el('h4', 'Operations');
  container.appendChild(heading);
  const found = await Promise.all(ids.map((id) => operationOfEvent(id).catch((error) => (error.status === 404 ? null : { error }))));
  if (found.some((f) => f && f.error)) container.appendChild(el('p', 'Some operations could not be loaded.'));
  const operations = distinctOperations(found.filter((f) => f && !f.error));
  heading.textContent = `Operations (${operations.length})`;
  for (const operation of operations) container.appendChild(section(operation));
}
