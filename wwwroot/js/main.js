// Composition root: builds the Cytoscape instance and wires every control to the page state
// (page-state.js), which says what each change needs: refetch, relayout or restyle.

import cytoscape from '../lib/cytoscape/cytoscape.esm.min.mjs';
import { api } from './api.js';
import { GraphController } from './controller.js';
import { countsOf, renderCoverage, withCount } from './coverage.js';
import { createDateRange } from './date-range.js';
import { attachDeck } from './deck-panel.js';
import { showEdge, showNode, showPath } from './details.js';
import { attachEditMode, withSnapshot } from './edit-mode.js';
import { firstRequests, graphKey, requestGraph } from './first-requests.js';
import { showOperations } from './operation-panel.js';
import { el } from './dom.js';
import { maxOf, toElements } from './elements.js';
import { exportPng, exportSvg } from './export.js';
import { sourceLine } from './figure.js';
import { stylesheet, zoomLimits } from './graph-style.js';
import { createWorkerSpare, runsInWorker } from './layout-worker.js';
import { createLayoutRunner } from './layout-run.js';
import { narrowHitTests } from './hit-test.js';
import { shortLabel } from './labels.js';
import { fitLabels as fitLabelsAt, placedUpTo, sizeLabelsForZoom } from './label-fit.js';
import { createColouring } from './colour-control.js';
import { decodePins, encodePins } from './seeded.js';
import { createMap, mapRegions } from './map.js';
import { attachGraphKeys } from './graph-keys.js';
import { attachDrawers, attachPresentationNav } from './small-screen.js';
import { layoutById, layouts } from './layouts.js';
import { renderLegend } from './legend.js';
import { createErrorBanner, createLatest, createPageState, createPlayback, createReadiness, createSavedViews, wantsFullTimeline } from './page-state.js';
import { edgeCap, highlightDelay, isSoftwareRenderer, restingHoverAbove, statementOf, useWebgl, withIncluded, withStrongestEdges } from './picture.js';
import { attachImportPanel } from './import-panel.js';
import { attachPathFinder } from './path-finder.js';
import { attachReportForm } from './report-form.js';
import { attachScholarPanel } from './scholar.js';
import { attachSearch } from './search.js';
import { loadScripts } from './scripts.js';
import { createTable } from './table.js';
import { graphQuery } from './view-state.js';
import { describeView } from './saved-views.js';

const $ = (id) => document.getElementById(id);
const page = createPageState(location.hash);
const state = page.view;
const readiness = createReadiness($('cy').dataset, (callback) => requestAnimationFrame(callback));
const requests = createLatest();
const savedViews = createSavedViews(browserStorage());
const showError = createErrorBanner({
  show: (message) => { $('error').textContent = message; $('error').hidden = false; },
  hide: () => { $('error').hidden = true; },
});
let deck;
// One worker is kept started (its scripts loaded) so a layout need not wait for it.
const layoutWorkers = createWorkerSpare(() => new Worker('js/workers/fcose-worker.js'));
const layoutRunner = createLayoutRunner({ takeWorker: layoutWorkers.take, nextFrame: (callback) => requestAnimationFrame(callback) });
const map = createMap({ canvas: $('map-layer') });
const colouring = createColouring({ api, page, onLoaded: () => applyStyle() });
let inflight;
let labelTimer;
let hoverTimer; // a highlight waiting for the pointer to rest on a node (picture.js's highlightDelay)
// Timeline and coverage are asked once the first picture is drawn: on a research corpus the coverage
// keeps the server (sharing the machine's cores) busy for seconds, which slowed that first draw.
let firstPictureShown;
const firstPicture = new Promise((resolve) => { firstPictureShown = resolve; });

// The force-directed layout's libraries load beside the first requests rather than before this module runs.
// A picture laid out on this thread waits for them; a large one is laid out by the worker, which loads
// its own, so its first picture does not (render).
const layoutLibraries = loadScripts(['lib/layout-base/layout-base.js', 'lib/cose-base/cose-base.js', 'lib/cytoscape-fcose/cytoscape-fcose.js'])
  .then(() => { if (globalThis.cytoscapeFcose) cytoscape.use(globalThis.cytoscapeFcose); });
const layoutLibrariesSettled = layoutLibraries.catch(() => {}); // the failure is reported by start()
if (globalThis.cytoscapeSvg) cytoscape.use(globalThis.cytoscapeSvg);

// Cytoscape's WebGL renderer (3.31+) draws large pictures; the renderer is fixed when an instance is
// made, so crossing picture.js's threshold remounts it. ?renderer=webgl or =canvas forces one.
const forcedRenderer = new URLSearchParams(location.search).get('renderer');
let webglOnGpu = null;

/** Whether this browser's WebGL runs on a GPU; asked once, when a picture first crosses the threshold. */
function hasGpuWebgl() {
  if (webglOnGpu !== null) return webglOnGpu;
  const gl = document.createElement('canvas').getContext('webgl');
  const name = gl && gl.getParameter(gl.getExtension('WEBGL_debug_renderer_info')?.UNMASKED_RENDERER_WEBGL ?? gl.RENDERER);
  gl?.getExtension('WEBGL_lose_context')?.loseContext();
  webglOnGpu = Boolean(gl) && !isSoftwareRenderer(name);
  return webglOnGpu;
}

let cy = mountCy(useWebgl(0, forcedRenderer));
const controller = new GraphController(cy, { fadeUpTo: restingHoverAbove });

function mountCy(webgl) {
  const instance = cytoscape({
    container: $('cy'),
    renderer: webgl ? { name: 'canvas', webgl: true } : { name: 'canvas' },
    minZoom: zoomLimits.min,
    maxZoom: zoomLimits.max,
    hideEdgesOnViewport: true,
    textureOnViewport: true,
    selectionType: 'single',
  });
  $('cy').dataset.renderer = webgl ? 'webgl' : 'canvas';
  narrowHitTests(instance);
  instance.on('viewport', () => {
    clearTimeout(hoverTimer); // a pan or zoom is no resting pointer
    map.draw();
    clearTimeout(labelTimer);
    labelTimer = setTimeout(fitLabels, 120);
  });
  return instance;
}

/** Draws with the renderer a picture of this size needs, remounting Cytoscape when that changes. */
function chooseRenderer(elementCount) {
  const webgl = useWebgl(elementCount, forcedRenderer, hasGpuWebgl);
  if (webgl === ($('cy').dataset.renderer === 'webgl')) return;
  cy.destroy();
  cy = mountCy(webgl);
  controller.cy = cy;
  setupGraphEvents();
}

/** Labels only the nodes whose names fit at this zoom, most important first (label-fit.js). */
function fitLabels() {
  // Fitted now at this viewport, the fit a viewport change scheduled is not needed: on the first
  // picture it restyled and redrew every element a second time before the picture counted as shown.
  clearTimeout(labelTimer);
  if (cy.destroyed()) return;
  $('cy').dataset.labelled = String(fitLabelsAt(cy, { importanceOf, labelSize: state.labelSize }));
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
  onRow: (id) => pickNode(id),
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
  updateDownloads();
}

/** The data downloads follow the view and filters on screen (the API's export of the same query). */
function updateDownloads() {
  const query = new URLSearchParams(withSnapshot(graphQuery(state)));
  for (const key of ['budget', 'measure', 'alpha', 'include']) query.delete(key); // exports carry the whole view
  for (const format of ['graphml', 'gexf', 'csv']) {
    query.set('format', format);
    $(`download-${format}`).href = `/api/export?${query}`;
  }
  query.delete('format');
  // Titles, URLs and sentences behind every edge; the edges above link to it by their report ids.
  $('download-evidence').href = `/api/export/evidence?${query}`;
}

/** What the figure export carries, as the Export options say. */
function figureOptions() {
  const colours = themeColours();
  const legend = $('export-legend').checked
    ? [...$('legend').children].map((li) => ({ colour: li.querySelector('.swatch')?.style.backgroundColor || '', text: li.textContent.trim() }))
    : [];
  const range = `Dates: ${state.from || page.dates[0] || '…'} to ${state.to || page.dates.at(-1) || '…'}`;
  const caption = $('export-caption').checked
    ? [`View: ${describeView(state, labelOf, page.vocabulary.views)}${state.region ? ` · region ${state.region}` : ''}`, range, $('picture-statement').textContent].filter(Boolean)
    : [];
  return {
    area: $('export-area').value,
    title: $('export-title').value.trim(),
    legend,
    caption,
    source: $('export-source').checked ? sourceLine(page.reportCount, page.dates.at(-1)) : '',
    colours: { background: colours.background, text: colours.text, muted: colours.muted },
  };
}

/** Applies a change to the view and does what it needs, as page-state's `effects` table says. */
function change(patch) {
  return perform(page.update(patch));
}

function perform(effect) {
  saveState();
  if (effect === 'refetch') return render();
  if (effect === 'relayout') return runLayout();
  if (effect === 'restyle') {
    applyStyle();
    return fitLabels();
  }
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
  return { text: read('--text'), background: read('--bg'), edge: read('--edge'), land: read('--panel'), border: read('--border'), muted: read('--muted') };
}

function applyStyle() {
  document.documentElement.dataset.theme = state.theme;
  $('toggle-theme').setAttribute('aria-pressed', String(state.theme === 'dark'));
  colouring.paint(cy, state);
  const colours = themeColours();
  map.recolour({ land: colours.land, border: colours.border, text: colours.muted });
  cy.style(stylesheet({
    labelSize: state.labelSize,
    colourBy: state.colourBy,
    sizeBy: state.sizeBy,
    maxSize: maxOf(cy.nodes().map((n) => ({ data: n.data() })), state.sizeBy),
    maxWeight: maxOf(cy.edges().map((e) => ({ data: e.data() })), 'weight'),
    palette: page.vocabulary.palette,
    theme: themeColours(),
  }));
  renderLegend($('legend'), state, page.vocabulary, colouring.key());
}

/** How important a node is for placement and labels: the size measure, else weighted degree. */
function importanceOf(node) {
  return Number(node.data(state.sizeBy === 'none' ? 'weightedDegree' : state.sizeBy)) || 0;
}

function layoutOptions() {
  return layoutById(state.layout).options({ cy, sizeBy: state.sizeBy, selected: state.selected, countries: page.countries, project: map.project });
}

function runLayout(draft = false) {
  readiness.busy();
  const geographic = state.layout === 'geographic';
  const colours = themeColours();
  map.show(cy, geographic, { land: colours.land, border: colours.border, text: colours.muted }).catch(showError);
  $('map-zoom-label').hidden = !geographic;
  const options = layoutOptions();
  performance.mark('layout-started');
  // A newer run (or a refetch) cancels this one: it then resolves false and says nothing.
  layoutRunner.run(cy, options, { seed: state.seed, pins: decodePins(state.pins), draft, onDraft: drawnFirst, importance: importanceOf }).then((placed) => {
    if (!placed) return;
    if (geographic) map.setBand(cy.nodes().map((n) => ({ id: n.id(), kind: n.data('kind'), countryCode: n.data('countryCode'), size: n.width() })), page.countries);
    if (state.selected && cy.getElementById(state.selected).nonempty()) selectNode(cy.getElementById(state.selected), false);
    fitLabels();
    performance.mark('layout-done');
    drawnFirst();
    readiness.ready();
  }, (error) => {
    showError(error);
    firstPictureShown(); // nothing will be drawn: the lists need not wait
    readiness.ready();
  });
}

/**
 * Marks the page's first drawn picture (scripts/measure-render reads the mark): the rings drawn while
 * the worker lays out a large picture, or the finished layout of a small one. Later pictures are not marked.
 */
function drawnFirst() {
  if (performance.getEntriesByName('first-picture').length) return;
  fitLabels();
  requestAnimationFrame(() => requestAnimationFrame(() => {
    if (performance.getEntriesByName('first-picture').length) return;
    performance.mark('first-picture');
    $('cy').dataset.drawn = 'true';
    firstPictureShown();
  }));
}

/** Says on the canvas why it is empty ('' hides the note). */
function emptyNote(text) {
  $('empty-note').textContent = text;
  $('empty-note').hidden = !text;
}

/** The graph first-requests.js asked at load, once, while the view is still the one it asked for. */
let earlyGraph = firstRequests.graph;

function askGraph() {
  const early = earlyGraph;
  earlyGraph = null;
  if (early?.key === graphKey(state)) return early;
  early?.abort.abort();
  return requestGraph(state);
}

async function render() {
  readiness.busy();
  if (!state.kinds) {
    // Neither kind ticked: nothing to ask the server for, and the page says so rather than showing everything.
    requests.begin();
    inflight?.abort();
    await layoutRunner.cancel(cy);
    cy.elements().remove();
    $('cy').dataset.nodeCount = '0';
    $('cy').dataset.edgeCount = '0';
    $('status').textContent = '';
    emptyNote('Nothing to show: tick Countries or Agencies.');
    readiness.ready();
    return;
  }
  const request = requests.begin(); // a newer request makes this one's answer stale
  inflight?.abort(); // and stops the server's answer to the older one being downloaded
  const asked = askGraph();
  inflight = asked.abort;
  let graph;
  try {
    graph = await asked.answer;
  } catch (error) {
    if (!request.current() || error.name === 'AbortError') return;
    showError(error);
    readiness.ready();
    return;
  }
  if (!request.current()) return;
  performance.mark('graph-received');
  showError.clear();
  await layoutRunner.cancel(cy); // serialised: the old layout's animations are let go before its elements are replaced
  if (!request.current()) return;
  const received = graph.edges.length;
  graph = withStrongestEdges(graph, edgeCap(graph.nodes.length));
  // Short labels and the first classes go into the elements' JSON: set on added elements, each was an event and a restyle.
  const elements = colouring.inRegion(toElements(graph, page.vocabulary.palette, page.reportDates), state);
  const nodeCount = elements.filter((element) => element.group === 'nodes').length;
  if (!runsInWorker({ name: 'fcose' }, nodeCount)) {
    await layoutLibrariesSettled; // layouts.js picks fcose for this thread only once it is there
    if (!request.current()) return;
  }
  chooseRenderer(graph.nodes.length + graph.edges.length);
  // Above placedUpTo the labels are chosen after the first placement; until then none is measured or drawn.
  const unlabelled = nodeCount > placedUpTo;
  for (const element of elements) {
    if (element.group !== 'nodes') continue;
    element.data.shortLabel = shortLabel(element.data.label);
    if (unlabelled) element.classes = element.classes ? `${element.classes} unlabelled` : 'unlabelled';
  }
  // One batch from the old elements' removal to the stylesheet: the new elements are styled once, when
  // it ends; added first and styled after, every element was styled twice before the first picture.
  let drafted = false;
  cy.batch(() => {
    cy.elements().remove();
    cy.add(elements);
    // A large picture is drafted on rings first and framed before it is styled.
    drafted = state.layout === 'fcose' && layoutRunner.draft(cy, layoutOptions(), importanceOf);
    applyStyle();
  });
  $('cy').dataset.nodeCount = String(cy.nodes().length);
  $('cy').dataset.edgeCount = String(cy.edges().length);
  const ego = state.center ? ` · ego network of ${labelOf(state.center)} (depth ${state.depth}; Esc clears)` : '';
  $('status').textContent = `${cy.nodes().length} nodes · ${cy.edges().length} edges · density ${(graph.stats?.density ?? 0).toFixed(3)}${ego}`;
  $('picture-statement').textContent = statementOf(graph.picture, graph.edgesDrawn, received);
  emptyNote(cy.nodes().length ? '' : 'No cooperation matches these filters: widen the dates, lower the minimum weight or clear a filter.');
  $('cy').dataset.nodesTotal = String(graph.picture?.nodesTotal ?? cy.nodes().length);
  runLayout(drafted);
  if (!$('table-view').hidden) table.render();
}

async function selectNode(node, center = true) {
  page.update({ selected: node.id() });
  saveState();
  if (center) controller.focus(node.id());
  else { node.select(); controller.highlight(node); }
  const metrics = page.vocabulary.metrics;
  try {
    showNode($('details-body'), await api.node(node.id(), graphQuery(state)), node, metrics, pickNode);
    showError.clear();
    attachEditMode($('details-body'), { type: 'node', id: node.id(), nodeKind: node.data('kind') }, { onEdited: refreshAfterAdd, onError: showError });
  } catch (error) {
    if (error.status === 404) {
      showNode($('details-body'), { name: node.data('label'), kind: node.data('kind'), countryCode: node.data('countryCode'), aliases: [], reports: [] }, node, metrics, pickNode);
    } else {
      showError(error);
    }
  }
}

/** Selects and centres a node of the picture by id (a table row, a neighbour in the details). */
function pickNode(id) {
  const node = cy.getElementById(id);
  if (node.nonempty()) selectNode(node, true);
}

async function selectEdge(edge) {
  // The evidence is asked in the view and filters of the picture the edge was clicked in.
  controller.clearPath();
  controller.highlightEdge(edge);
  try {
    const evidence = await api.edgeEvidence(edge.data('source'), edge.data('target'), withSnapshot(graphQuery(state)));
    showEdge($('details-body'), evidence, { source: labelOf(edge.data('source')), target: labelOf(edge.data('target')), weight: state.weight }, copyText);
    showError.clear();
    await showOperations($('details-body'), evidence, api.operationOfEvent);
    attachEditMode($('details-body'), { type: 'edge', source: edge.data('source'), target: edge.data('target'), sourceLabel: labelOf(edge.data('source')), targetLabel: labelOf(edge.data('target')), events: evidence.evidence.map((e) => ({ eventId: e.eventId, reportId: e.reportId, title: e.title })) }, { onEdited: refreshAfterAdd, onError: showError });
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
  // The edge a click would pick is marked while pointed at, so crossing edges can be told apart.
  cy.on('mouseover', 'edge', (event) => event.target.addClass('pointed'));
  cy.on('mouseout', 'edge', (event) => event.target.removeClass('pointed'));
  cy.on('tap', (event) => { if (event.target === cy) clearSelection(); });
  // A node's full name ('hovered') shows with its highlight: at once on a small picture, once the pointer
  // rests on a large one, where a class change redraws every element (150-500 ms on the 5,000-actor view in
  // software) and a pointer crossing nodes on its way did that twice per node (docs/render-limits.md).
  cy.on('mouseover', 'node', (event) => {
    const node = event.target;
    $('cy').title = node.data('label');
    const highlight = () => {
      node.addClass('hovered');
      if (!state.selected) controller.highlight(node);
      sizeLabelsForZoom(cy, node.closedNeighborhood().nodes()); // labels shown by the highlight, at this zoom's size
    };
    clearTimeout(hoverTimer);
    const delay = highlightDelay(cy.elements().length);
    if (delay) hoverTimer = setTimeout(highlight, delay);
    else highlight();
  });
  cy.on('mouseout', 'node', () => {
    clearTimeout(hoverTimer);
    if (!state.selected) controller.clearHighlight();
  });
  // A dragged node stays where it was dropped: its position joins the link and the saved view.
  cy.on('dragfree', 'node', (event) => {
    const pins = decodePins(encodePins({ ...decodePins(state.pins), [event.target.id()]: event.target.position() }));
    event.target.position(pins[event.target.id()]); // snapped to the whole units the link keeps, so this page matches it
    page.update({ pins: encodePins(pins) });
    saveState();
    fitLabels();
  });
  cy.on('mouseout', 'node', (event) => { event.target.removeClass('hovered'); $('cy').title = ''; });
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
      // Counted by class: Cytoscape restyles after the batch, so ':visible' would still count every node.
      $('timeline-label').textContent = `Up to ${date}: ${cy.nodes().not('.hidden-by-time').length} nodes`;
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
  for (const [id, key] of [['layout', 'layout'], ['crime-area', 'crimeArea'], ['source', 'source'], ['language', 'language'], ['weight', 'weight'], ['view', 'view'], ['colour-by', 'colourBy'], ['size-by', 'sizeBy'], ['region', 'region'], ['label-size', 'labelSize']]) {
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
  fillSelect($('colour-by'), colouring.modes, state.colourBy);
  fillSelect($('map-zoom'), mapRegions, 'world');
  $('map-zoom').addEventListener('change', (event) => map.zoomTo(event.target.value));
  // A turned phone or resized window refits the picture (and so re-places the labels and the map).
  let resizeTimer;
  window.addEventListener('resize', () => {
    clearTimeout(resizeTimer);
    resizeTimer = setTimeout(() => { cy.resize(); cy.fit(undefined, 30); map.draw(); }, 150);
  });
  fillSelect($('region'), colouring.regions(), state.region);
  fillSelect($('size-by'), [...metrics.filter((m) => m.canSize).map((m) => ({ value: m.name, label: m.label })), { value: 'none', label: 'uniform' }], state.sizeBy);
  syncControls();

  const onChange = (id, key, read = (v) => v) => $(id).addEventListener('change', (event) => change({ [key]: read(event.target.value) }));
  $('view').addEventListener('change', (event) => change({ view: event.target.value, expand: '' }));
  onChange('budget', 'budget');
  onChange('measure', 'measure');
  onChange('alpha', 'alpha');
  $('layout').addEventListener('change', (event) => change({ layout: event.target.value, pins: '' }));
  $('reshuffle').addEventListener('click', () => change({ seed: 1 + Math.floor(Math.random() * 999999), pins: '' }));
  $('label-size').addEventListener('input', (event) => {
    event.target.setAttribute('aria-valuetext', `${event.target.value} pixels`);
    change({ labelSize: Number(event.target.value) });
  });
  $('label-size').setAttribute('aria-valuetext', `${state.labelSize} pixels`);
  onChange('region', 'region');
  onChange('colour-by', 'colourBy');
  onChange('size-by', 'sizeBy');
  onChange('crime-area', 'crimeArea');
  onChange('source', 'source');
  onChange('language', 'language');
  onChange('weight', 'weight');
  onChange('min-weight', 'minWeight', (v) => Math.max(1, Number(v) || 1));
  document.querySelectorAll('input[name="kind"]').forEach((box) => box.addEventListener('change', () => {
    const checked = [...document.querySelectorAll('input[name="kind"]:checked')].map((b) => b.value);
    change({ kinds: checked.join(',') });
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
  $('export-png').addEventListener('click', () => exportPng(cy, map, figureOptions()).catch(showError));
  $('export-svg').addEventListener('click', () => { try { exportSvg(cy, map, figureOptions()); } catch (error) { showError(error); } });
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
  attachScholarPanel({
    brokersButton: $('show-brokers'),
    communitiesButton: $('show-communities'),
    container: $('details-body'),
    query: () => withSnapshot(graphQuery(state)),
    labelOf,
    highlight: (ids, links) => controller.highlightSet(ids, links),
    onPick: pickNode,
    onPickEdge: (a, b) => { const edge = cy.getElementById(a).edgesWith(cy.getElementById(b)); if (edge.nonempty()) { edge.select(); selectEdge(edge.first()); } },
    onError: showError,
  });
  $('zoom-in').addEventListener('click', () => controller.zoomBy(1.4));
  $('zoom-out').addEventListener('click', () => controller.zoomBy(1 / 1.4));
  $('fit').addEventListener('click', () => controller.fit());
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
  deck = attachDeck({ savedViews, page, labelOf, controller, showView, showError });
  setupAccess();
  dateRange.setDates(page.dates, state);
  setupTimeline();
  setupGraphEvents();
}

const pathFinder = attachPathFinder({
  from: $('path-from'),
  to: $('path-to'),
  fromList: $('path-from-results'),
  toList: $('path-to-results'),
  nodes: () => cy.nodes().map((n) => ({ id: n.id(), label: n.data('label'), kind: n.data('kind') })),
  onError: showError,
});

/** Keyboard navigation of the graph, drawers on small screens, on-screen presentation steps. */
function setupAccess() {
  attachGraphKeys($('cy'), {
    cy: () => cy,
    announce: (text) => { $('graph-announce').textContent = text; },
    activateNode: (node) => selectNode(node, false),
    activateEdge: (edge) => selectEdge(edge),
    importance: importanceOf,
  });
  attachDrawers([[$('open-filters'), $('filters')], [$('open-details'), $('details')]]);
  // The deck's slide overlay has the on-screen Previous and Next; swipes on the graph step too.
  attachPresentationNav({ surface: $('cy') });
}

async function findPath() {
  try {
    const { from, to } = pathFinder.ends();
    // The path is sought in the picture's own view and filters.
    const result = await api.paths(from, to, graphQuery(state));
    const choose = (i) => {
      showPath($('details-body'), result, labelOf, i, choose);
      controller.clearPath();
      controller.showPath(result.paths[i].nodes);
    };
    if (result.paths.length) choose(0);
    else showPath($('details-body'), result, labelOf);
    showError.clear();
  } catch (error) {
    showError(error);
  }
}

/** Copies text to the clipboard, or shows it to copy by hand where the clipboard is not allowed. */
async function copyText(text) {
  try {
    await navigator.clipboard.writeText(text);
    $('status').textContent = 'Citation copied.';
  } catch {
    $('status').textContent = text;
  }
}

async function refreshAfterAdd() {
  await loadTimeline();
  await render();
}

/** The report dates per day (the sliders' steps), and the full timeline too when the corpus is small. */
async function loadTimeline() {
  page.setDays(await api.timelineDays());
  if (wantsFullTimeline(page.reportCount)) page.setTimeline(await api.timeline());
  dateRange.setDates(page.dates, state);
}

/**
 * What the first picture does not need, asked for once it is drawn: on a research corpus the
 * coverage counts and the timeline took longer than the graph itself (docs/render-limits.md).
 */
async function loadSecondary() {
  performance.mark('secondary-requested');
  const coverage = api.coverage().then((counts) => {
    page.coverage = counts;
    showCoverage();
  });
  await Promise.all([loadTimeline(), coverage]).catch(showError);
  performance.mark('secondary-received');
  $('cy').dataset.lists = 'loaded'; // tests that read the sliders or the counts wait for this flag
}

/** The crime-area choices with their report counts, and the continents' list. */
function showCoverage() {
  const counts = countsOf(page.coverage?.crimeAreas);
  const labels = new Map(page.vocabulary.crimeAreas.map((a) => [a.name, a.label]));
  for (const option of $('crime-area').options) {
    if (labels.has(option.value)) option.textContent = withCount(labels.get(option.value), counts.get(option.value));
  }
  renderCoverage($('coverage'), page.coverage);
}

async function start() {
  readiness.busy();
  // The first picture needs the vocabulary and the countries (colours and regions), nothing more;
  // both are small and load together. Timeline and coverage follow the picture (loadSecondary).
  // first-requests.js asked for them (and for the graph) before the page's other modules had loaded.
  const { countries } = firstRequests;
  try {
    page.vocabulary = await firstRequests.vocabulary;
  } catch (error) {
    showError(error); // without the vocabulary nothing can be drawn
    return;
  }
  try {
    page.countries = await countries;
  } catch (error) {
    showError(error);
  }
  layoutLibraries.catch(showError);
  setupControls();
  saveState();
  await render();
  if (cy.nodes().nonempty()) await firstPicture;
  await loadSecondary();
  const linkedDeck = new URLSearchParams(location.search).get('deck');
  if (linkedDeck) await deck.openLinked(linkedDeck);
}
start();
