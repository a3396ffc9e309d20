// Composition root: builds the Cytoscape instance and wires every control to the view state.

import cytoscape from '../lib/cytoscape/cytoscape.esm.min.mjs';
import { api } from './api.js';
import { GraphController } from './controller.js';
import { crimeAreas } from './crime-areas.js';
import { createDateRange } from './date-range.js';
import { showEdge, showNode, showPath } from './details.js';
import { clear, el } from './dom.js';
import { maxOf, toElements } from './elements.js';
import { exportPng, exportSvg } from './export.js';
import { stylesheet } from './graph-style.js';
import { layoutById, layouts } from './layouts.js';
import { renderLegend } from './legend.js';
import { createPresentation } from './presentation.js';
import { attachImportPanel } from './import-panel.js';
import { attachReportForm } from './report-form.js';
import { addView, describeView, parseViews, serializeViews } from './saved-views.js';
import { attachSearch } from './search.js';
import { createTable } from './table.js';
import { decodeState, encodeState, graphQuery } from './view-state.js';

const $ = (id) => document.getElementById(id);
const state = decodeState(location.hash);
let countries = [];
let timeline = [];
let dates = [];
let reportDates = new Map();
let errorTimer;
let savedViews = readSavedViews();
// Bumped each time a render settles, so tests (and anything else) can wait for "the next" ready.
let generation = 0;

if (globalThis.cytoscapeFcose) cytoscape.use(globalThis.cytoscapeFcose);
if (globalThis.cytoscapeSvg) cytoscape.use(globalThis.cytoscapeSvg);

// ?renderer=webgl opts into Cytoscape's experimental WebGL renderer (3.31+), which pays off for
// thousands of elements on a real GPU; with software GL (headless, no GPU) canvas is faster.
const webgl = new URLSearchParams(location.search).get('renderer') === 'webgl';
const cy = cytoscape({
  container: $('cy'),
  renderer: webgl ? { name: 'canvas', webgl: true } : { name: 'canvas' },
  minZoom: 0.05,
  maxZoom: 5,
  hideEdgesOnViewport: true,
  textureOnViewport: true,
  selectionType: 'single',
});
const controller = new GraphController(cy);
const dateRange = createDateRange({
  from: $('date-from'),
  to: $('date-to'),
  fromLabel: $('date-from-label'),
  toLabel: $('date-to-label'),
  onChange: (range) => { state.from = range.from; state.to = range.to; render(); },
});
const table = createTable($('node-table'), {
  nodes: () => cy.nodes(':visible').map((n) => n.data()),
  edges: () => cy.edges(':visible').map((e) => e.data()),
});

function showError(error) {
  const box = $('error');
  box.textContent = error instanceof Error ? error.message : String(error);
  box.hidden = false;
  clearTimeout(errorTimer);
  errorTimer = setTimeout(() => { box.hidden = true; }, 10000);
}

function saveState() {
  history.replaceState(null, '', `#${encodeState(state)}`);
}

const savedViewsKey = 'graph.savedViews';

function readSavedViews() {
  try {
    return parseViews(localStorage.getItem(savedViewsKey));
  } catch {
    return []; // storage disabled: views last for this visit only
  }
}

function storeSavedViews(views) {
  savedViews = views;
  try {
    localStorage.setItem(savedViewsKey, serializeViews(views));
  } catch {
    /* storage disabled or full: the views still last for this visit */
  }
  $('saved-views').textContent = `${views.length} saved view${views.length === 1 ? '' : 's'}`;
}

/** Makes a saved (or shared) view current: its state, the controls that show it, then the graph. */
function showView(hash) {
  Object.assign(state, decodeState(hash));
  syncControls();
  dateRange.show(state);
  saveState();
  return render();
}

function labelOf(id) {
  const node = cy.getElementById(id);
  return node.nonempty() ? node.data('label') : id;
}

function applyStyle() {
  const dark = state.theme === 'dark';
  document.documentElement.dataset.theme = state.theme;
  $('toggle-theme').setAttribute('aria-pressed', String(dark));
  cy.style(stylesheet({
    sizeBy: state.sizeBy,
    maxSize: maxOf(cy.nodes().map((n) => ({ data: n.data() })), state.sizeBy),
    maxWeight: maxOf(cy.edges().map((e) => ({ data: e.data() })), 'weight'),
    dark,
  }));
  renderLegend($('legend'), state);
}

let changes = 0;

function markBusy() {
  changes += 1;
  $('cy').dataset.ready = 'false';
}

// Ready means drawn: Cytoscape recomputes edge geometry and hit areas on its next frames,
// so the flag waits two animation frames, and is not raised if another change began meanwhile.
function markReady() {
  const change = changes;
  requestAnimationFrame(() => requestAnimationFrame(() => {
    if (change !== changes) return;
    generation += 1;
    $('cy').dataset.generation = String(generation);
    $('cy').dataset.ready = 'true';
  }));
}

function runLayout() {
  markBusy();
  const options = layoutById(state.layout).options({ cy, sizeBy: state.sizeBy, selected: state.selected, countries });
  const layout = cy.layout(options);
  layout.one('layoutstop', () => {
    if (state.selected && cy.getElementById(state.selected).nonempty()) selectNode(cy.getElementById(state.selected), false);
    markReady();
  });
  layout.run();
}

async function render() {
  markBusy();
  let graph;
  try {
    graph = await api.graph(graphQuery(state));
  } catch (error) {
    showError(error);
    markReady();
    return;
  }
  cy.batch(() => {
    cy.elements().remove();
    cy.add(toElements(graph, state, reportDates));
  });
  $('cy').dataset.nodeCount = String(cy.nodes().length);
  $('cy').dataset.edgeCount = String(cy.edges().length);
  const ego = state.center ? ` · ego network of ${labelOf(state.center)} (depth ${state.depth}; Esc clears)` : '';
  $('status').textContent = `${cy.nodes().length} nodes · ${cy.edges().length} edges · density ${(graph.stats?.density ?? 0).toFixed(3)}${ego}`;
  const names = clear($('actor-names'));
  cy.nodes().forEach((n) => names.appendChild(el('option', null, { value: n.data('label') })));
  applyStyle();
  runLayout();
  if (!$('table-view').hidden) table.render();
  saveState();
}

async function selectNode(node, center = true) {
  state.selected = node.id();
  saveState();
  if (center) controller.focus(node.id());
  else { node.select(); controller.highlight(node); }
  try {
    showNode($('details-body'), await api.node(node.id()), node);
  } catch (error) {
    if (error.status === 404) {
      showNode($('details-body'), { name: node.data('label'), kind: node.data('kind'), countryCode: node.data('countryCode'), aliases: [], reports: [] }, node);
    } else {
      showError(error);
    }
  }
}

async function selectEdge(edge) {
  try {
    const evidence = await api.edgeEvidence(edge.data('source'), edge.data('target'));
    showEdge($('details-body'), evidence, { source: labelOf(edge.data('source')), target: labelOf(edge.data('target')) });
    controller.highlight(edge.connectedNodes().first());
  } catch (error) {
    showError(error);
  }
}

function clearSelection() {
  state.selected = '';
  saveState();
  cy.elements().unselect();
  controller.clearHighlight();
  controller.clearPath();
}

function setupGraphEvents() {
  cy.on('tap', 'node', (event) => selectNode(event.target, false));
  cy.on('tap', 'edge', (event) => selectEdge(event.target));
  cy.on('tap', (event) => { if (event.target === cy) clearSelection(); });
  cy.on('mouseover', 'node', (event) => { if (!state.selected) controller.highlight(event.target); });
  cy.on('mouseout', 'node', () => { if (!state.selected) controller.clearHighlight(); });
  cy.on('dbltap', 'node', (event) => {
    // Double-click grows the ego network around the node by one hop each time.
    state.depth = state.center === event.target.id() ? Math.min(state.depth + 1, 10) : 1;
    state.center = event.target.id();
    state.selected = event.target.id();
    render();
  });
}

function fillSelect(select, options, value) {
  for (const option of options) select.appendChild(el('option', option.label, { value: option.value }));
  select.value = value;
}

/** The distinct report dates, in order: the steps of the date sliders and of playback. */
function reportDatesInOrder() {
  return [...new Set(timeline.map((t) => t.date).filter(Boolean))].sort();
}

function setupTimeline() {
  let timer;
  $('play').addEventListener('click', () => {
    clearInterval(timer);
    let i = 0;
    $('cy').dataset.playing = 'true';
    timer = setInterval(() => {
      if (i >= dates.length) {
        clearInterval(timer);
        controller.showUntil('');
        $('timeline-label').textContent = '';
        $('cy').dataset.playing = 'false';
        return;
      }
      controller.showUntil(dates[i]);
      $('timeline-label').textContent = `Up to ${dates[i]}: ${cy.nodes(':visible').length} nodes`;
      i += 1;
    }, 700);
  });
}

/** Sets every control to what the state says. */
function syncControls() {
  $('layout').value = state.layout;
  $('crime-area').value = state.crimeArea;
  $('source').value = state.source;
  $('view').value = state.view;
  $('colour-by').value = state.colourBy;
  $('size-by').value = state.sizeBy;
  $('min-weight').value = String(state.minWeight);
  const kinds = state.kinds.split(',');
  document.querySelectorAll('input[name="kind"]').forEach((box) => { box.checked = kinds.includes(box.value); });
}

function setupControls() {
  fillSelect($('layout'), layouts.map((l) => ({ value: l.id, label: l.label })), state.layout);
  fillSelect($('crime-area'), crimeAreas.map((a) => ({ value: a, label: a.replaceAll('-', ' ') })), state.crimeArea);
  syncControls();

  const onChange = (id, apply) => $(id).addEventListener('change', (event) => apply(event.target.value));
  onChange('view', (v) => { state.view = v; render(); });
  onChange('layout', (v) => { state.layout = v; saveState(); runLayout(); });
  onChange('colour-by', (v) => { state.colourBy = v; render(); });
  onChange('size-by', (v) => { state.sizeBy = v; saveState(); applyStyle(); });
  onChange('crime-area', (v) => { state.crimeArea = v; render(); });
  onChange('source', (v) => { state.source = v; render(); });
  onChange('min-weight', (v) => { state.minWeight = Math.max(1, Number(v) || 1); render(); });
  document.querySelectorAll('input[name="kind"]').forEach((box) => box.addEventListener('change', () => {
    const checked = [...document.querySelectorAll('input[name="kind"]:checked')].map((b) => b.value);
    state.kinds = checked.length ? checked.join(',') : 'country,agency';
    render();
  }));

  $('toggle-theme').addEventListener('click', () => { state.theme = state.theme === 'dark' ? 'light' : 'dark'; saveState(); applyStyle(); });
  $('toggle-table').addEventListener('click', () => {
    const view = $('table-view');
    view.hidden = !view.hidden;
    $('toggle-table').setAttribute('aria-pressed', String(!view.hidden));
    if (!view.hidden) table.render();
  });
  $('download-nodes').addEventListener('click', table.downloadNodes);
  $('download-edges').addEventListener('click', table.downloadEdges);
  const background = () => (state.theme === 'dark' ? '#15181c' : '#ffffff');
  $('export-png').addEventListener('click', () => exportPng(cy, background()));
  $('export-svg').addEventListener('click', () => { try { exportSvg(cy, background()); } catch (error) { showError(error); } });
  $('share').addEventListener('click', async () => {
    saveState();
    try {
      await navigator.clipboard.writeText(location.href);
      $('status').textContent = 'Link copied: it reopens this view.';
    } catch {
      $('status').textContent = `Link to this view: ${location.href}`;
    }
  });
  $('find-path').addEventListener('click', findPath);
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && state.center && !document.body.classList.contains('presenting')) {
      state.center = '';
      state.depth = 1;
      render();
    }
  });

  attachSearch($('search'), $('search-results'), {
    nodes: () => cy.nodes().map((n) => ({ id: n.id(), label: n.data('label'), kind: n.data('kind') })),
    onPick: (id) => { const node = cy.getElementById(id); if (node.nonempty()) selectNode(node, true); },
    onError: showError,
  });
  attachReportForm($('report-form'), $('report-result'), { onAdded: refreshAfterAdd, onError: showError });
  attachImportPanel($('import-panel'), { onImported: refreshAfterAdd, onError: showError });
  $('save-view').addEventListener('click', () => {
    storeSavedViews(addView(savedViews, encodeState(state), describeView(state, labelOf)));
    $('status').textContent = `Saved for presenting: ${savedViews.at(-1).caption}`;
  });
  $('clear-views').addEventListener('click', () => storeSavedViews([]));
  storeSavedViews(savedViews);
  createPresentation({
    button: $('present'),
    controller,
    status: $('status'),
    reports: () => timeline,
    savedViews: () => savedViews,
    currentView: () => encodeState(state),
    showView,
  });
  dates = reportDatesInOrder();
  dateRange.setDates(dates, state);
  setupTimeline();
  setupGraphEvents();
}

async function findPath() {
  const idOf = (label) => cy.nodes().filter((n) => n.data('label') === label.trim()).map((n) => n.id())[0];
  const from = idOf($('path-from').value);
  const to = idOf($('path-to').value);
  if (!from || !to) {
    showError(new Error('Choose both ends of the path from the names in the graph.'));
    return;
  }
  try {
    const result = await api.paths(from, to, graphQuery(state));
    showPath($('details-body'), result, labelOf);
    if (result.paths.length) controller.showPath(result.paths[0].nodes);
  } catch (error) {
    showError(error);
  }
}

async function refreshAfterAdd() {
  timeline = await api.timeline();
  reportDates = new Map(timeline.map((t) => [t.reportId, t.date]));
  dates = reportDatesInOrder();
  dateRange.setDates(dates, state);
  await render();
}

async function start() {
  try {
    [countries, timeline] = await Promise.all([api.countries(), api.timeline()]);
  } catch (error) {
    showError(error);
  }
  reportDates = new Map(timeline.map((t) => [t.reportId, t.date]));
  setupControls();
  await render();
}

start();
