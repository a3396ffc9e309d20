import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createWorkerSpare, runsInWorker, splitLoose, startWorkerLayout, workerAbove } from '../../wwwroot/js/layout-worker.js';

/** A stand-in for a Worker that answers as told and records whether it was terminated. */
function fakeWorker(answer) {
  const worker = {
    terminated: false,
    posted: null,
    postMessage(message) {
      worker.posted = message;
      if (answer) queueMicrotask(() => worker.onmessage({ data: answer }));
    },
    terminate() { worker.terminated = true; },
  };
  return worker;
}

test('only force-directed layouts of large pictures run in the worker', () => {
  assert.equal(runsInWorker({ name: 'fcose' }, workerAbove + 1), true);
  assert.equal(runsInWorker({ name: 'fcose' }, workerAbove), false);
  assert.equal(runsInWorker({ name: 'circle' }, workerAbove * 10), false);
});

test('the worker gets the picture and only plain options, and its positions come back', async () => {
  const worker = fakeWorker({ positions: { a: { x: 1, y: 2 } } });
  const job = startWorkerLayout(() => worker, { nodes: [{ id: 'a', w: 10, h: 10 }], edges: [] },
    { name: 'fcose', quality: 'draft', randomize: true, nodeRepulsion: 9000, idealEdgeLength: 110, animate: false });
  assert.deepEqual(await job.done, { a: { x: 1, y: 2 } });
  assert.deepEqual(worker.posted.options, { quality: 'draft', randomize: true, nodeRepulsion: 9000, idealEdgeLength: 110 });
  assert.equal(worker.terminated, true);
});

test('stopping a layout terminates its worker and resolves to nothing', async () => {
  const worker = fakeWorker(null);
  const job = startWorkerLayout(() => worker, { nodes: [], edges: [] }, { name: 'fcose' });
  job.stop();
  assert.equal(await job.done, null);
  assert.equal(worker.terminated, true);
});

test('a failing worker rejects with its message', async () => {
  const job = startWorkerLayout(() => fakeWorker({ error: 'boom' }), { nodes: [], edges: [] }, { name: 'fcose' });
  await assert.rejects(job.done, /Layout failed: boom/);
});

test('the spare starts a worker only when prepared, and take starts one when none is ready', () => {
  let made = 0;
  const spare = createWorkerSpare(() => ({ n: ++made }));
  assert.equal(made, 0);
  assert.equal(spare.take().n, 1);
  assert.equal(made, 1);
  spare.prepare();
  spare.prepare();
  assert.equal(made, 2);
  assert.equal(spare.take().n, 2);
  assert.equal(spare.take().n, 3);
});

test('the worker gets the linked nodes and their links; nodes without a link are kept apart for the page to place', () => {
  const input = {
    nodes: ['a', 'b', 'c', 'd'].map((id) => ({ id, w: 10, h: 10, x: 0, y: 0 })),
    edges: [{ id: 'a|b', source: 'a', target: 'b' }],
    randoms: [0.5],
  };
  const { forces, loose } = splitLoose(input);
  assert.deepEqual(forces.nodes.map((n) => n.id), ['a', 'b']);
  assert.deepEqual(forces.edges, input.edges);
  assert.deepEqual(forces.randoms, [0.5]);
  assert.deepEqual(loose.map((n) => n.id), ['c', 'd']);
});
