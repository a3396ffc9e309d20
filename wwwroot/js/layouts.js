// Layouts as a registry of option factories: the UI lists them, the controller runs them. Every
// layout is reproducible: fcose starts from seeded positions (layout-run.js), the others are
// fixed by the nodes, and the geographic one by the map's projection (`project`, from map.js).

import { geographicPlaces } from './geo-layout.js';
import { workerAbove } from './layout-worker.js';

// Above this size fcose runs its spectral draft only: the refinement took seconds at 300 nodes (docs/render-limits.md).
const draftAbove = 200;

export const layouts = [
  {
    id: 'fcose',
    label: 'Force-directed',
    options: ({ cy }) => ({
      // The worker (large pictures) loads fcose itself; on this thread it is there once the page's copy has loaded.
      name: hasFcose() || cy.nodes().length > workerAbove ? 'fcose' : 'cose',
      quality: cy.nodes().length > draftAbove ? 'draft' : 'default',
      randomize: true,
      animate: cy.nodes().length <= draftAbove,
      animationDuration: 600,
      // Sized by the nodes: a hub pushes harder and keeps its links longer, so big nodes do not crowd
      // the centre. The worker (large pictures) cannot take functions and gets the plain numbers.
      nodeRepulsion: cy.nodes().length > workerAbove ? 9000 : (node) => 9000 * Math.max(1, (node.width() / 30) ** 2),
      idealEdgeLength: cy.nodes().length > workerAbove ? 110 : (edge) => 70 + edge.source().width() + edge.target().width(),
      // After the layout, boxes still overlapping are pushed apart (overlap.js, read by layout-run.js).
      separate: true,
    }),
  },
  {
    id: 'concentric',
    label: 'Concentric by metric',
    options: ({ sizeBy }) => {
      const metric = sizeBy === 'none' ? 'degree' : sizeBy;
      return { name: 'concentric', animate: true, concentric: (n) => Number(n.data(metric)) || 0, levelWidth: (nodes) => nodes.maxDegree() / 4 || 1, minNodeSpacing: 20 };
    },
  },
  { id: 'circle', label: 'Circle', options: () => ({ name: 'circle', animate: true }) },
  { id: 'grid', label: 'Grid', options: () => ({ name: 'grid', animate: true }) },
  {
    id: 'breadthfirst',
    label: 'Breadth-first from selection',
    options: ({ cy, selected }) => ({
      name: 'breadthfirst',
      animate: true,
      circle: true,
      roots: selected && cy.getElementById(selected).nonempty() ? [cy.getElementById(selected)] : undefined,
    }),
  },
  {
    id: 'geographic',
    label: 'Geographic',
    options: ({ cy, countries, project }) => {
      const nodes = cy.nodes().map((n) => ({ id: n.id(), kind: n.data('kind'), countryCode: n.data('countryCode'), size: n.width() }));
      const { positions } = geographicPlaces(nodes, countries, project);
      return { name: 'preset', animate: true, positions: (node) => positions[node.id()], fit: true, padding: 30 };
    },
  },
];

function hasFcose() {
  return typeof globalThis.cytoscapeFcose === 'function';
}

export function layoutById(id) {
  return layouts.find((l) => l.id === id) || layouts[0];
}
