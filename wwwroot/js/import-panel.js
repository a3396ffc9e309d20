// The "Import files" panel: files dropped or picked are uploaded to /api/imports with the API key
// (the same one the report form keeps for this tab), the import is followed until it ends, and the
// graph is refreshed. Names and reasons come from the server, so only textContent is used.

import { api } from './api.js';
import { clear, el } from './dom.js';

const keyStorage = 'graph.apiKey';
const pollEvery = 500;

function counts(status) {
  return `stored ${status.stored} · already stored ${status.alreadyStored} · refused ${status.refused}` +
    (status.skipped ? ` · skipped ${status.skipped}` : '');
}

function build(container) {
  const panel = el('details', null, { class: 'import-files' });
  panel.appendChild(el('summary', 'Import files'));
  const drop = el('div', 'Drop web pages, RSS/Atom feeds, CSV, JSON, GDELT exports or a .zip here, or pick them:', { class: 'drop-zone', id: 'import-drop' });
  const picker = el('input', null, { type: 'file', id: 'import-files', multiple: '', 'aria-label': 'Files to import' });
  drop.appendChild(picker);
  const chosen = el('ul', null, { class: 'import-chosen', id: 'import-chosen' });
  // Named apart from the report form's "API key" field, which shares the Details panel.
  const keyLabel = el('label', 'Write key ');
  const key = el('input', null, { type: 'password', id: 'import-key', autocomplete: 'off', title: 'The API key writes need (X-Api-Key)' });
  keyLabel.appendChild(key);
  const start = el('button', 'Import', { type: 'button', id: 'import-start', disabled: '' });
  const progress = el('progress', null, { id: 'import-progress', max: '1', value: '0', hidden: '' });
  const result = el('div', null, { id: 'import-result', 'aria-live': 'polite' });
  for (const part of [drop, chosen, keyLabel, start, progress, result]) panel.appendChild(part);
  container.appendChild(panel);
  return { drop, picker, chosen, key, start, progress, result };
}

function showSummary(result, status) {
  clear(result);
  const done = status.state === 'completed';
  result.appendChild(el('p', done ? `Import finished: read ${status.read}, ${counts(status)}.` : `Import failed: ${status.error}`,
    { class: done ? 'import-summary' : 'problem' }));
  if (!status.refusals.length) return;
  result.appendChild(el('p', `Refused (${status.refused}):`));
  const list = el('ul', null, { class: 'import-refusals' });
  for (const r of status.refusals.slice(0, 50)) list.appendChild(el('li', `${r.file}${r.place ? `, ${r.place}` : ''}: ${r.reason}`));
  result.appendChild(list);
}

/** Wires the panel into container; onImported runs once an import has stored something. */
export function attachImportPanel(container, { onImported, onError }) {
  const ui = build(container);
  let files = [];
  ui.key.value = sessionStorage.getItem(keyStorage) || '';

  const choose = (list) => {
    files = [...list];
    clear(ui.chosen);
    for (const file of files) ui.chosen.appendChild(el('li', `${file.name} (${Math.ceil(file.size / 1024)} KB)`));
    ui.start.disabled = files.length === 0;
  };
  ui.picker.addEventListener('change', () => choose(ui.picker.files));
  ui.drop.addEventListener('dragover', (event) => { event.preventDefault(); ui.drop.classList.add('dragging'); });
  ui.drop.addEventListener('dragleave', () => ui.drop.classList.remove('dragging'));
  ui.drop.addEventListener('drop', (event) => {
    event.preventDefault();
    ui.drop.classList.remove('dragging');
    choose(event.dataTransfer.files);
  });

  ui.start.addEventListener('click', async () => {
    sessionStorage.setItem(keyStorage, ui.key.value);
    ui.start.disabled = true;
    ui.progress.hidden = false;
    ui.progress.value = 0;
    clear(ui.result).appendChild(el('p', `Uploading ${files.length} file(s)…`));
    try {
      let status = await api.startImport(files, ui.key.value);
      while (status.state === 'queued' || status.state === 'running') {
        ui.progress.value = status.progress;
        clear(ui.result).appendChild(el('p', `Importing: ${counts(status)}`));
        await new Promise((resolve) => { setTimeout(resolve, pollEvery); });
        status = await api.importStatus(status.id);
      }
      ui.progress.value = 1;
      showSummary(ui.result, status);
      if (status.stored > 0) await onImported(status);
    } catch (error) {
      onError(error);
      clear(ui.result).appendChild(el('p', error.message, { class: 'problem' }));
    } finally {
      ui.start.disabled = files.length === 0;
    }
  });
}
