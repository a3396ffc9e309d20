import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decodeState, defaultState, encodeState, graphQuery } from '../../wwwroot/js/view-state.js';

test('a state survives encoding into a hash and decoding back', () => {
  const state = { ...defaultState, view: 'countries', layout: 'circle', colourBy: 'community', sizeBy: 'pagerank',
    kinds: 'country', crimeArea: 'cybercrime', from: '2022-01-01', to: '2023-12-31', minWeight: 3, selected: 'country:ES', theme: 'dark' };
  assert.deepEqual(decodeState(`#${encodeState(state)}`), state);
});

test('the default state encodes to an empty hash', () => {
  assert.equal(encodeState(defaultState), '');
});

test('ids with colons and spaces round-trip', () => {
  const state = { ...defaultState, selected: 'agency:spain-national-police', crimeArea: 'drug trafficking' };
  assert.equal(decodeState(encodeState(state)).selected, 'agency:spain-national-police');
  assert.equal(decodeState(encodeState(state)).crimeArea, 'drug trafficking');
});

test('unknown keys are ignored and bad numbers fall back to the default', () => {
  const state = decodeState('#minWeight=-4&bogus=1&layout=grid');
  assert.equal(state.minWeight, defaultState.minWeight);
  assert.equal(state.layout, 'grid');
  assert.equal('bogus' in state, false);
});

test('the graph query carries only the filters that narrow the graph', () => {
  assert.deepEqual(graphQuery(defaultState), { view: 'actors' });
  const query = graphQuery({ ...defaultState, kinds: 'agency', from: '2023-01-01', minWeight: 2, layout: 'grid', theme: 'dark' });
  assert.deepEqual(query, { view: 'actors', kinds: 'agency', from: '2023-01-01', minWeight: '2' });
});

test('the report language reaches the graph query and the link only when one is chosen', () => {
  assert.equal(graphQuery(defaultState).language, undefined);
  assert.equal(graphQuery({ ...defaultState, language: 'pt' }).language, 'pt');
  assert.equal(decodeState(`#${encodeState({ ...defaultState, language: 'fr' })}`).language, 'fr');
});

test('the evidence source reaches the graph query and the link only when it narrows the graph', () => {
  assert.equal(graphQuery({ ...defaultState, source: 'all' }).source, undefined);
  assert.equal(graphQuery({ ...defaultState, source: 'coded' }).source, 'coded');
  assert.equal(decodeState(`#${encodeState({ ...defaultState, source: 'reports' })}`).source, 'reports');
});

test('the edge weighting reaches the graph query and the link only when it is not the default', () => {
  assert.equal(graphQuery(defaultState).weight, undefined);
  assert.equal(graphQuery({ ...defaultState, weight: 'reports' }).weight, 'reports');
  assert.equal(decodeState(`#${encodeState({ ...defaultState, weight: 'newman' })}`).weight, 'newman');
  assert.equal(encodeState(defaultState).includes('weight'), false);
});
