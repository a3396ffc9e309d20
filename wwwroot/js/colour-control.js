// Applies a colouring (colouring.js) to the drawn graph: sets each node's `paint` data, keeps the
// key the legend shows, loads the per-crime-area pictures when that colouring is chosen, and
// applies the region filter to a picture's elements before they are drawn.

import { colourKey, colourModes, dominantCrimeAreas, groupsOf, paintOf } from './colouring.js';
import { graphQuery } from './view-state.js';

/** The key of the communities drawn: each with its colour from the palette, largest first. */
function communityKey(cy) {
  const entries = new Map();
  cy.nodes().forEach((n) => {
    if (!Number.isInteger(n.data('community'))) return;
    const group = `Community ${n.data('community') + 1}`;
    const entry = entries.get(group) || { group, colour: n.data('communityColour'), count: 0 };
    entry.count += 1;
    entries.set(group, entry);
  });
  return [...entries.values()].sort((a, b) => b.count - a.count || (a.group < b.group ? -1 : 1));
}

export function createColouring({ api, page, onLoaded }) {
  let key = [];
  let crimeAreas = { query: '', byNode: null, loading: '' };

  const countries = () => new Map(page.countries.map((c) => [c.code.toUpperCase(), c]));

  /** Loads, once per view and filters, the crime area each node's links mostly concern. */
  function loadCrimeAreas(state) {
    const query = new URLSearchParams(graphQuery({ ...state, crimeArea: '' })).toString();
    if (crimeAreas.query === query || crimeAreas.loading === query) return crimeAreas.query === query;
    crimeAreas.loading = query;
    const areas = page.vocabulary.crimeAreas.map((a) => a.name);
    Promise.all(areas.map((area) => api.graph({ ...graphQuery({ ...state, crimeArea: area }) }).then((graph) => ({ area: page.vocabulary.crimeAreas.find((a) => a.name === area).label, graph }))))
      .then((pictures) => {
        if (crimeAreas.loading !== query) return;
        crimeAreas = { query, byNode: dominantCrimeAreas(pictures), loading: '' };
        onLoaded?.();
      }, () => { crimeAreas.loading = ''; });
    return false;
  }

  return {
    /** The colourings the Colour control lists. */
    modes: colourModes,

    /** The current key: [{group, colour, count}] (empty when colouring by kind). */
    key: () => key,

    /** Sets every node's `paint` for the state's colouring; by kind the stylesheet colours by selector. */
    paint(cy, state) {
      if (state.colourBy === 'kind') {
        key = [];
        return;
      }
      const ready = state.colourBy !== 'crimeArea' || loadCrimeAreas(state);
      const nodes = cy.nodes().map((n) => n.data());
      const groups = groupsOf(nodes, state.colourBy, { countries: countries(), crimeAreaOf: ready ? crimeAreas.byNode : new Map() });
      // Communities keep their own colours (elements.js), so a community looks the same in every view.
      key = state.colourBy === 'community' ? communityKey(cy) : colourKey(groups, page.vocabulary.palette.communities);
      const paint = paintOf(groups, key, page.vocabulary.palette.kinds.event.colour);
      cy.batch(() => cy.nodes().forEach((n) => { n.data('paint', paint.get(n.id())); }));
    },

    /**
     * The elements of the state's region only (a continent or UN M49 sub-region); international
     * bodies (no country) stay, since they work across regions. Edges lose nothing but their dropped ends.
     */
    inRegion(elements, state) {
      if (!state.region) return elements;
      const byCode = countries();
      const inside = (data) => {
        if (!data.countryCode) return data.kind !== 'region' || data.label === state.region;
        const country = byCode.get(data.countryCode.toUpperCase());
        return country?.subregion === state.region || country?.continent === state.region;
      };
      const kept = new Set(elements.filter((e) => e.group === 'nodes' && inside(e.data)).map((e) => e.data.id));
      return elements.filter((e) => (e.group === 'nodes' ? kept.has(e.data.id) : kept.has(e.data.source) && kept.has(e.data.target)));
    },

    /** The continents and sub-regions the region filter offers: [{value, label}] grouped by continent. */
    regions() {
      const continents = new Map();
      for (const c of page.countries) {
        if (!c.continent) continue;
        if (!continents.has(c.continent)) continents.set(c.continent, new Set());
        if (c.subregion) continents.get(c.continent).add(c.subregion);
      }
      return [...continents].sort((a, b) => (a[0] < b[0] ? -1 : 1)).flatMap(([continent, subregions]) => [
        { value: continent, label: continent },
        ...[...subregions].sort().map((s) => ({ value: s, label: `— ${s}` })),
      ]);
    },
  };
}
