import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsBySubject, distinctOperations, eventIdsOf } from '../../wwwroot/js/operation-panel.js';

test('event ids of an evidence page are distinct, in order and bounded', () => {
  const evidence = { evidence: [{ eventId: 4 }, { eventId: 2 }, { eventId: 4 }, { eventId: 9 }] };
  assert.deepEqual(eventIdsOf(evidence), [4, 2, 9]);
  assert.deepEqual(eventIdsOf(evidence, 2), [4, 2]);
});

test('an operation told by several events is listed once', () => {
  const operations = distinctOperations([{ id: 7 }, null, { id: 3 }, { id: 7 }]);
  assert.deepEqual(operations.map((o) => o.id), [7, 3]);
});

test('claims are grouped by subject with each value and its reports', () => {
  const grouped = claimsBySubject({ claims: [
    { subject: 'arrests', value: '72', reportIds: [1, 2] },
    { subject: 'arrests', value: '95', reportIds: [3] },
    { subject: 'date', value: '2023-10-10', reportIds: [1] },
  ] });
  assert.deepEqual(grouped.map((g) => [g.subject, g.claims.length]), [['arrests', 2], ['date', 1]]);
  assert.deepEqual(grouped[0].claims[1], { value: '95', reportIds: [3] });
});
