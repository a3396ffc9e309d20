// API graph → Cytoscape elements: adds each node's community colour (the stylesheet picks it or the
// kind's colour, so "Colour by" only restyles) and the first date each element appears (for
// timeline playback). DOM-free.

import { communityColour } from './palette.js';

/**
 * @param {{nodes: Array, edges: Array}} graph the /api/graph response
 * @param {{communities: string[]}} palette the palette of /api/vocabulary
 * @param {Map<number, string>} reportDates report id → ISO date
 */
export function toElements(graph, palette, reportDates = new Map()) {
  const firstDate = new Map();
  const edges = graph.edges.map((edge) => {
    // Edges read from the tallies carry their first date; edges rebuilt from reports carry the ids.
    const dates = (edge.data.reports || []).map((id) => reportDates.get(id)).filter(Boolean).sort();
    const since = edge.data.since || dates[0] || '';
    for (const end of [edge.data.source, edge.data.target]) {
      if (since && (!firstDate.has(end) || since < firstDate.get(end))) firstDate.set(end, since);
    }
    return { group: 'edges', data: { ...edge.data, since } };
  });
  const nodes = graph.nodes.map((node) => ({
    group: 'nodes',
    data: {
      ...node.data,
      communityColour: communityColour(palette, node.data.community),
      since: firstDate.get(node.data.id) || '',
    },
  }));
  return [...nodes, ...edges];
}

/** The largest value of a numeric data field over elements, at least 1e-9. */
export function maxOf(elements, field) {
  return elements.reduce((max, el) => Math.max(max, Number(el.data[field]) || 0), 1e-9);
}
