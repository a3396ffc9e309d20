// Image export of the picture as a figure that stands alone (figure.js): SVG with a viewBox, and
// PNG rasterised from that same SVG at twice its size. Whole graph or what is on screen.

import { download } from './dom.js';
import { composeFigure } from './figure.js';

/** Graph frame width in the figure, in pixels. */
const frameWidth = 1000;

/**
 * The figure's SVG text. `map` gives the outlines (map.js) when the map is shown.
 * @param {{area: 'full'|'viewport', title: string, legend: Array, caption: string[], source: string, colours: object}} options
 */
export function figureSvg(cy, map, options) {
  if (typeof cy.svg !== 'function') throw new Error('SVG export is not available (cytoscape-svg did not load).');
  const full = options.area !== 'viewport';
  // The same scale cytoscape-svg uses for maxWidth, so the map lines up with the nodes.
  const box = cy.mutableElements().boundingBox();
  const scale = full ? frameWidth / Math.max(Math.ceil(box.w), 1) : frameWidth / cy.width();
  const height = full ? Math.ceil(box.h) * scale : cy.height() * scale;
  const graphSvg = cy.svg({ full, maxWidth: frameWidth });
  const pan = cy.pan();
  const mapTransform = full
    ? `translate(${-box.x1 * scale},${-box.y1 * scale}) scale(${scale})`
    : `translate(${pan.x * scale},${pan.y * scale}) scale(${scale * cy.zoom()})`;
  return composeFigure({ ...options, graphSvg, width: frameWidth, height, map: map.svgMarkup(), mapTransform });
}

export function exportSvg(cy, map, options) {
  download(new Blob([figureSvg(cy, map, options)], { type: 'image/svg+xml' }), 'cooperation-graph.svg');
}

/** Draws the figure's SVG on a canvas at twice its size and downloads it as PNG. */
export async function exportPng(cy, map, options) {
  const svg = figureSvg(cy, map, options);
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.width * 2;
    canvas.height = image.height * 2;
    const context = canvas.getContext('2d');
    context.scale(2, 2);
    context.drawImage(image, 0, 0);
    const blob = await new Promise((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob) throw new Error('The PNG could not be made.');
    download(blob, 'cooperation-graph.png');
  } finally {
    URL.revokeObjectURL(url);
  }
}
