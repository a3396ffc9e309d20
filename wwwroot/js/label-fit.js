// Which labels the graph shows after a pan or zoom, and at what size. Up to `placedUpTo` nodes every
// label is measured and placed (labels.js); above, labels are estimated on a grid, most important
// first (picture.js). Either way a zoom restyles only the nodes whose label shows: they carry the
// zoom-step class that keeps their label at one size on screen (graph-style.js).

import { zoomClass, zoomStep } from './graph-style.js';
import { placeLabels } from './labels.js';
import { labelsThatFit } from './picture.js';

/** Up to this many nodes, every label is measured and placed beside its node. */
export const placedUpTo = 1500;

// Nodes whose label shows whatever the placement chose: the full name on hover, focus, highlight, selection.
const alwaysLabelled = 'node.hovered, node.keyboard-focus, node.highlighted, node:selected';

/** Gives a node the zoom-step class `step` (null: none), restyling it only when that changes. */
function withStep(node, step) {
  const current = node.scratch('labelZoomStep') ?? null;
  if (current === step) return;
  if (current) node.removeClass(current);
  if (step) node.addClass(step);
  node.scratch('labelZoomStep', step);
}

/** Gives `nodes` the label size of the current zoom (a node just hovered or highlighted). */
export function sizeLabelsForZoom(cy, nodes) {
  const step = zoomClass(zoomStep(cy.zoom()));
  cy.batch(() => nodes.forEach((node) => withStep(node, step)));
}

/**
 * Shows the labels that fit at the current zoom, most important first, at one size on screen.
 * @param cy the Cytoscape instance
 * @param {{importanceOf: (node) => number, labelSize: number, maxLabels?: number}} options (maxLabels: above placedUpTo nodes)
 * @returns {number} how many labels are shown
 */
export function fitLabels(cy, { importanceOf, labelSize, maxLabels = Infinity }) {
  const step = zoomClass(zoomStep(cy.zoom()));
  if (cy.nodes().length <= placedUpTo) {
    // labels.js measures every node's label, so every node needs this zoom's sizes, measured afresh:
    // Cytoscape kept the label boxes of the previous step in its bounding-box cache (browser tests).
    cy.batch(() => cy.nodes().forEach((node) => withStep(node, step)));
    cy.nodes().dirtyBoundingBoxCache();
    return placeLabels(cy, importanceOf);
  }
  const nodes = cy.nodes(':visible').map((n) => {
    const p = n.renderedPosition();
    return { id: n.id(), x: p.x, y: p.y, importance: importanceOf(n), chars: String(n.data('shortLabel') ?? n.data('label')).length, size: n.width() };
  });
  // Labels keep one size on screen, so their model font size is that size over the zoom.
  const fit = labelsThatFit(nodes, { zoom: cy.zoom(), width: cy.width(), height: cy.height(), fontSize: labelSize / cy.zoom(), maxLabels });
  const always = new Set(cy.nodes(alwaysLabelled).map((n) => n.id()));
  cy.batch(() => cy.nodes().forEach((node) => {
    const shown = fit.has(node.id());
    if (node.hasClass('unlabelled') === shown) node.toggleClass('unlabelled', !shown);
    withStep(node, shown || always.has(node.id()) ? step : null);
  }));
  return fit.size;
}
