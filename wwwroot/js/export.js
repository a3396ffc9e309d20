// Image export of the current view: PNG at three times screen resolution, and SVG.

import { download } from './dom.js';

export function exportPng(cy, background) {
  const blob = cy.png({ output: 'blob', full: true, scale: 3, bg: background });
  download(blob, 'cooperation-graph.png');
}

export function exportSvg(cy, background) {
  if (typeof cy.svg !== 'function') throw new Error('SVG export is not available (cytoscape-svg did not load).');
  const svg = cy.svg({ full: true, scale: 1, bg: background });
  download(new Blob([svg], { type: 'image/svg+xml' }), 'cooperation-graph.svg');
}
