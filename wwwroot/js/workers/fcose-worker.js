// Runs an fcose layout off the page's main thread: receives node ids and sizes, edges and the
// layout's options, lays them out in a headless Cytoscape and posts back the positions. The page
// terminates the worker when a newer layout replaces this one.
importScripts('../../lib/cytoscape/cytoscape.min.js', '../../lib/layout-base/layout-base.js',
  '../../lib/cose-base/cose-base.js', '../../lib/cytoscape-fcose/cytoscape-fcose.js');

self.cytoscape.use(self.cytoscapeFcose);

self.onmessage = (event) => {
  const { nodes, edges, options, randoms } = event.data;
  // The page's seeded numbers stand in for Math.random, so the same seed lays out the same picture.
  if (randoms && randoms.length) {
    let i = 0;
    Math.random = () => randoms[i++ % randoms.length];
    if (self.layoutBase && self.layoutBase.RandomSeed) self.layoutBase.RandomSeed.seed = 1;
  }
  try {
    const cy = self.cytoscape({
      headless: true,
      styleEnabled: true,
      style: [{ selector: 'node', style: { width: 'data(w)', height: 'data(h)' } }],
      elements: [
        ...nodes.map((n) => ({ group: 'nodes', data: n, position: { x: n.x || 0, y: n.y || 0 } })),
        ...edges.map((e) => ({ group: 'edges', data: e })),
      ],
    });
    const layout = cy.layout({ ...options, name: 'fcose', animate: false, fit: false });
    layout.one('layoutstop', () => {
      const positions = {};
      cy.nodes().forEach((n) => { positions[n.id()] = n.position(); });
      self.postMessage({ positions });
    });
    layout.run();
  } catch (error) {
    self.postMessage({ error: String(error && error.message ? error.message : error) });
  }
};
