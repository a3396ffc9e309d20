// Colour by a grouping of the nodes — kind, Louvain community, UN M49 region, country or the crime
// area a node's links mostly concern — with the key the legend shows. Groups are coloured in order
// of size from the palette's community colours; groups past the palette share "other". DOM-free.

/** The colourings the page offers; `key` names what a group is in the legend. */
export const colourModes = Object.freeze([
  { value: 'kind', label: 'by kind', key: 'Kind' },
  { value: 'community', label: 'by community', key: 'Louvain community' },
  { value: 'region', label: 'by region', key: 'Region (UN M49 sub-region)' },
  { value: 'country', label: 'by country', key: 'Country' },
  { value: 'crimeArea', label: 'by crime area', key: 'Crime area most of its links concern' },
]);

/** The label of the group that holds actors of no country (international bodies). */
export const international = 'International bodies';

/**
 * The group of each node under a colouring: id → group label ('' when it has none).
 * @param {Array<{id: string, countryCode?: string, community?: number, kind: string}>} nodes
 * @param {string} mode one of colourModes' values
 * @param {{countries: Map<string, {name: string, subregion?: string}>, crimeAreaOf?: Map<string, string>}} lookup
 */
export function groupsOf(nodes, mode, { countries, crimeAreaOf = new Map() }) {
  const groups = new Map();
  for (const node of nodes) {
    const country = node.countryCode ? countries.get(node.countryCode.toUpperCase()) : undefined;
    let group = '';
    if (mode === 'community') group = Number.isInteger(node.community) ? `Community ${node.community + 1}` : '';
    else if (mode === 'region') group = node.kind === 'region' ? node.label : country?.subregion || (node.countryCode ? '' : international);
    else if (mode === 'country') group = country?.name || (node.countryCode ? node.countryCode : international);
    else if (mode === 'crimeArea') group = crimeAreaOf.get(node.id) || '';
    groups.set(node.id, group);
  }
  return groups;
}

/**
 * Colours for the groups, largest first: each of the first `colours.length - 1` groups gets its own
 * colour, the rest share the last one as "other". Returns the key: [{group, colour, count}].
 */
export function colourKey(groups, colours, other = 'Other') {
  const counts = new Map();
  for (const group of groups.values()) if (group) counts.set(group, (counts.get(group) || 0) + 1);
  const ordered = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const own = ordered.length <= colours.length ? ordered.length : colours.length - 1;
  const key = ordered.slice(0, own).map(([group, count], i) => ({ group, colour: colours[i], count }));
  const rest = ordered.slice(own);
  if (rest.length) key.push({ group: `${other} (${rest.length} groups)`, colour: colours[colours.length - 1], count: rest.reduce((s, [, c]) => s + c, 0), members: rest.map(([g]) => g) });
  return key;
}

/** id → colour from the groups and their key; nodes of no group get `none`. */
export function paintOf(groups, key, none) {
  const byGroup = new Map();
  for (const entry of key) for (const group of entry.members || [entry.group]) byGroup.set(group, entry.colour);
  const paint = new Map();
  for (const [id, group] of groups) paint.set(id, byGroup.get(group) || none);
  return paint;
}

/**
 * The crime area each actor's links mostly concern: from one picture per crime area (same view and
 * filters), the area in which the node's weighted degree is highest.
 * @param {Array<{area: string, graph: {nodes: Array}}>} pictures
 */
export function dominantCrimeAreas(pictures) {
  const best = new Map();
  for (const { area, graph } of pictures) {
    for (const node of graph.nodes) {
      const weight = Number(node.data.weightedDegree ?? node.data.degree) || 0;
      if (weight > 0 && (!best.has(node.data.id) || weight > best.get(node.data.id).weight)) best.set(node.data.id, { area, weight });
    }
  }
  return new Map([...best].map(([id, { area }]) => [id, area]));
}
