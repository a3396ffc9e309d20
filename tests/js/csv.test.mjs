import assert from 'node:assert/strict';
import { test } from 'node:test';
import { csvCell, toCsv } from '../../wwwroot/js/csv.js';

test('cells with commas, quotes or line breaks are quoted', () => {
  assert.equal(csvCell('a,b'), '"a,b"');
  assert.equal(csvCell('say "hi"'), '"say ""hi"""');
  assert.equal(csvCell('two\nlines'), '"two\nlines"');
});

test('cells a spreadsheet would run as a formula are defused', () => {
  assert.equal(csvCell('=HYPERLINK("x")'), '"\'=HYPERLINK(""x"")"');
  assert.equal(csvCell('@SUM(A1)'), "'@SUM(A1)");
});

test('a table has a header row and CRLF line ends', () => {
  assert.equal(toCsv(['id', 'degree'], [{ id: 'country:ES', degree: 3 }, { id: 'agency:europol' }]), 'id,degree\r\ncountry:ES,3\r\nagency:europol,\r\n');
});
