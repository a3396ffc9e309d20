// Edit mode of the details panel: curation edits (merge, split, rename, set a country, confirm or
// reject a participation or a role, add a missed participation, link a report to an operation) posted
// with the API key, the recent log with undo, and freezing a citeable snapshot. Every edit needs a
// reason; the server refuses a bad one with problem+json and stores nothing, and that message is shown.

import { ApiError } from './api.js';
import { el } from './dom.js';

const keyStorage = 'graph.apiKey';
const openStorage = 'graph.editMode';
const snapshotPattern = /^[0-9a-f]{64}$/;

/** The snapshot the page's address pins (`?snapshot=HASH`), or null for the live data. */
export function pinnedSnapshot(search = location.search) {
  const hash = new URLSearchParams(search).get('snapshot');
  return hash && snapshotPattern.test(hash) ? hash : null;
}

/** The graph query with the pinned snapshot added, so a shared link shows exactly the frozen data. */
export function withSnapshot(query, search = location.search) {
  const hash = pinnedSnapshot(search);
  return hash ? { ...query, snapshot: hash } : query;
}

async function send(method, path, body, key) {
  const response = await fetch(path, {
    method,
    headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'X-Api-Key': key },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const payload = await response.json().catch(() => ({}));
  if (!response.ok) {
    const errors = payload.errors ? Object.values(payload.errors).flat().join(' ') : '';
    throw new ApiError(response.status, payload.title || `${response.status}`, payload.detail || errors);
  }
  return payload;
}

/** The actions the edit mode offers for a node or an edge, as data (kind, label, fields asked for). */
export function actionsFor(target) {
  if (target.type === 'node') {
    const actions = [
      { kind: 'rename', label: 'Rename', fields: ['name'] },
      { kind: 'merge', label: 'Merge another actor into this one', fields: ['other'] },
    ];
    if (target.nodeKind === 'agency') {
      actions.push({ kind: 'split', label: 'Split an alias off into its own agency', fields: ['alias'] });
      actions.push({ kind: 'set-country', label: 'Set country (empty: international)', fields: ['country'] });
    }
    return actions;
  }
  return [
    { kind: 'confirm-participation', label: 'Confirm participation', fields: ['eventId', 'actor'] },
    { kind: 'reject-participation', label: 'Reject participation', fields: ['eventId', 'actor'] },
    { kind: 'confirm-role', label: 'Confirm role', fields: ['eventId', 'actor'] },
    { kind: 'reject-role', label: 'Reject role (lead ⇄ participant)', fields: ['eventId', 'actor'] },
    { kind: 'add-participation', label: 'Add a missed participation', fields: ['eventId', 'actor', 'role', 'sentenceStart', 'sentenceLength'] },
    { kind: 'link-operation', label: 'Link the report to an operation', fields: ['reportId', 'operation'] },
  ];
}

/** The request body for an action from the form's values (numbers as numbers, empty fields left out). */
export function editBody(action, values, target) {
  const body = { kind: action.kind, reason: values.reason };
  if (target.type === 'node') body.actor = target.id;
  for (const field of action.fields) {
    const value = String(values[field] ?? '').trim();
    if (value === '' && field !== 'country') continue;
    body[field] = ['eventId', 'reportId', 'sentenceStart', 'sentenceLength'].includes(field) ? Number(value) : value;
  }
  return body;
}

function field(name, label, options) {
  const wrap = el('label', `${label} `);
  const input = options ? el('select', null, { name }) : el('input', null, { name, type: 'text' });
  for (const option of options || []) input.appendChild(el('option', option.label, { value: option.value }));
  wrap.appendChild(input);
  return wrap;
}

function fieldFor(name, target) {
  switch (name) {
    case 'eventId': return field(name, 'Event', target.events.map((e) => ({ value: e.eventId, label: `${e.eventId}: ${e.title}` })));
    case 'reportId': return field(name, 'Report', target.events.map((e) => ({ value: e.reportId, label: `${e.reportId}: ${e.title}` })));
    case 'actor': return field(name, 'Actor', [{ value: target.source, label: target.sourceLabel }, { value: target.target, label: target.targetLabel }]);
    case 'role': return field(name, 'Role', [{ value: 'participant', label: 'participant' }, { value: 'lead', label: 'lead' }]);
    case 'name': return field(name, 'New name');
    case 'other': return field(name, 'Actor id to merge in (e.g. agency:…)');
    default: return field(name, name);
  }
}

/**
 * Appends the edit mode to the details panel for `target`: `{ type: 'node', id, nodeKind }` or
 * `{ type: 'edge', source, target, sourceLabel, targetLabel, events: [{ eventId, reportId, title }] }`.
 */
export function attachEditMode(container, target, { onEdited, onError }) {
  const section = el('details', null, { class: 'edit-mode' });
  section.appendChild(el('summary', 'Edit mode (curation)'));
  const form = el('form');
  const key = field('key', 'Key for edits');
  key.querySelector('input').type = 'password';
  key.querySelector('input').value = sessionStorage.getItem(keyStorage) || '';
  const actions = actionsFor(target);
  const choice = field('action', 'Action', actions.map((a, i) => ({ value: String(i), label: a.label })));
  const fields = el('div', null, { class: 'edit-fields' });
  const reason = field('reason', 'Reason (required)');
  const result = el('p', null, { class: 'edit-result', 'aria-live': 'polite' });
  const showFields = () => {
    fields.replaceChildren(...actions[Number(choice.querySelector('select').value)].fields.map((f) => fieldFor(f, target)));
  };
  choice.querySelector('select').addEventListener('change', showFields);
  showFields();
  form.append(key, choice, fields, reason, el('button', 'Save edit', { type: 'submit' }), result);
  const log = el('ol', null, { class: 'edit-log' });
  const freeze = el('button', 'Freeze a citeable snapshot', { type: 'button' });
  const shared = el('p', null, { class: 'snapshot-link' });
  section.append(form, el('h4', 'Recent edits'), log, freeze, shared);
  container.appendChild(section);

  const keyValue = () => {
    const value = key.querySelector('input').value;
    sessionStorage.setItem(keyStorage, value);
    return value;
  };

  const showLog = async () => {
    const edits = await (await fetch('/api/edits', { headers: { Accept: 'application/json' } })).json();
    log.replaceChildren(...edits.slice(-8).reverse().map((edit) => {
      const item = el('li', `#${edit.id} ${edit.kind} by ${edit.author}: ${edit.reason}${edit.inForce ? '' : ' (undone)'} `);
      if (edit.inForce) {
        const undo = el('button', 'Undo', { type: 'button' });
        undo.addEventListener('click', async () => {
          if (!form.querySelector('[name=reason]').value.trim()) {
            result.textContent = 'An undo needs a reason too: write it in the Reason field.';
            return;
          }
          try {
            await send('POST', `/api/edits/${edit.id}/undo`, { reason: form.querySelector('[name=reason]').value }, keyValue());
            await showLog();
            onEdited();
          } catch (error) {
            result.textContent = error.message;
          }
        });
        item.appendChild(undo);
      }
      return item;
    }));
  };
  // The panel is rebuilt when the graph refreshes after an edit; it reopens as the curator left it.
  section.addEventListener('toggle', () => {
    sessionStorage.setItem(openStorage, section.open ? 'open' : '');
    if (section.open) showLog().catch(onError);
  });
  section.open = sessionStorage.getItem(openStorage) === 'open';

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const values = Object.fromEntries(new FormData(form));
    try {
      const stored = await send('POST', '/api/edits', editBody(actions[Number(values.action)], values, target), keyValue());
      result.textContent = `Stored edit #${stored.id}.`;
      await showLog();
      onEdited();
    } catch (error) {
      result.textContent = error.message;
    }
  });

  freeze.addEventListener('click', async () => {
    try {
      const snapshot = await send('POST', '/api/snapshots', undefined, keyValue());
      const query = new URLSearchParams(location.search);
      query.set('snapshot', snapshot.hash);
      shared.replaceChildren(
        el('a', `Share link (snapshot ${snapshot.hash.slice(0, 12)})`, { href: `/?${query}` }),
        el('span', ' · '),
        el('a', 'Archive (zip)', { href: `${snapshot.archive}?${new URLSearchParams({ view: query.get('view') || 'actors' })}` }));
    } catch (error) {
      shared.textContent = error.message;
    }
  });
}
