// The legend explains every encoding on screen: shape and colour of kinds (or communities), line
// style of edge kinds, what node size and edge width mean. Words and colours come from the
// vocabulary the API serves, so the legend cannot drift from the drawing.

import { clear, el } from './dom.js';

const capital = (text) => text.charAt(0).toUpperCase() + text.slice(1);

export function renderLegend(list, { colourBy, sizeBy, view }, { palette, metrics }) {
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
  for (const kind of kinds) {
    const look = palette.kinds[kind];
    if (colourBy === 'community') item(kind, neutral, `${capital(look.shapeName)}: ${kind}`);
    else item(kind, look.colour, `${look.colourName} ${look.shapeName}: ${kind}`);
  }
  if (colourBy === 'community') item('', palette.communities[0], 'Colour: Louvain community');
  item('line', null, 'Solid line: one of them led a shared operation');
  item('line dashed', null, 'Dashed line: took part together');
  list.appendChild(el('li', 'Line width: number of reports'));
  const size = metrics.find((m) => m.name === sizeBy);
  list.appendChild(el('li', size ? `Node size: ${size.label}` : 'Node size: uniform'));
}
