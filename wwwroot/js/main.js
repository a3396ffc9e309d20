// Composition root: builds the Cytoscape instance and wires every control to the page state
// (page-state.js), which says what each change needs: refetch, relayout or restyle.

import cytoscape from '../lib/cytoscape/cytoscape.esm.min.mjs';
import { api } from './api.js';
import { GraphController } from './controller.js';
import { createDateRange } from './date-range.js';
import { showEdge, showNode, showPath } from './details.js';
import { clear, el } from './dom.js';
import { maxOf, toElements } from './elements.js';
import { exportPng, exportSvg } from './export.js';
import { stylesheet } from './graph-style.js';
import { layoutById, layouts } from './layouts.js';
import { renderLegend } from './legend.js';
import { createErrorBanner, createLatest, createPageState, createPlayback, createReadiness, createSavedViews } from './page-state.js';
import { createPresentation } from './presentation.js';
import { attachImportPanel } from './import-panel.js';
import { attachReportForm } from './report-form.js';
import { describeView } from './saved-views.js';
import { attachSearch } from './search.js';
import { createTable } from './table.js';
import { graphQuery } from './view-state.js';

const $ = (id) => document.getElementById(id);
const page = createPageState(location.hash);
const state = page.view;
const readiness = createReadiness($('cy').dataset, (callback) => requestAnimationFrame(callback));
const requests = createLatest();
const layoutRuns = createLatest();
const savedViews = createSavedViews(browserStorage());
const showError = createErrorBanner({
  show: (message) => { $('error').textContent = message; $('error').hidden = false; },
  hide: () => { $('error').hidden = true; },
});
let runningLayout;

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
  onChange: (range) => change({ from: range.from, to: range.to }),
});
const table = createTable($('node-table'), {
  nodes: () => cy.nodes(':visible').map((n) => n.data()),
  edges: () => cy.edges(':visible').map((e) => e.data()),
  metrics: () => page.vocabulary.metrics,
});

function browserStorage() {
  try {
    return localStorage;
  } catch {
    return null; // storage disabled: saved views last for this visit only
  }
}

function saveState() {
  history.replaceState(null, '', `#${page.hash()}`);
}

/** Applies a change to the view and does what it needs, as page-state's `effects` table says. */
function change(patch) {
  return perform(page.update(patch));
}

function perform(effect) {
  saveState();
  if (effect === 'refetch') return render();
  if (effect === 'relayout') return runLayout();
  if (effect === 'restyle') return applyStyle();
  return undefined;
}

/** Makes a saved (or shared) view current: its state, the controls that show it, then the graph. */
function showView(hash) {
  const effect = page.replace(hash);
  syncControls();
  dateRange.show(state);
  return perform(effect);
}

function labelOf(id) {
  const node = cy.getElementById(id);
  return node.nonempty() ? node.data('label') : id;
}

/** The theme's colours, as app.css defines them for the current data-theme. */
function themeColours() {
  const css = getComputedStyle(document.documentElement);
  const read = (name) => css.getPropertyValue(name).trim();
  return { text: read('--text'), background: read('--bg'), edge: read('--edge') };
}

function applyStyle() {
  document.documentElement.dataset.theme = state.theme;
  $('toggle-theme').setAttribute('aria-pressed', String(state.theme === 'dark'));
  cy.style(stylesheet({
    colourBy: state.colourBy,
    sizeBy: state.sizeBy,
    maxSize: maxOf(cy.nodes().map((n) => ({ data: n.data() })), state.sizeBy),
    maxWeight: maxOf(cy.edges().map((e) => ({ data: e.data() })), 'weight'),
    palette: page.vocabulary.palette,
    theme: themeColours(),
  }));
  renderLegend($('legend'), state, page.vocabulary);
}

function runLayout() {
  readiness.busy();
  const run = layoutRuns.begin(); // a newer layout stops this one, and this one's end is ignored
  runningLayout?.stop();
  const options = layoutById(state.layout).options({ cy, sizeBy: state.sizeBy, selected: state.selected, countries: page.countries });
  const layout = cy.layout(options);
  runningLayout = layout;
  layout.one('layoutstop', () => {
    if (!run.current()) return;
    if (state.selected && cy.getElementById(state.selected).nonempty()) selectNode(cy.getElementById(state.selected), false);
    readiness.ready();
  });
  layout.run();
}

async function render() {
  readiness.busy();
  const request = requests.begin(); // a newer request makes this one's answer stale
  let graph;
  try {
    graph = await api.graph(graphQuery(state));
  } catch (error) {
    if (!request.current()) return;
    showError(error);
    readiness.ready();
    return;
  }
  if (!request.current()) return;
  cy.batch(() => {
    cy.elements().remove();
    cy.add(toElements(graph, page.vocabulary.palette, page.reportDates));
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
}

async function selectNode(node, center = true) {
  page.update({ selected: node.id() });
  saveState();
  if (center) controller.focus(node.id());
  else { node.select(); controller.highlight(node); }
  const metrics = page.vocabulary.metrics;
  try {
    showNode($('details-body'), await api.node(node.id()), node, metrics);
  } catch (error) {
    if (error.status === 404) {
      showNode($('details-body'), { name: node.data('label'), kind: node.data('kind'), countryCode: node.data('countryCode'), aliases: [], reports: [] }, node, metrics);
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
  page.update({ selected: '' });
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
    const id = event.target.id();
    change({ depth: state.center === id ? Math.min(state.depth + 1, 10) : 1, center: id, selected: id });
  });
}

function fillSelect(select, options, value) {
  for (const option of options) select.appendChild(el('option', option.label, { value: option.value }));
  select.value = value;
}

function setupTimeline() {
  const playback = createPlayback({
    dates: () => page.dates,
    step: (date) => {
      controller.showUntil(date);
      $('timeline-label').textContent = `Up to ${date}: ${cy.nodes(':visible').length} nodes`;
    },
    done: () => {
      controller.showUntil('');
      $('timeline-label').textContent = '';
      $('cy').dataset.playing = 'false';
    },
  });
  $('play').addEventListener('click', () => {
    $('cy').dataset.playing = 'true';
    playback.start();
  });
}

/** Sets every control to what the state says. */
function syncControls() {
  for (const [id, key] of [['layout', 'layout'], ['crime-area', 'crimeArea'], ['source', 'source'], ['view', 'view'], ['colour-by', 'colourBy'], ['size-by', 'sizeBy']]) {
    $(id).value = state[key];
  }
  $('min-weight').value = String(state.minWeight);
  const kinds = state.kinds.split(',');
  document.querySelectorAll('input[name="kind"]').forEach((box) => { box.checked = kinds.includes(box.value); });
}

function setupControls() {
  const { metrics, views, crimeAreas } = page.vocabulary;
  fillSelect($('view'), views.map((v) => ({ value: v.name, label: v.label })), state.view);
  fillSelect($('layout'), layouts.map((l) => ({ value: l.id, label: l.label })), state.layout);
  fillSelect($('crime-area'), crimeAreas.map((a) => ({ value: a.name, label: a.label })), state.crimeArea);
  fillSelect($('size-by'), [...metrics.filter((m) => m.canSize).map((m) => ({ value: m.name, label: m.label })), { value: 'none', label: 'uniform' }], state.sizeBy);
  syncControls();

  const onChange = (id, key, read = (v) => v) => $(id).addEventListener('change', (event) => change({ [key]: read(event.target.value) }));
  onChange('view', 'view');
  onChange('layout', 'layout');
  onChange('colour-by', 'colourBy');
  onChange('size-by', 'sizeBy');
  onChange('crime-area', 'crimeArea');
  onChange('source', 'source');
  onChange('min-weight', 'minWeight', (v) => Math.max(1, Number(v) || 1));
  document.querySelectorAll('input[name="kind"]').forEach((box) => box.addEventListener('change', () => {
    const checked = [...document.querySelectorAll('input[name="kind"]:checked')].map((b) => b.value);
    change({ kinds: checked.length ? checked.join(',') : 'country,agency' });
  }));

  $('toggle-theme').addEventListener('click', () => change({ theme: state.theme === 'dark' ? 'light' : 'dark' }));
  $('toggle-table').addEventListener('click', () => {
    const view = $('table-view');
    view.hidden = !view.hidden;
    $('toggle-table').setAttribute('aria-pressed', String(!view.hidden));
    if (!view.hidden) table.render();
  });
  $('download-nodes').addEventListener('click', table.downloadNodes);
  $('download-edges').addEventListener('click', table.downloadEdges);
  const background = () => themeColours().background;
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
    if (event.key === 'Escape' && state.center && !document.body.classList.contains('presenting')) change({ center: '', depth: 1 });
  });

  attachSearch($('search'), $('search-results'), {
    nodes: () => cy.nodes().map((n) => ({ id: n.id(), label: n.data('label'), kind: n.data('kind') })),
    onPick: (id) => { const node = cy.getElementById(id); if (node.nonempty()) selectNode(node, true); },
    onError: showError,
  });
  attachReportForm($('report-form'), $('report-result'), { onAdded: refreshAfterAdd, onError: showError });
  attachImportPanel($('import-panel'), { onImported: refreshAfterAdd, onError: showError });
  setupSavedViews();
  dateRange.setDates(page.dates, state);
  setupTimeline();
  setupGraphEvents();
}

function setupSavedViews() {
  const shown = () => { $('saved-views').textContent = savedViews.summary(); };
  $('save-view').addEventListener('click', () => {
    savedViews.add(page.hash(), describeView(state, labelOf, page.vocabulary.views));
    shown();
    $('status').textContent = `Saved for presenting: ${savedViews.all().at(-1).caption}`;
  });
  $('clear-views').addEventListener('click', () => { savedViews.clear(); shown(); });
  shown();
  createPresentation({
    button: $('present'),
    controller,
    status: $('status'),
    reports: () => page.timeline,
    savedViews: savedViews.all,
    currentView: page.hash,
    showView,
    // The graph's edges carry counts, not report ids: a report is shown by the nodes it names (agencies also by their country).
    reportNodes: async (id) => (await api.report(id)).actors.flatMap((a) => (a.countryCode ? [a.id, `country:${a.countryCode.toUpperCase()}`] : [a.id])),
  });
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
  page.setTimeline(await api.timeline());
  dateRange.setDates(page.dates, state);
  await render();
}

async function start() {
  readiness.busy();
  try {
    page.vocabulary = await api.vocabulary();
  } catch (error) {
    showError(error); // without the vocabulary nothing can be drawn
    return;
  }
  try {
    const [countries, timeline] = await Promise.all([api.countries(), api.timeline()]);
    page.countries = countries;
    page.setTimeline(timeline);
  } catch (error) {
    showError(error);
  }
  setupControls();
  saveState();
  await render();
}

start();
