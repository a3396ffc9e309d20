import { test } from 'node:test';
import assert from 'node:assert/strict';
import { actionsFor, editBody, pinnedSnapshot, withSnapshot } from '../../wwwroot/js/edit-mode.js';

const hash = 'a'.repeat(64);

test('a share link pins a snapshot only by a well-formed hash', () => {
  assert.equal(pinnedSnapshot(`?view=actors&snapshot=${hash}`), hash);
  assert.equal(pinnedSnapshot('?snapshot=../../etc'), null);
  assert.deepEqual(withSnapshot({ view: 'countries' }, `?snapshot=${hash}`), { view: 'countries', snapshot: hash });
  assert.deepEqual(withSnapshot({ view: 'countries' }, ''), { view: 'countries' });
});

test('agencies offer split and set-country but countries do not', () => {
  const agency = actionsFor({ type: 'node', nodeKind: 'agency' }).map((a) => a.kind);
  const country = actionsFor({ type: 'node', nodeKind: 'country' }).map((a) => a.kind);
  assert.ok(agency.includes('split') && agency.includes('set-country'));
  assert.ok(!country.includes('split') && !country.includes('set-country'));
});

test('an edit body carries the node, numbers as numbers and leaves empty fields out', () => {
  const add = actionsFor({ type: 'edge' }).find((a) => a.kind === 'add-participation');
  const body = editBody(add, { reason: 'missed', eventId: '12', actor: 'agency:europol', role: 'lead', sentenceStart: '40', sentenceLength: '' }, { type: 'edge' });
  assert.deepEqual(body, { kind: 'add-participation', reason: 'missed', eventId: 12, actor: 'agency:europol', role: 'lead', sentenceStart: 40 });
  const rename = actionsFor({ type: 'node', nodeKind: 'agency' }).find((a) => a.kind === 'rename');
  assert.deepEqual(editBody(rename, { reason: 'r', name: ' New ' }, { type: 'node', id: 'agency:x' }), { kind: 'rename', reason: 'r', actor: 'agency:x', name: 'New' });
});
