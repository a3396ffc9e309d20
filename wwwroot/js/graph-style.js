// The Cytoscape stylesheet, built from the encoding. Everything visual is a selector on data(...)
// or a class; state changes only add and remove classes.

/**
 * The stylesheet. Data colours come from `palette` (served by /api/vocabulary); the theme's text,
 * background and edge colours from `theme`, which the page reads from its CSS custom properties.
 */
export function stylesheet({ colourBy, sizeBy, maxSize, maxWeight, palette, theme }) {
  const text = theme.text;
  const outline = theme.background;
  const size = sizeBy === 'none' ? 28 : `mapData(${sizeBy}, 0, ${maxSize}, 18, 64)`;
  return [
    {
      selector: 'node',
      style: {
        'background-color': colourBy === 'community' ? 'data(communityColour)' : palette.kinds.event.colour,
        shape: 'ellipse',
        width: size,
        height: size,
        label: 'data(label)',
        color: text,
        'font-size': 11,
        'min-zoomed-font-size': 7,
        'text-valign': 'bottom',
        'text-margin-y': 3,
        'text-outline-color': outline,
        'text-outline-width': 2,
        'border-width': 1,
        'border-color': text,
      },
    },
    // Shapes by selector rather than a function mapper, so Cytoscape can cache node styles.
    ...Object.entries(palette.kinds).map(([kind, look]) => ({
      selector: `node[kind = "${kind}"]`,
      style: colourBy === 'community' ? { shape: look.shape } : { shape: look.shape, 'background-color': look.colour },
    })),
    {
      selector: 'edge',
      style: {
        width: `mapData(weight, 1, ${Math.max(maxWeight, 1.0001)}, 1, 9)`,
        'line-color': theme.edge,
        'curve-style': 'haystack',
        opacity: 0.7,
      },
    },
    { selector: 'edge[kind = "led"]', style: { 'line-style': 'solid' } },
    { selector: 'edge[kind = "together"]', style: { 'line-style': 'dashed', 'line-dash-pattern': [6, 3] } },
    // Labels that would overlap a more important one at this zoom are left out (picture.js).
    { selector: 'node.unlabelled', style: { label: '' } },
    { selector: '.faded', style: { opacity: 0.12, 'text-opacity': 0 } },
    { selector: 'node.highlighted', style: { label: 'data(label)', 'border-width': 4, 'border-color': palette.highlight, 'z-index': 10 } },
    { selector: 'edge.highlighted', style: { 'line-color': palette.highlight, opacity: 1, 'z-index': 9 } },
    { selector: 'node.on-path', style: { 'border-width': 5, 'border-color': palette.path, 'z-index': 11 } },
    { selector: 'edge.on-path', style: { 'line-color': palette.path, width: 8, opacity: 1, 'line-style': 'solid', 'z-index': 11 } },
    { selector: 'edge.pointed, edge:selected', style: { 'line-color': palette.selected, opacity: 1, 'z-index': 12 } },
    { selector: 'node:selected', style: { label: 'data(label)', 'border-width': 5, 'border-color': palette.selected, 'overlay-opacity': 0 } },
    { selector: '.hidden-by-time', style: { display: 'none' } },
  ];
}
