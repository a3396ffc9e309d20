// The legend explains every encoding on screen: shape and colour of kinds (or communities), line
// style of edge kinds, what node size and edge width mean. Words and colours come from the
// vocabulary the API serves, so the legend cannot drift from the drawing.

import { colourModes, international } from './colouring.js';
import { clear, el } from './dom.js';

const capital = (text) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * @param key the colouring's key ([{group, colour, count}], colour-control.js); empty when by kind
 */
export function renderLegend(list, { colourBy, sizeBy, view, layout, region }, { palette, metrics }, key = []) {
  clear(list);
  const item = (swatchClass, colour, text) => {
    const li = el('li');
    const swatch = el('span', null, { class: `swatch ${swatchClass}`, 'aria-hidden': 'true' });
    if (colour) swatch.style.backgroundColor = colour; // CSSOM, which a strict CSP allows
    li.appendChild(swatch);
    li.appendChild(el('span', text));
    list.appendChild(li);
  };
  const grouped = view === 'regions' || view === 'continents';
  const kinds = view === 'bipartite' ? ['country', 'agency', 'event'] : grouped ? ['region', 'country', 'agency'] : ['country', 'agency'];
  const neutral = palette.kinds.event.colour;
  const byKind = colourBy === 'kind';
  for (const kind of kinds) {
    const look = palette.kinds[kind];
    if (!byKind) item(kind, neutral, `${capital(look.shapeName)}: ${kind}`);
    else item(kind, look.colour, `${look.colourName} ${look.shapeName}: ${kind}`);
  }
  if (!byKind) {
    const mode = colourModes.find((m) => m.value === colourBy);
    list.appendChild(el('li', `Colour: ${mode ? mode.key : colourBy}`, { class: 'legend-heading' }));
    for (const entry of key) item('', entry.colour, `${entry.group} (${entry.count})`);
    if (!key.length) list.appendChild(el('li', 'Loading the key…'));
  }
  item('line', null, 'Solid line: one of them led a shared operation');
  item('line dashed', null, 'Dashed line: took part together');
  list.appendChild(el('li', 'Line width: number of reports'));
  const size = metrics.find((m) => m.name === sizeBy);
  list.appendChild(el('li', size ? `Node size: ${size.label}` : 'Node size: uniform'));
  if (layout === 'geographic') {
    list.appendChild(el('li', 'Map: country outlines from Natural Earth (world-atlas 110m); countries at their centres, agencies around their country.'));
    list.appendChild(el('li', `Band below the map: ${international.toLowerCase()} (no single country: INTERPOL, Europol, UN offices…).`));
  }
  if (region) list.appendChild(el('li', `Region filter: ${region} (international bodies kept)`));
}
