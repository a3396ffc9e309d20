import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  createErrorBanner, createLatest, createPageState, createPlayback, createReadiness, createSavedViews, effectOf, effects, timelineAt, wantsFullTimeline,
} from '../../wwwroot/js/page-state.js';
import { defaultState } from '../../wwwroot/js/view-state.js';

test('every view-state key says what its change needs', () => {
  assert.deepEqual(Object.keys(effects).sort(), Object.keys(defaultState).sort());
});

test('colour by restyles only: no refetch and no new layout', () => {
  const page = createPageState('');
  assert.equal(page.update({ colourBy: 'community' }), 'restyle');
  assert.equal(page.view.colourBy, 'community');
});

test('the strongest need wins when several keys change', () => {
  assert.equal(effectOf(['colourBy', 'layout']), 'relayout');
  assert.equal(effectOf(['theme', 'view', 'layout']), 'refetch');
  assert.equal(effectOf(['selected']), 'none');
  assert.equal(effectOf([]), 'none');
});

test('a change to the value already shown needs nothing', () => {
  const page = createPageState('#view=countries');
  assert.equal(page.update({ view: 'countries' }), 'none');
  assert.equal(page.update({ minWeight: 1 }), 'none');
  assert.equal(page.update({ minWeight: 3 }), 'refetch');
});

test('a saved view replaces the whole view and says what it needs', () => {
  const page = createPageState('#view=countries&colourBy=community');
  assert.equal(page.replace('view=countries'), 'restyle');
  assert.equal(page.view.colourBy, 'kind');
  assert.equal(page.hash(), 'view=countries');
});

test('the timeline gives report dates by id and the distinct dates in order', () => {
  const page = createPageState('');
  page.setTimeline([{ reportId: 2, date: '2021-01-01' }, { reportId: 1, date: '2020-05-05' }, { reportId: 3, date: '2021-01-01' }]);
  assert.deepEqual(page.dates, ['2020-05-05', '2021-01-01']);
  assert.equal(page.reportDates.get(1), '2020-05-05');
});

test('a newer request or layout makes the older one stale', () => {
  const latest = createLatest();
  const first = latest.begin();
  assert.ok(first.current());
  const second = latest.begin();
  assert.ok(!first.current());
  assert.ok(second.current());
});

function frames() {
  const queue = [];
  return { next: (callback) => queue.push(callback), flush: () => { while (queue.length) queue.shift()(); } };
}

test('ready is raised two frames after the last change, with a new generation', () => {
  const flags = {};
  const frame = frames();
  const readiness = createReadiness(flags, frame.next);
  readiness.busy();
  assert.equal(flags.ready, 'false');
  readiness.ready();
  frame.flush();
  assert.equal(flags.ready, 'true');
  assert.equal(flags.generation, '1');
});

test('ready is not raised when another change began meanwhile', () => {
  const flags = {};
  const frame = frames();
  const readiness = createReadiness(flags, frame.next);
  readiness.busy();
  readiness.ready();
  readiness.busy();
  frame.flush();
  assert.equal(flags.ready, 'false');
  assert.equal(flags.generation, undefined);
});

function memoryStorage() {
  const items = new Map();
  return { getItem: (k) => items.get(k) ?? null, setItem: (k, v) => items.set(k, v) };
}

test('saved views outlive the page through storage and count themselves', () => {
  const storage = memoryStorage();
  createSavedViews(storage).add('view=countries', 'Countries');
  const again = createSavedViews(storage);
  assert.deepEqual(again.all(), [{ hash: 'view=countries', name: 'Countries', caption: 'Countries', notes: '' }]);
  assert.equal(again.summary(), '1 saved view');
  again.clear();
  assert.equal(createSavedViews(storage).summary(), '0 saved views');
});

test('saved views last for the visit when storage throws', () => {
  const broken = { getItem: () => { throw new Error('denied'); }, setItem: () => { throw new Error('denied'); } };
  const views = createSavedViews(broken);
  views.add('a', 'b');
  assert.equal(views.all().length, 1);
});

function manualTimers() {
  let pending = null;
  return {
    setInterval: (callback) => { pending = callback; return 1; },
    clearInterval: () => { pending = null; },
    setTimeout: (callback) => { pending = callback; return 1; },
    clearTimeout: () => { pending = null; },
    tick: () => pending?.(),
  };
}

test('playback steps through every date, then says it is done', () => {
  const timers = manualTimers();
  const seen = [];
  let done = false;
  createPlayback({ dates: () => ['2020', '2021'], step: (d) => seen.push(d), done: () => { done = true; }, timers }).start();
  timers.tick();
  timers.tick();
  assert.ok(!done);
  timers.tick();
  assert.deepEqual(seen, ['2020', '2021']);
  assert.ok(done);
});

test('the error banner shows the message and hides it later', () => {
  const timers = manualTimers();
  const banner = { text: '', hidden: true };
  const show = createErrorBanner({ show: (m) => { banner.text = m; banner.hidden = false; }, hide: () => { banner.hidden = true; }, timers });
  show(new Error('Bad view'));
  assert.deepEqual(banner, { text: 'Bad view', hidden: false });
  timers.tick();
  assert.ok(banner.hidden);
});

test('the per-day timeline gives the slider dates and the dated report count without a list of reports', () => {
  const page = createPageState('');
  page.setDays({ reports: 9, undated: 2, days: [{ date: '2020-05-05', reports: 3 }, { date: '2021-01-01', reports: 4 }] });
  assert.deepEqual(page.dates, ['2020-05-05', '2021-01-01']);
  assert.equal(page.reportCount, 7);
  assert.deepEqual(page.timeline, []);
});

test('only a small corpus has its report-by-report timeline loaded', () => {
  assert.ok(wantsFullTimeline(12));
  assert.ok(wantsFullTimeline(timelineAt));
  assert.ok(!wantsFullTimeline(timelineAt + 1));
});
