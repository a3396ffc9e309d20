// The legend explains every encoding on screen: shape and colour of kinds (or communities), line
// style of edge kinds, what node size and edge width mean.

import { clear, el } from './dom.js';

export function renderLegend(list, { colourBy, sizeBy, view }) {
  clear(list);
  const item = (swatchClass, text) => {
    const li = el('li');
    li.appendChild(el('span', null, { class: `swatch ${swatchClass}`, 'aria-hidden': 'true' }));
    li.appendChild(el('span', text));
    list.appendChild(li);
  };
  if (colourBy === 'community') {
    item('country c7', 'Square: country');
    item('agency c7', 'Circle: agency');
    item('c0', 'Colour: Louvain community');
  } else {
    item('country c4', 'Blue square: country');
    item('agency c0', 'Orange circle: agency');
  }
  if (view === 'bipartite') item('event c7', 'Grey diamond: event');
  item('line', 'Solid line: one of them led a shared operation');
  item('line dashed', 'Dashed line: took part together');
  list.appendChild(el('li', 'Line width: number of reports'));
  list.appendChild(el('li', sizeBy === 'none' ? 'Node size: uniform' : `Node size: ${sizeBy}`));
}
