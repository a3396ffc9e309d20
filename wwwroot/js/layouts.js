// Layouts as a registry of option factories: the UI lists them, the controller runs them.

// Above this size fcose runs its spectral draft only: the refinement took seconds at 300 nodes (docs/render-limits.md).
const draftAbove = 200;

function geographicPositions(cy, countries) {
  const coordinates = new Map(countries.map((c) => [c.code, c]));
  const perCountry = new Map();
  const positions = {};
  const scale = 9;
  let floating = 0;
  cy.nodes().forEach((node) => {
    const code = node.data('countryCode');
    const place = code && coordinates.get(code);
    if (!place) {
      positions[node.id()] = { x: -1500 + (floating++ % 12) * 260, y: -1000 - Math.floor(floating / 12) * 120 };
      return;
    }
    const centre = { x: place.longitude * scale, y: -place.latitude * scale };
    if (node.data('kind') === 'country') {
      positions[node.id()] = centre;
      return;
    }
    const k = (perCountry.get(code) || 0) + 1;
    perCountry.set(code, k);
    const angle = k * 2.4;
    positions[node.id()] = { x: centre.x + 70 * Math.cos(angle), y: centre.y + 70 * Math.sin(angle) };
  });
  return positions;
}

export const layouts = [
  {
    id: 'fcose',
    label: 'Force-directed',
    options: ({ cy }) => ({
      name: hasFcose() ? 'fcose' : 'cose',
      quality: cy.nodes().length > draftAbove ? 'draft' : 'default',
      randomize: true,
      animate: cy.nodes().length <= draftAbove,
      animationDuration: 600,
      nodeRepulsion: 9000,
      idealEdgeLength: 110,
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
    options: ({ cy, countries }) => {
      const positions = geographicPositions(cy, countries);
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
