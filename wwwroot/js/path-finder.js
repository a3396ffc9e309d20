// The path finder's two ends: names typed in any case (or aliases the server knows) resolve to the
// node of the picture on screen, with suggestions as you type. DOM-free except `attach`.

import { attachSearch } from './search.js';

const fold = (text) => String(text ?? '').normalize('NFD').replace(/\p{M}/gu, '').trim().toLowerCase();

/**
 * The node a typed name stands for: the one picked from the suggestions when the text still reads
 * its label, else the node whose label matches whatever the case and accents, else the one node whose
 * label contains the text. `nodes` are {id, label}; returns {id} or {suggestions} (labels to offer).
 */
export function resolveName(text, nodes, picked = null) {
  const wanted = fold(text);
  if (!wanted) return { suggestions: [] };
  if (picked && fold(picked.label) === wanted) return { id: picked.id };
  const exact = nodes.filter((n) => fold(n.label) === wanted);
  if (exact.length === 1) return { id: exact[0].id };
  const partial = nodes.filter((n) => fold(n.label).includes(wanted));
  if (partial.length === 1 && exact.length === 0) return { id: partial[0].id };
  return { suggestions: (exact.length ? exact : partial).map((n) => n.label).slice(0, 5) };
}

/** Gives both inputs suggestions; `ends()` resolves them, or throws an Error that says what to type. */
export function attachPathFinder({ from, to, fromList, toList, nodes, onError }) {
  const picked = new Map();
  for (const [input, list] of [[from, fromList], [to, toList]]) {
    attachSearch(input, list, {
      nodes,
      onPick: (id) => picked.set(input, { id, label: input.value }),
      onError,
      inGraphOnly: true,
    });
  }
  const one = (input, role) => {
    const result = resolveName(input.value, nodes(), picked.get(input));
    if (result.id) return result.id;
    const hint = result.suggestions.length ? ` Did you mean ${result.suggestions.join(', ')}?` : '';
    throw new Error(input.value.trim() ? `No single node named "${input.value.trim()}" in this view.${hint}` : `Type the name the path starts ${role}.`);
  };
  return { ends: () => ({ from: one(from, 'from'), to: one(to, 'at') }) };
}
