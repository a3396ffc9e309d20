// Where the geographic layout puts each node: countries at their centre under the map's projection,
// agencies around their country, international bodies (no country) in a band below the map; then
// crowded places are spread until no two nodes overlap, each staying as near its place as it can.
// DOM-free: the projection is handed in (map.js gives d3-geo's), tested with node --test.

/** The band of international bodies starts this far (model units) below the map's southern edge. */
export const bandGap = 70;

/** Equirectangular fallback, when d3-geo did not load: 5.5 units a degree. */
export const plainProjection = ([lon, lat]) => [lon * 5.5, -lat * 5.5];

/**
 * @param nodes [{id, kind, countryCode, size}] (size: drawn diameter)
 * @param countries [{code, latitude, longitude}]
 * @param project [lon, lat] → [x, y]
 * @returns {{positions: Record<string, {x: number, y: number}>, band: {x1, x2, y1, y2} | null}}
 */
export function geographicPlaces(nodes, countries, project = plainProjection) {
  const coordinates = new Map(countries.map((c) => [c.code.toUpperCase(), c]));
  const south = project([0, -58])[1];
  const west = project([-180, 0])[0];
  const east = project([180, 0])[0];
  const positions = {};
  const perCountry = new Map();
  const floating = [];
  for (const node of [...nodes].sort((a, b) => (a.id < b.id ? -1 : 1))) {
    const place = node.countryCode && coordinates.get(node.countryCode.toUpperCase());
    if (!place) {
      floating.push(node);
      continue;
    }
    const [x, y] = project([place.longitude, place.latitude]);
    if (node.kind === 'country') {
      positions[node.id] = { x, y };
      continue;
    }
    const k = (perCountry.get(place.code) || 0) + 1;
    perCountry.set(place.code, k);
    positions[node.id] = { x: x + 30 * Math.cos(k * 2.4), y: y + 30 * Math.sin(k * 2.4) };
  }
  let band = null;
  if (floating.length) {
    const perRow = Math.max(1, Math.floor((east - west) / 120));
    const rows = Math.ceil(floating.length / perRow);
    band = { x1: west, x2: east, y1: south + bandGap - 40, y2: south + bandGap + rows * 90 };
    floating.forEach((node, i) => {
      const inRow = Math.min(perRow, floating.length - Math.floor(i / perRow) * perRow);
      const step = (east - west) / (inRow + 1);
      positions[node.id] = { x: west + step * ((i % perRow) + 1), y: south + bandGap + Math.floor(i / perRow) * 90 };
    });
  }
  spread(nodes, positions);
  return { positions, band };
}

/**
 * Pushes overlapping nodes apart (pairs closer than their radii plus a margin), a fixed number of
 * rounds, in id order: deterministic, and a lone node never moves.
 */
export function spread(nodes, positions, { margin = 8, rounds = 60 } = {}) {
  const list = [...nodes].sort((a, b) => (a.id < b.id ? -1 : 1)).filter((n) => positions[n.id]);
  for (let round = 0; round < rounds; round++) {
    let moved = false;
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const a = positions[list[i].id];
        const b = positions[list[j].id];
        const need = ((list[i].size || 30) + (list[j].size || 30)) / 2 + margin;
        let dx = b.x - a.x;
        let dy = b.y - a.y;
        let d = Math.hypot(dx, dy);
        if (d >= need) continue;
        if (d < 1e-6) {
          // Same spot: part them along a direction fixed by their order.
          dx = Math.cos(i + j);
          dy = Math.sin(i + j);
          d = 1;
        }
        const push = (need - d) / 2;
        a.x -= (dx / d) * push;
        a.y -= (dy / d) * push;
        b.x += (dx / d) * push;
        b.y += (dy / d) * push;
        moved = true;
      }
    }
    if (!moved) break;
  }
  return positions;
}
