import assert from 'node:assert/strict';
import { test } from 'node:test';
import { addView, describeView, maxSavedViews, parseViews, serializeViews } from '../../wwwroot/js/saved-views.js';
import { defaultState } from '../../wwwroot/js/view-state.js';

test('saved views survive storage in the order they were saved', () => {
  let views = [];
  views = addView(views, 'view=countries', 'Countries');
  views = addView(views, 'selected=agency%3Aeuropol', 'Europol');
  assert.deepEqual(parseViews(serializeViews(views)), [
    { hash: 'view=countries', caption: 'Countries' },
    { hash: 'selected=agency%3Aeuropol', caption: 'Europol' },
  ]);
});

test('a full list lets its oldest view go', () => {
  let views = [];
  for (let i = 0; i <= maxSavedViews; i++) views = addView(views, `minWeight=${i + 1}`, `view ${i}`);
  assert.equal(views.length, maxSavedViews);
  assert.equal(views[0].caption, 'view 1');
});

test('malformed storage reads as no views', () => {
  for (const text of [null, '', 'not json', '{"hash":"x"}', '[1, null, {"hash": 2, "caption": "x"}]']) {
    assert.deepEqual(parseViews(text), [], String(text));
  }
  assert.deepEqual(parseViews('[{"hash":"a","caption":"b","extra":1}, 7]'), [{ hash: 'a', caption: 'b' }]);
});

test('a caption names the view, its filters and its focus', () => {
  const views = [{ name: 'actors', label: 'Agencies and countries' }, { name: 'countries', label: 'Countries' }];
  const label = (id) => ({ 'agency:europol': 'Europol', 'country:ES': 'Spain' })[id] ?? id;
  assert.equal(describeView(defaultState, label, views), 'Agencies and countries');
  assert.equal(
    describeView({ ...defaultState, view: 'countries', crimeArea: 'drug-trafficking', from: '2020-01-01', minWeight: 2, selected: 'country:ES' }, label, views),
    'Countries · drug trafficking · 2020-01-01 to … · links of 2+ reports · Spain');
  assert.equal(describeView({ ...defaultState, center: 'agency:europol', depth: 2 }, label, views), 'Agencies and countries · 2 hops around Europol');
});
