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
  if (report.eventName) item.appendChild(el('p', `Operation: ${report.eventName}`, { class: 'operation' }));
  if (report.source === 'coded') item.appendChild(el('p', 'Coded event (GDELT): no sentence to quote; the link is the article it was coded from.', { class: 'source-kind' }));
  for (const sentence of sentences) item.appendChild(el('blockquote', sentence));
  return item;
}

/** An actor's details; `metrics` are the vocabulary's, each shown by its label; a neighbour's button calls `onPick(id)`. */
export function showNode(container, detail, node, metrics = [], onPick = () => {}) {
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
      for (const n of neighbours.slice(0, 15)) {
        const item = el('li');
        const button = el('button', `${n.other.data('label')} (${n.weight})`, { type: 'button', class: 'link', 'data-id': n.other.id() });
        button.addEventListener('click', () => onPick(n.other.id()));
        item.appendChild(button);
        list.appendChild(item);
      }
      container.appendChild(list);
    }
  }

  container.appendChild(el('h4', `Reports (${detail.reports.length})`));
  for (const report of detail.reports) container.appendChild(evidenceItem(report, report.sentences));
}

// What an edge's weight counts, by the picture's weighting (view-state's `weight`).
const weightUnits = { operations: 'operation(s)', reports: 'report(s)', newman: 'Newman weight' };

/** The weight with what it counts: "3 operation(s)" by default. */
function weightText(evidence, labels) {
  return `${evidence.weight} ${weightUnits[labels.weight] || weightUnits.operations}`;
}

/** An edge and its evidence; "Copy citation" hands `onCopy` the citation text of every item shown. */
export function showEdge(container, evidence, labels, onCopy = null) {
  clear(container);
  container.appendChild(el('h3', `${labels.source} — ${labels.target}`));
  const facts = el('dl');
  facts.appendChild(el('dt', 'Weight'));
  facts.appendChild(el('dd', weightText(evidence, labels)));
  facts.appendChild(el('dt', 'Reports'));
  facts.appendChild(el('dd', String(evidence.reports)));
  facts.appendChild(el('dt', 'Kind'));
  facts.appendChild(el('dd', evidence.kind === 'led' ? 'one of them led a shared operation' : 'took part together'));
  const sources = new Set(evidence.evidence.map((item) => item.source));
  facts.appendChild(el('dt', 'Evidence'));
  facts.appendChild(el('dd', sources.size > 1 ? 'extracted reports and coded events (GDELT)' : sources.has('coded') ? 'coded events (GDELT)' : 'extracted reports'));
  container.appendChild(facts);
  if (onCopy && evidence.evidence.length) {
    const copy = el('button', 'Copy citation', { type: 'button', class: 'copy-citation' });
    copy.addEventListener('click', () => onCopy(citationOf(evidence, labels)));
    container.appendChild(copy);
  }
  for (const item of evidence.evidence) {
    container.appendChild(evidenceItem(item, item.sentences));
  }
}

/** A plain-text citation of an edge's evidence: one line per report (title, operation, date, URL) and its quoted sentences. */
export function citationOf(evidence, labels) {
  const lines = [`${labels.source} — ${labels.target}: ${weightText(evidence, labels)}, ${evidence.reports} report(s).`];
  for (const item of evidence.evidence) {
    const parts = [`"${item.title}"`];
    if (item.eventName) parts.push(`operation ${item.eventName}`);
    parts.push(item.date || 'undated');
    if (item.url) parts.push(item.url);
    lines.push(`- ${parts.join(', ')}.`);
    for (const sentence of item.sentences) lines.push(`  "${sentence}"`);
  }
  return lines.join('\n');
}

/** A path and its evidence; the other shortest paths are listed, and choosing one calls `onChoose(index)`. */
export function showPath(container, result, labelOf, index = 0, onChoose = () => {}) {
  clear(container);
  if (!result.paths.length) {
    container.appendChild(el('p', 'No path connects these actors in the current view.'));
    return;
  }
  const path = result.paths[index];
  container.appendChild(el('h3', `Shortest path (${result.length} step${result.length === 1 ? '' : 's'})`));
  container.appendChild(el('p', path.nodes.map(labelOf).join(' → ')));
  if (result.paths.length > 1) {
    container.appendChild(el('p', `All ${result.paths.length} shortest paths:`, { class: 'alternatives-title' }));
    const list = el('ol', null, { class: 'alternatives' });
    result.paths.forEach((other, i) => {
      const item = el('li');
      const button = el('button', other.nodes.map(labelOf).join(' → '), { type: 'button', class: 'link', 'aria-pressed': String(i === index) });
      button.addEventListener('click', () => onChoose(i));
      item.appendChild(button);
      list.appendChild(item);
    });
    container.appendChild(list);
  }
  for (const step of path.steps) {
    container.appendChild(el('h4', `${labelOf(step.source)} — ${labelOf(step.target)}`, { class: 'step' }));
    for (const item of step.evidence) container.appendChild(evidenceItem(item, item.sentences));
  }
}
