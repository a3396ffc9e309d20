// The scholar's panel: brokers (articulation points) and bridges, and Louvain communities with their
// members and the modularity, each read from the API for the view and filters on screen, listed in
// the details panel and highlighted on the graph. Names reach the DOM through textContent only.

import { api } from './api.js';
import { clear, el } from './dom.js';

function nameButton(text, id, onPick) {
  const button = el('button', text, { type: 'button', class: 'link', 'data-id': id });
  button.addEventListener('click', () => onPick(id));
  return button;
}

/** Lists the brokers and bridges of a /api/metrics answer; `labelOf` names a node id. */
export function showBrokers(container, metrics, { labelOf, onPick, onPickEdge }) {
  clear(container);
  container.appendChild(el('h3', 'Brokers and bridges'));
  container.appendChild(el('p', 'A broker (articulation point) is an actor whose removal splits the network; a bridge is a link whose removal does.', { class: 'hint' }));
  container.appendChild(el('h4', `Brokers (${metrics.articulationPoints.length})`));
  const brokers = el('ul', null, { class: 'brokers' });
  for (const id of metrics.articulationPoints) {
    const item = el('li');
    item.appendChild(nameButton(labelOf(id), id, onPick));
    brokers.appendChild(item);
  }
  container.appendChild(brokers);
  container.appendChild(el('h4', `Bridges (${metrics.bridges.length})`));
  const bridges = el('ul', null, { class: 'bridges' });
  for (const [a, b] of metrics.bridges) {
    const item = el('li');
    const button = el('button', `${labelOf(a)} — ${labelOf(b)}`, { type: 'button', class: 'link' });
    button.addEventListener('click', () => onPickEdge(a, b));
    item.appendChild(button);
    bridges.appendChild(item);
  }
  container.appendChild(bridges);
}

/** Lists the communities of a /api/communities answer with the modularity; "Show" highlights one. */
export function showCommunities(container, list, { onPick, onShow }) {
  clear(container);
  container.appendChild(el('h3', `Communities (${list.count})`));
  container.appendChild(el('p', `Louvain communities, modularity Q = ${list.modularity.toFixed(3)} (above about 0.3, the groups are clearly denser inside than between).`, { class: 'modularity' }));
  list.communities.forEach((community, i) => {
    const section = el('details', null, { class: 'community' });
    section.appendChild(el('summary', `Community ${i + 1}: ${community.size} member${community.size === 1 ? '' : 's'}`));
    const show = el('button', 'Show on the graph', { type: 'button' });
    show.addEventListener('click', () => onShow(community.members.map((m) => m.id)));
    section.appendChild(show);
    const members = el('ul');
    for (const member of community.members) {
      const item = el('li');
      item.appendChild(nameButton(member.label, member.id, onPick));
      members.appendChild(item);
    }
    section.appendChild(members);
    container.appendChild(section);
  });
}

/** Wires the two buttons; `query()` gives the picture's query, `highlight(ids)` marks nodes (and the edges among them). */
export function attachScholarPanel({ brokersButton, communitiesButton, container, query, labelOf, highlight, onPick, onPickEdge, onError }) {
  brokersButton.addEventListener('click', async () => {
    try {
      const metrics = await api.metrics(query());
      showBrokers(container, metrics, { labelOf, onPick, onPickEdge });
      highlight(metrics.articulationPoints, metrics.bridges);
    } catch (error) {
      onError(error);
    }
  });
  communitiesButton.addEventListener('click', async () => {
    try {
      showCommunities(container, await api.communities(query()), { onPick, onShow: (ids) => highlight(ids, []) });
    } catch (error) {
      onError(error);
    }
  });
}
