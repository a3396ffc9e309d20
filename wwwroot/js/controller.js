// Intent methods over a Cytoscape instance: highlight a neighbourhood, show a path, focus a node.
// Every visual change is a class toggled inside cy.batch().

export class GraphController {
  /**
   * @param cy the Cytoscape instance
   * @param {{fadeUpTo?: number}} options a hover fades the rest of a picture of at most `fadeUpTo` elements
   */
  constructor(cy, { fadeUpTo = Infinity } = {}) {
    this.cy = cy;
    this.fadeUpTo = fadeUpTo;
  }

  /**
   * Marks the node and its neighbours and fades everything else. On a picture larger than `fadeUpTo`
   * the rest is left as it is: fading restyles and redraws every element (on the 5,000-actor view a
   * hover cost two whole frames of over 100 ms, one to fade and one to clear; docs/render-limits.md).
   */
  highlight(node) {
    const keep = node.closedNeighborhood();
    const fade = this.cy.elements().length <= this.fadeUpTo;
    this.cy.batch(() => {
      this.cy.elements('.highlighted').removeClass('highlighted');
      if (fade) this.cy.elements().difference(keep).addClass('faded');
      keep.removeClass('faded').addClass('highlighted');
    });
  }

  /** Fades everything but one edge and its two ends, so the picked edge stands out from its neighbours'. */
  highlightEdge(edge) {
    this.cy.batch(() => {
      this.cy.elements().removeClass('highlighted').addClass('faded');
      edge.union(edge.connectedNodes()).removeClass('faded').addClass('highlighted');
    });
  }

  /**
   * Fades everything but these nodes, the edges among them and these [source, target] links (brokers
   * and bridges, a community), and fits them in view.
   */
  highlightSet(nodeIds, links = []) {
    const nodes = this.cy.collection(nodeIds.map((id) => this.cy.getElementById(id)).filter((n) => n.nonempty()));
    let keep = nodes.union(nodes.edgesWith(nodes));
    for (const [a, b] of links) {
      const edge = this.cy.getElementById(a).edgesWith(this.cy.getElementById(b));
      keep = keep.union(edge).union(edge.connectedNodes());
    }
    this.cy.batch(() => {
      this.cy.elements().removeClass('highlighted on-path').addClass('faded');
      keep.removeClass('faded').addClass('highlighted');
    });
    if (keep.nonempty()) this.cy.animate({ fit: { eles: keep, padding: 60 }, duration: 400 });
  }

  /** Zooms by a factor about the centre of the view. */
  zoomBy(factor) {
    const zoom = Math.min(Math.max(this.cy.zoom() * factor, this.cy.minZoom()), this.cy.maxZoom());
    this.cy.animate({ zoom: { level: zoom, renderedPosition: { x: this.cy.width() / 2, y: this.cy.height() / 2 } }, duration: 200 });
  }

  /** Fits every shown element in the view. */
  fit() {
    this.cy.animate({ fit: { eles: this.cy.elements(':visible'), padding: 30 }, duration: 300 });
  }

  clearHighlight() {
    this.cy.batch(() => this.cy.elements('.faded, .highlighted').removeClass('faded highlighted'));
  }

  /** Marks the chain of node ids (and the edges between consecutive ones) as a path. */
  showPath(nodeIds) {
    this.cy.batch(() => {
      this.cy.elements().removeClass('on-path highlighted').addClass('faded');
      nodeIds.forEach((id, i) => {
        const node = this.cy.getElementById(id);
        node.removeClass('faded').addClass('on-path');
        if (i > 0) {
          node.edgesWith(this.cy.getElementById(nodeIds[i - 1])).removeClass('faded').addClass('on-path');
        }
      });
    });
    this.cy.animate({ fit: { eles: this.cy.elements('.on-path'), padding: 60 }, duration: 400 });
  }

  clearPath() {
    this.cy.batch(() => this.cy.elements().removeClass('on-path faded'));
  }

  /** Selects a node and centres the view on it; false when it is not in the graph. */
  focus(id) {
    const node = this.cy.getElementById(id);
    if (node.empty()) return false;
    this.cy.elements().unselect();
    node.select();
    this.highlight(node);
    // The node itself goes to the middle: Cytoscape's `center` would centre its box with the label, which sits
    // beside the node when labels are placed to avoid each other, and moves the node off the middle by half a label.
    const zoom = Math.max(this.cy.zoom(), 1.2);
    const at = node.position();
    this.cy.animate({ zoom, pan: { x: this.cy.width() / 2 - at.x * zoom, y: this.cy.height() / 2 - at.y * zoom }, duration: 400 });
    return true;
  }

  /** Shows only elements that existed on or before the date (ISO strings compare in order). */
  showUntil(date) {
    this.cy.batch(() => {
      this.cy.elements().forEach((el) => {
        const since = el.data('since');
        el.toggleClass('hidden-by-time', Boolean(date) && Boolean(since) && since > date);
      });
      this.cy.nodes().forEach((n) => {
        if (date && !n.data('since')) n.addClass('hidden-by-time');
      });
    });
  }

  /**
   * Highlights every element supported by one report: by the edges' report ids when the graph carries
   * them, else (graphs read from the server's tallies) by the nodes the report names.
   */
  highlightReport(reportId, nodeIds = []) {
    const ends = new Set(nodeIds);
    const edges = this.cy.edges().filter((e) => (e.data('reports') || []).includes(reportId)
      || (ends.has(e.data('source')) && ends.has(e.data('target'))));
    this.cy.batch(() => {
      this.cy.elements().removeClass('highlighted').addClass('faded');
      edges.union(edges.connectedNodes()).removeClass('faded').addClass('highlighted');
    });
    if (edges.nonempty()) {
      this.cy.animate({ fit: { eles: edges.connectedNodes(), padding: 80 }, duration: 500 });
    }
  }
}
