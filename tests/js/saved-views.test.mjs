import assert from 'node:assert/strict';
import { test } from 'node:test';
import { addView, describeView, maxSavedViews, parseViews, serializeViews } from '../../wwwroot/js/saved-views.js';
import { defaultState } from '../../wwwroot/js/view-state.js';

test('saved views survive storage in the order they were saved', () => {
  let views = [];
  views = addView(views, 'view=countries', 'Countries');
  views = addView(views, 'selected=agency%3Aeuropol', 'Europol');
  assert.deepEqual(parseViews(serializeViews(views)), [
    { hash: 'view=countries', name: 'Countries', caption: 'Countries', notes: '' },
    { hash: 'selected=agency%3Aeuropol', name: 'Europol', caption: 'Europol', notes: '' },
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
  assert.deepEqual(parseViews('[{"hash":"a","caption":"b","extra":1}, 7]'), [{ hash: 'a', name: 'b', caption: 'b', notes: '' }]);
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

test('slides are renamed, moved and deleted one by one', async () => {
  const { editView, moveView, removeView } = await import('../../wwwroot/js/saved-views.js');
  let views = ['a', 'b', 'c'].reduce((list, name) => addView(list, `minWeight=${name.length}`, name), []);
  views = editView(views, 1, { name: 'Brokers', notes: 'Ask who links the two groups.' });
  views = moveView(views, 1, -1);
  assert.deepEqual(views.map((v) => v.name), ['Brokers', 'a', 'c']);
  assert.equal(views[0].notes, 'Ask who links the two groups.');
  assert.deepEqual(moveView(views, 0, -1), views); // the first cannot move earlier
  assert.deepEqual(removeView(views, 1).map((v) => v.name), ['Brokers', 'c']);
});

test('a deck keeps its title and slides through a file, and the older plain list reads as a deck', async () => {
  const { parseDeck, serializeDeck } = await import('../../wwwroot/js/saved-views.js');
  const deck = { title: 'Cocaine routes', subtitle: 'Week 3', slides: addView([], 'view=countries', 'Countries') };
  assert.deepEqual(parseDeck(serializeDeck(deck)), deck);
  assert.deepEqual(parseDeck('[{"hash":"a","caption":"b"}]'), { title: '', subtitle: '', slides: [{ hash: 'a', name: 'b', caption: 'b', notes: '' }] });
  assert.deepEqual(parseDeck('{"title": 3}'), { title: '', subtitle: '', slides: [] });
});
