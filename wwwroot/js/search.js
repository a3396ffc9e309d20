// Search with autocomplete: names in the current graph first, then aliases the server knows
// ("Policía Nacional" finds the Spanish National Police).

import { api } from './api.js';
import { clear, el } from './dom.js';

/** `inGraphOnly` offers only names in the picture (the path finder); otherwise actors left out are offered too. */
export function attachSearch(input, list, { nodes, onPick, onError, inGraphOnly = false }) {
  const optionId = (i) => `${list.id}-option-${i}`;
  let results = [];
  let active = -1;
  let pending = 0;

  function render() {
    clear(list);
    results.forEach((r, i) => {
      const item = el('li', `${r.label} (${r.kind})`, { role: 'option', id: optionId(i), 'aria-selected': String(i === active) });
      item.addEventListener('mousedown', (event) => { event.preventDefault(); pick(i); });
      list.appendChild(item);
    });
    list.hidden = results.length === 0;
    input.setAttribute('aria-expanded', String(results.length > 0));
    if (active >= 0) input.setAttribute('aria-activedescendant', optionId(active));
    else input.removeAttribute('aria-activedescendant');
  }

  function pick(i) {
    const choice = results[i];
    results = [];
    render();
    if (choice) {
      input.value = choice.label;
      onPick(choice.id);
    }
  }

  input.addEventListener('input', async () => {
    const query = input.value.trim().toLowerCase();
    active = -1;
    if (!query) { results = []; render(); return; }
    const local = nodes().filter((n) => n.label.toLowerCase().includes(query))
      .sort((a, b) => a.label.toLowerCase().indexOf(query) - b.label.toLowerCase().indexOf(query))
      .slice(0, 8);
    results = local;
    render();
    const ticket = ++pending;
    try {
      const remote = await api.searchActors(query);
      if (ticket !== pending) return;
      const inGraph = new Set(nodes().map((n) => n.id));
      const seen = new Set(local.map((r) => r.id));
      // Actors left out of a bounded picture are offered too: picking one brings it in.
      for (const actor of remote) {
        if (inGraphOnly && !inGraph.has(actor.id)) continue;
        if (!seen.has(actor.id)) results.push({ id: actor.id, label: actor.name, kind: inGraph.has(actor.id) ? actor.kind : `${actor.kind}, not shown` });
      }
      results = results.slice(0, 10);
      render();
    } catch (error) {
      onError(error);
    }
  });

  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' && results.length) { active = (active + 1) % results.length; render(); event.preventDefault(); }
    else if (event.key === 'ArrowUp' && results.length) { active = (active - 1 + results.length) % results.length; render(); event.preventDefault(); }
    else if (event.key === 'Enter') { pick(active >= 0 ? active : 0); event.preventDefault(); }
    else if (event.key === 'Escape') { results = []; render(); }
  });
  input.addEventListener('blur', () => setTimeout(() => { results = []; render(); }, 150));
}
