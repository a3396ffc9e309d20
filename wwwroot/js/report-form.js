// Adding a report from the page: posts it with the API key (kept for this tab only) and shows
// what was extracted.

import { api } from './api.js';
import { clear, el } from './dom.js';

const keyStorage = 'graph.apiKey';

export function attachReportForm(form, result, { onAdded, onError }) {
  const keyInput = form.querySelector('#report-key');
  keyInput.value = sessionStorage.getItem(keyStorage) || '';

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const data = new FormData(form);
    const report = { text: data.get('text') };
    for (const field of ['title', 'url', 'date']) {
      const value = String(data.get(field) || '').trim();
      if (value) report[field] = value;
    }
    const key = String(data.get('key') || '');
    sessionStorage.setItem(keyStorage, key);
    clear(result);
    try {
      const added = await api.postReport(report, key);
      result.appendChild(el('p', added.created ? `Stored as report ${added.id}.` : `Already stored as report ${added.id}.`));
      const actors = el('ul');
      for (const actor of added.actors) actors.appendChild(el('li', `${actor.name} (${actor.kind})`));
      result.appendChild(el('p', `Extracted ${added.actors.length} actor(s) and ${added.events.length} event(s):`));
      result.appendChild(actors);
      onAdded(added);
    } catch (error) {
      onError(error);
      result.appendChild(el('p', error.message, { class: 'problem' }));
    }
  });
}
