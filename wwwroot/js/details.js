// The Details panel: an actor with its metrics, neighbours and evidence, or an edge with every
// supporting sentence. Titles and sentences come from reports, so only textContent is used.

import { clear, el, sourceLink } from './dom.js';

function format(value) {
  return typeof value === 'number' && !Number.isInteger(value) ? value.toFixed(4) : String(value);
}

function evidenceItem(report, sentences) {
  const item = el('div', null, { class: 'evidence' });
  const heading = el('div');
  heading.appendChild(sourceLink(report.url, report.title));
  if (report.date) heading.appendChild(el('span', ` — ${report.date}`));
  if (report.language) heading.appendChild(el('span', ` · ${report.language}`));
  item.appendChild(heading);
  if (report.source === 'coded') item.appendChild(el('p', 'Coded event (GDELT): no sentence to quote; the link is the article it was coded from.', { class: 'source-kind' }));
  for (const sentence of sentences) item.appendChild(el('blockquote', sentence));
  return item;
}

/** An actor's details; `metrics` are the vocabulary's, each shown by its label. */
export function showNode(container, detail, node, metrics = []) {
  clear(container);
  container.appendChild(el('h3', detail.name));
  const facts = el('dl');
  const add = (term, value) => { facts.appendChild(el('dt', term)); facts.appendChild(el('dd', value)); };
  add('Kind', detail.kind);
  if (detail.countryCode) add('Country', detail.countryCode);
  if (detail.aliases && detail.aliases.length) add('Also', detail.aliases.slice(0, 8).join('; '));
  if (node) {
    for (const { name, label } of metrics) {
      if (node.data(name) !== undefined && node.data(name) !== null) add(label, format(node.data(name)));
    }
  }
  container.appendChild(facts);

  if (node) {
    const neighbours = node.connectedEdges().map((e) => ({ other: e.source().id() === node.id() ? e.target() : e.source(), weight: e.data('weight') }))
      .sort((a, b) => b.weight - a.weight);
    if (neighbours.length) {
      container.appendChild(el('h4', 'Neighbours by weight'));
      const list = el('ol', null, { class: 'neighbours' });
      for (const n of neighbours.slice(0, 15)) list.appendChild(el('li', `${n.other.data('label')} (${n.weight})`));
      container.appendChild(list);
    }
  }

  container.appendChild(el('h4', `Reports (${detail.reports.length})`));
  for (const report of detail.reports) container.appendChild(evidenceItem(report, report.sentences));
}

export function showEdge(container, evidence, labels) {
  clear(container);
  container.appendChild(el('h3', `${labels.source} — ${labels.target}`));
  const facts = el('dl');
  facts.appendChild(el('dt', 'Weight'));
  facts.appendChild(el('dd', `${evidence.weight} report(s)`));
  facts.appendChild(el('dt', 'Kind'));
  facts.appendChild(el('dd', evidence.kind === 'led' ? 'one of them led a shared operation' : 'took part together'));
  const sources = new Set(evidence.evidence.map((item) => item.source));
  facts.appendChild(el('dt', 'Evidence'));
  facts.appendChild(el('dd', sources.size > 1 ? 'extracted reports and coded events (GDELT)' : sources.has('coded') ? 'coded events (GDELT)' : 'extracted reports'));
  container.appendChild(facts);
  for (const item of evidence.evidence) {
    container.appendChild(evidenceItem(item, item.sentences));
  }
}

export function showPath(container, result, labelOf) {
  clear(container);
  if (!result.paths.length) {
    container.appendChild(el('p', 'No path connects these actors in the current view.'));
    return;
  }
  const path = result.paths[0];
  container.appendChild(el('h3', `Shortest path (${result.length} step${result.length === 1 ? '' : 's'})`));
  container.appendChild(el('p', path.nodes.map(labelOf).join(' → ')));
  for (const step of path.steps) {
    container.appendChild(el('h4', `${labelOf(step.source)} — ${labelOf(step.target)}`));
    for (const item of step.evidence) container.appendChild(evidenceItem(item, item.sentences));
  }
}
