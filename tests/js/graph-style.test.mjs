import assert from 'node:assert/strict';
import { test } from 'node:test';
import { stylesheet, zoomClass, zoomClasses, zoomLimits, zoomStep } from '../../wwwroot/js/graph-style.js';

const palette = { kinds: { country: { colour: '#0072b2', shape: 'round-rectangle' }, event: { colour: '#999999', shape: 'diamond' } }, highlight: '#d55e00', path: '#009e73', selected: '#cc79a7' };
const theme = { text: '#222', background: '#fff', edge: '#999' };

test('every zoom the graph allows has a zoom-step class in the stylesheet', () => {
  const selectors = new Set(stylesheet({ colourBy: 'kind', sizeBy: 'none', maxSize: 1, maxWeight: 1, palette, theme }).map((rule) => rule.selector));
  for (const zoom of [zoomLimits.min, 0.1, 0.5, 1, 2, zoomLimits.max]) {
    const step = zoomClass(zoomStep(zoom));
    assert.ok(zoomClasses.includes(step), step);
    assert.ok(selectors.has(`node.${step}`), step);
  }
  assert.equal(zoomStep(1), 0);
});

test('a label keeps its size on screen within 12 % at any zoom', () => {
  const sheet = stylesheet({ colourBy: 'kind', sizeBy: 'none', maxSize: 1, maxWeight: 1, palette, theme, labelSize: 12 });
  for (let zoom = zoomLimits.min; zoom <= zoomLimits.max; zoom *= 1.07) {
    const rule = sheet.find((r) => r.selector === `node.${zoomClass(zoomStep(zoom))}`);
    const onScreen = rule.style['font-size'] * zoom;
    assert.ok(onScreen > 12 / 1.13 && onScreen < 12 * 1.13, `zoom ${zoom}: ${onScreen} px`);
  }
});
