// A figure that stands alone: the graph (as Cytoscape draws it, plus the map when shown) with an
// optional title, legend, caption of the filters and dates, and the source line, composed as one
// SVG with a viewBox. DOM-free: strings in, a string out (tested with node --test).

const escapeXml = (text) => String(text).replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' }[c]));

/** "Source: Graph, N reports, data as of DATE". */
export function sourceLine(reportCount, asOf) {
  return `Source: Graph, ${reportCount} report${reportCount === 1 ? '' : 's'}${asOf ? `, data as of ${asOf}` : ''}`;
}

/**
 * @param {object} parts
 * @param {string} parts.graphSvg the serialized <svg> of the graph (cytoscape-svg), `width` × `height`
 * @param {number} parts.width graph frame width; @param {number} parts.height graph frame height
 * @param {string} [parts.map] SVG markup in model coordinates, drawn under the graph with `mapTransform`
 * @param {string} [parts.title] @param {Array<{colour?: string, text: string}>} [parts.legend]
 * @param {string[]} [parts.caption] lines under the graph; @param {string} [parts.source]
 * @param {{background: string, text: string, muted: string}} parts.colours
 */
export function composeFigure({ graphSvg, width, height, map = '', mapTransform = '', title = '', legend = [], caption = [], source = '', colours }) {
  const margin = 16;
  const legendWidth = legend.length ? 250 : 0;
  const top = margin + (title ? 34 : 0);
  const lineHeight = 18;
  const legendHeight = legend.length ? 26 + legend.length * lineHeight : 0;
  const graphBottom = top + Math.max(height, legendHeight);
  const notes = [...caption, ...(source ? [source] : [])];
  const totalWidth = Math.ceil(margin * 2 + width + legendWidth);
  const totalHeight = Math.ceil(graphBottom + margin + notes.length * lineHeight);
  const out = [];
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" version="1.1" width="${totalWidth}" height="${totalHeight}" viewBox="0 0 ${totalWidth} ${totalHeight}" font-family="system-ui, sans-serif">`);
  if (title) out.push(`<title>${escapeXml(title)}</title>`);
  out.push(`<rect x="0" y="0" width="${totalWidth}" height="${totalHeight}" fill="${escapeXml(colours.background)}"/>`);
  if (title) out.push(`<text x="${margin}" y="${margin + 22}" font-size="22" font-weight="600" fill="${escapeXml(colours.text)}">${escapeXml(title)}</text>`);
  if (map) out.push(`<svg x="${margin}" y="${top}" width="${width}" height="${height}"><g transform="${mapTransform}">${map}</g></svg>`);
  out.push(graphSvg.replace(/^(<\?xml[^>]*>\s*)?<svg\b/, `<svg x="${margin}" y="${top}"`));
  if (legend.length) {
    const x = margin + width + 16;
    out.push(`<text x="${x}" y="${top + 14}" font-size="14" font-weight="600" fill="${escapeXml(colours.text)}">Legend</text>`);
    legend.forEach((item, i) => {
      const y = top + 26 + i * lineHeight;
      if (item.colour) out.push(`<rect x="${x}" y="${y}" width="12" height="12" fill="${escapeXml(item.colour)}" stroke="${escapeXml(colours.text)}" stroke-width="0.5"/>`);
      out.push(`<text x="${x + (item.colour ? 18 : 0)}" y="${y + 10}" font-size="12" fill="${escapeXml(colours.text)}">${escapeXml(item.text)}</text>`);
    });
  }
  notes.forEach((line, i) => {
    out.push(`<text x="${margin}" y="${graphBottom + margin + i * lineHeight}" font-size="12" fill="${escapeXml(i === notes.length - 1 && source ? colours.muted : colours.text)}">${escapeXml(line)}</text>`);
  });
  out.push('</svg>');
  return out.join('');
}
