import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';

const webRoot = new URL('../../wwwroot/', import.meta.url);
const page = readFileSync(new URL('index.html', webRoot), 'utf8');

/** Every module a module imports statically, directly or not, as paths under wwwroot. */
function importedFrom(path, found = new Set()) {
  const source = readFileSync(new URL(path, webRoot), 'utf8');
  for (const match of source.matchAll(/^import\s[^;]*?\sfrom\s+'([^']+)';/gms)) {
    const target = new URL(match[1], new URL(path, webRoot)).pathname.slice(webRoot.pathname.length);
    if (found.has(target)) continue;
    found.add(target);
    importedFrom(target, found);
  }
  return found;
}

test('index.html preloads exactly the modules the page imports, so none waits for the module that imports it', () => {
  const preloaded = [...page.matchAll(/<link rel="modulepreload" href="([^"]+)">/g)].map((m) => m[1]);
  assert.equal(new Set(preloaded).size, preloaded.length, 'a module is listed twice');
  const needed = new Set([...importedFrom('js/first-requests.js'), 'js/main.js', ...importedFrom('js/main.js')]);
  assert.deepEqual([...preloaded].sort(), [...needed].filter((path) => path !== 'js/first-requests.js').sort());
});

test('the first requests start from a module loaded ahead of the others, which main.js shares', () => {
  const early = page.indexOf('<script type="module" src="js/first-requests.js" async>');
  assert.ok(early >= 0, 'first-requests.js is not loaded on its own');
  assert.ok(early < page.indexOf('<link rel="stylesheet"'), 'first-requests.js should come before the style sheets it need not wait for');
  assert.ok(importedFrom('js/main.js').has('js/first-requests.js'));
});
