// The Cytoscape stylesheet, built from the encoding. Everything visual is a selector on data(...)
// or a class; state changes only add and remove classes.

/** The zoom range of the explorer's graph (main.js mounts Cytoscape with it). */
export const zoomLimits = { min: 0.02, max: 5 };

// Labels keep about one size on screen whatever the zoom. Their model size is set by a zoom-step
// class (a third of an octave of zoom per step, so within ±12 % of the chosen size), given only to
// the nodes that show a label: a zoom restyles those few nodes instead of the whole stylesheet.
const stepsPerOctave = 3;
const lowestStep = Math.floor(Math.log2(zoomLimits.min) * stepsPerOctave);
const highestStep = Math.ceil(Math.log2(zoomLimits.max) * stepsPerOctave);

/** The zoom step (a whole number, 0 at zoom 1) whose label sizes a node drawn at this zoom uses. */
export function zoomStep(zoom) {
  const step = Math.round(Math.log2(Math.max(zoom, 1e-6)) * stepsPerOctave);
  return Math.min(highestStep, Math.max(lowestStep, step));
}

/** The class that gives a node the label sizes of a zoom step. */
export function zoomClass(step) {
  return step < 0 ? `zoom-out-${-step}` : `zoom-in-${step}`;
}

/** Every zoom-step class, for removing whichever one a node has. */
export const zoomClasses = Array.from({ length: highestStep - lowestStep + 1 }, (_, i) => zoomClass(lowestStep + i));

/** The label sizes (model units) that draw at `labelSize` pixels at the zoom of `step`, by label side. */
function labelRules(step, labelSize) {
  const px = (pixels) => pixels / 2 ** (step / stepsPerOctave);
  const on = `node.${zoomClass(step)}`;
  return [
    { selector: on, style: { 'font-size': px(labelSize), 'text-max-width': px(labelSize * 9), 'text-margin-y': px(3), 'text-outline-width': px(2) } },
    { selector: `${on}.label-top`, style: { 'text-margin-y': px(-3) } },
    { selector: `${on}.label-right`, style: { 'text-margin-y': 0, 'text-margin-x': px(3) } },
    { selector: `${on}.label-center`, style: { 'text-margin-y': 0 } },
    { selector: `${on}.label-left`, style: { 'text-margin-y': 0, 'text-margin-x': px(-3) } },
    { selector: `${on}.hovered, ${on}.keyboard-focus`, style: { 'text-max-width': px(labelSize * 24) } },
  ];
}

/**
 * The stylesheet. Data colours come from `palette` (served by /api/vocabulary); the theme's text,
 * background and edge colours from `theme`, which the page reads from its CSS custom properties.
 * Label sizes are those of zoom 1 unless a node carries a zoom-step class (`zoomClass`).
 */
export function stylesheet({ colourBy, sizeBy, maxSize, maxWeight, palette, theme, labelSize = 12 }) {
  const text = theme.text;
  const outline = theme.background;
  const size = sizeBy === 'none' ? 28 : `mapData(${sizeBy}, 0, ${maxSize}, 18, 64)`;
  const byKind = colourBy === 'kind';
  return [
    {
      selector: 'node',
      style: {
        'background-color': byKind ? palette.kinds.event.colour : 'data(paint)',
        shape: 'ellipse',
        width: size,
        height: size,
        label: 'data(shortLabel)',
        color: text,
        'font-size': labelSize,
        'text-wrap': 'wrap',
        'text-max-width': labelSize * 9,
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
      style: byKind ? { shape: look.shape, 'background-color': look.colour } : { shape: look.shape },
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
    { selector: 'node.label-top', style: { 'text-valign': 'top', 'text-margin-y': -3 } },
    { selector: 'node.label-right', style: { 'text-valign': 'center', 'text-halign': 'right', 'text-margin-y': 0, 'text-margin-x': 3 } },
    { selector: 'node.label-center', style: { 'text-valign': 'center', 'text-margin-y': 0 } },
    { selector: 'node.label-left', style: { 'text-valign': 'center', 'text-halign': 'left', 'text-margin-y': 0, 'text-margin-x': -3 } },
    ...Array.from({ length: highestStep - lowestStep + 1 }, (_, i) => labelRules(lowestStep + i, labelSize)).flat(),
    // Hovered, highlighted or focused: the full name, whatever the placement chose.
    { selector: 'node.hovered, node.keyboard-focus', style: { label: 'data(label)', 'z-index': 20, 'text-max-width': labelSize * 24 } },
    { selector: 'edge.keyboard-focus', style: { 'line-color': palette.selected, opacity: 1, 'z-index': 19, 'line-style': 'solid' } },
    { selector: 'node.keyboard-focus', style: { 'border-width': 4, 'border-color': palette.selected, 'border-style': 'double' } },
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
