// What the data covers: the crime-area choices carry how many reports each holds, and a short list
// says how many reports touch each continent and sub-region. Counts come from /api/coverage.

import { clear, el } from './dom.js';

/** A choice's label with its report count, e.g. "drug trafficking (12)". */
export function withCount(label, count) {
  return count === undefined ? label : `${label} (${count})`;
}

/** The count of each id in a coverage list, as a Map. */
export function countsOf(entries = []) {
  return new Map(entries.map((e) => [e.id, e.reports]));
}

/** Lists continents, each with its sub-regions, and their report counts; regions without reports are left out. */
export function renderCoverage(list, coverage) {
  clear(list);
  for (const continent of coverage.continents.filter((c) => c.reports > 0)) {
    const item = el('li', withCount(continent.name, continent.reports));
    list.appendChild(item);
  }
  const regions = coverage.regions.filter((r) => r.reports > 0);
  if (regions.length) list.appendChild(el('li', `Sub-regions: ${regions.map((r) => withCount(r.name, r.reports)).join(', ')}`, { class: 'hint' }));
}
