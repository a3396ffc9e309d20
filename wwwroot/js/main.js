// Composition root: builds the Cytoscape instance and wires every control to the page state
// (page-state.js), which says what each change needs: refetch, relayout or restyle.

import cytoscape from '../lib/cytoscape/cytoscape.esm.min.mjs';
import { api } from './api.js';
import { GraphController } from './controller.js';
import { createDateRange } from './date-range.js';
import { showEdge, showNode, showPath } from './details.js';
import { attachEditMode, withSnapshot } from './edit-mode.js';
import { showOperations } from './operation-panel.js';
import { clear, el } from './dom.js';
import { maxOf, toElements } from './elements.js';
import { exportPng, exportSvg } from './export.js';
import { stylesheet } from './graph-style.js';
import { createWorkerSpare, layoutInput, runsInWorker, startWorkerLayout } from './layout-worker.js';
import { layoutById, layouts } from './layouts.js';
import { renderLegend } from './legend.js';
import { createErrorBanner, createLatest, createPageState, createPlayback, createReadiness, createSavedViews } from './page-state.js';
import { labelsThatFit, statementOf, useWebgl, withIncluded } from './picture.js';
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
// One worker is kept started (its scripts loaded) so a layout need not wait for it.
const layoutWorkers = createWorkerSpare(() => new Worker('js/workers/fcose-worker.js'));
let inflight;
let labelTimer;

if (globalThis.cytoscapeFcose) cytoscape.use(globalThis.cytoscapeFcose);
if (globalThis.cytoscapeSvg) cytoscape.use(globalThis.cytoscapeSvg);

// Cytoscape's WebGL renderer (3.31+) draws large pictures; the renderer is fixed when an instance is
// made, so crossing picture.js's threshold remounts it. ?renderer=webgl or =canvas forces one.
const forcedRenderer = new URLSearchParams(location.search).get('renderer');
let cy = mountCy(useWebgl(0, forcedRenderer));
const controller = new GraphController(cy);

function mountCy(webgl) {
  const instance = cytoscape({
    container: $('cy'),
    renderer: webgl ? { name: 'canvas', webgl: true } : { name: 'canvas' },
    minZoom: 0.02,
    maxZoom: 5,
    hideEdgesOnViewport: true,
    textureOnViewport: true,
    selectionType: 'single',
  });
  $('cy').dataset.renderer = webgl ? 'webgl' : 'canvas';
  instance.on('viewport', () => {
    clearTimeout(labelTimer);
    labelTimer = setTimeout(fitLabels, 120);
  });
  return instance;
}

/** Draws with the renderer a picture of this size needs, remounting Cytoscape when that changes. */
function chooseRenderer(elementCount) {
  const webgl = useWebgl(elementCount, forcedRenderer);
  if (webgl === ($('cy').dataset.renderer === 'webgl')) return;
  runningLayout?.stop();
  cy.destroy();
  cy = mountCy(webgl);
  controller.cy = cy;
  setupGraphEvents();
}

/** Labels only the nodes whose names fit at this zoom, most important first. */
function fitLabels() {
  if (cy.destroyed()) return;
  const metric = state.sizeBy === 'none' ? 'weightedDegree' : state.sizeBy;
  const nodes = cy.nodes(':visible').map((n) => {
    const p = n.renderedPosition();
    return { id: n.id(), x: p.x, y: p.y, importance: Number(n.data(metric)) || 0, chars: String(n.data('label')).length, size: n.width() };
  });
  const fit = labelsThatFit(nodes, { zoom: cy.zoom(), width: cy.width(), height: cy.height() });
  cy.batch(() => cy.nodes().forEach((n) => { n.toggleClass('unlabelled', !fit.has(n.id())); }));
  $('cy').dataset.labelled = String(fit.size);
}
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
  performance.mark('layout-started');
  if (runsInWorker(options, cy.nodes().length)) {
    const job = startWorkerLayout(layoutWorkers.take, layoutInput(cy), options);
    runningLayout = job;
    job.done.then((positions) => {
      if (positions && run.current()) place(cy.layout({ name: 'preset', positions: (n) => positions[n.id()], fit: true, padding: 30, animate: false }), run);
    }, (error) => {
      if (!run.current()) return;
      showError(error);
      readiness.ready();
    });
    return;
  }
  place(cy.layout(options), run);
}

/** Runs a layout; when it ends and is still the latest, reselects, fits the labels and says the picture is ready. */
function place(layout, run) {
  runningLayout = layout;
  layout.one('layoutstop', () => {
    if (!run.current()) return;
    if (state.selected && cy.getElementById(state.selected).nonempty()) selectNode(cy.getElementById(state.selected), false);
    fitLabels();
    performance.mark('layout-done');
    readiness.ready();
  });
  layout.run();
}

async function render() {
  readiness.busy();
  const request = requests.begin(); // a newer request makes this one's answer stale
  inflight?.abort(); // and stops the server's answer to the older one being downloaded
  const abort = new AbortController();
  inflight = abort;
  let graph;
  performance.mark('graph-requested'); // marks let scripts/measure-render say where the first picture's time went
  try {
    graph = await api.graph(withSnapshot(graphQuery(state)), abort.signal);
  } catch (error) {
    if (!request.current() || error.name === 'AbortError') return;
    showError(error);
    readiness.ready();
    return;
  }
  if (!request.current()) return;
  performance.mark('graph-received');
  runningLayout?.stop();
  chooseRenderer(graph.nodes.length + graph.edges.length);
  cy.batch(() => {
    cy.elements().remove();
    cy.add(toElements(graph, page.vocabulary.palette, page.reportDates));
  });
  $('cy').dataset.nodeCount = String(cy.nodes().length);
  $('cy').dataset.edgeCount = String(cy.edges().length);
  const ego = state.center ? ` · ego network of ${labelOf(state.center)} (depth ${state.depth}; Esc clears)` : '';
  $('status').textContent = `${cy.nodes().length} nodes · ${cy.edges().length} edges · density ${(graph.stats?.density ?? 0).toFixed(3)}${ego}`;
  $('picture-statement').textContent = statementOf(graph.picture);
  $('cy').dataset.nodesTotal = String(graph.picture?.nodesTotal ?? cy.nodes().length);
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
    attachEditMode($('details-body'), { type: 'node', id: node.id(), nodeKind: node.data('kind') }, { onEdited: refreshAfterAdd, onError: showError });
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
    const evidence = await api.edgeEvidence(edge.data('source'), edge.data('target'), withSnapshot({}));
    showEdge($('details-body'), evidence, { source: labelOf(edge.data('source')), target: labelOf(edge.data('target')) });
    await showOperations($('details-body'), evidence, api.operationOfEvent);
    attachEditMode($('details-body'), { type: 'edge', source: edge.data('source'), target: edge.data('target'), sourceLabel: labelOf(edge.data('source')), targetLabel: labelOf(edge.data('target')), events: evidence.evidence.map((e) => ({ eventId: e.eventId, reportId: e.reportId, title: e.title })) }, { onEdited: refreshAfterAdd, onError: showError });
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
  cy.on('tap', 'node', (event) => {
    // A region opens into its countries and agencies; any other node shows its details.
    if (event.target.data('kind') === 'region') change({ expand: withIncluded(state.expand, event.target.id()) });
    else selectNode(event.target, false);
  });
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
  for (const [id, key] of [['layout', 'layout'], ['crime-area', 'crimeArea'], ['source', 'source'], ['language', 'language'], ['view', 'view'], ['colour-by', 'colourBy'], ['size-by', 'sizeBy']]) {
    $(id).value = state[key];
  }
  $('min-weight').value = String(state.minWeight);
  for (const key of ['budget', 'measure', 'alpha']) $(key).value = state[key];
  const kinds = state.kinds.split(',');
  document.querySelectorAll('input[name="kind"]').forEach((box) => { box.checked = kinds.includes(box.value); });
}

function setupControls() {
  const { metrics, views, crimeAreas, languages } = page.vocabulary;
  fillSelect($('view'), views.map((v) => ({ value: v.name, label: v.label })), state.view);
  fillSelect($('layout'), layouts.map((l) => ({ value: l.id, label: l.label })), state.layout);
  fillSelect($('crime-area'), crimeAreas.map((a) => ({ value: a.name, label: a.label })), state.crimeArea);
  fillSelect($('language'), languages.map((l) => ({ value: l.name, label: l.label })), state.language);
  fillSelect($('size-by'), [...metrics.filter((m) => m.canSize).map((m) => ({ value: m.name, label: m.label })), { value: 'none', label: 'uniform' }], state.sizeBy);
  syncControls();

  const onChange = (id, key, read = (v) => v) => $(id).addEventListener('change', (event) => change({ [key]: read(event.target.value) }));
  $('view').addEventListener('change', (event) => change({ view: event.target.value, expand: '' }));
  onChange('budget', 'budget');
  onChange('measure', 'measure');
  onChange('alpha', 'alpha');
  onChange('layout', 'layout');
  onChange('colour-by', 'colourBy');
  onChange('size-by', 'sizeBy');
  onChange('crime-area', 'crimeArea');
  onChange('source', 'source');
  onChange('language', 'language');
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
    onPick: (id) => {
      const node = cy.getElementById(id);
      if (node.nonempty()) selectNode(node, true);
      else change({ include: withIncluded(state.include, id), selected: id }); // left out of the picture: bring it in
    },
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
  // The lists load together with the vocabulary rather than after it: one round trip less before the first picture.
  const lists = Promise.all([api.countries(), api.timeline()]);
  lists.catch(() => {}); // its failure is reported below, once the vocabulary is in
  try {
    page.vocabulary = await api.vocabulary();
  } catch (error) {
    showError(error); // without the vocabulary nothing can be drawn
    return;
  }
  try {
    const [countries, timeline] = await lists;
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
