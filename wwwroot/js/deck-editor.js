// The deck's editor in the Presentation panel: the title slide's title and subtitle, and each saved
// view as a slide with its name, caption and notes, moved up or down or deleted one by one; the
// deck exported to a file, imported from one, or saved on the server with a link that opens it.

import { clear, download, el } from './dom.js';
import { parseDeck, serializeDeck } from './saved-views.js';

/** Draws the slides of `savedViews` (page-state's deck) into `list`; every change redraws and calls `onChange`. */
export function renderDeck(list, savedViews, onChange) {
  clear(list);
  savedViews.all().forEach((slide, i) => {
    const n = i + 1;
    const item = el('li', null, { class: 'slide-item' });
    const field = (tag, label, value, key) => {
      const input = el(tag, null, { 'aria-label': `${label} of slide ${n}` });
      input.value = value;
      input.addEventListener('change', () => { savedViews.edit(i, { [key]: input.value }); onChange(); });
      item.appendChild(input);
    };
    field('input', 'Name', slide.name, 'name');
    field('input', 'Caption', slide.caption, 'caption');
    field('textarea', 'Notes', slide.notes, 'notes');
    const action = (text, label, run) => {
      const button = el('button', text, { type: 'button', 'aria-label': `${label} slide ${n}` });
      button.addEventListener('click', () => { run(); onChange(); });
      item.appendChild(button);
    };
    action('↑', 'Move up', () => savedViews.move(i, -1));
    action('↓', 'Move down', () => savedViews.move(i, 1));
    action('Delete', 'Delete', () => savedViews.remove(i));
    list.appendChild(item);
  });
}

/** Wires the title fields, export, import and the server save; `saveOnline(deck)` answers the link to show. */
export function attachDeckControls({ title, subtitle, exportButton, importInput, saveButton, link, savedViews, onChange, saveOnline, onError }) {
  const showTitle = () => { title.value = savedViews.deck().title; subtitle.value = savedViews.deck().subtitle; };
  title.addEventListener('change', () => { savedViews.title({ title: title.value }); onChange(); });
  subtitle.addEventListener('change', () => { savedViews.title({ subtitle: subtitle.value }); onChange(); });
  exportButton.addEventListener('click', () => download(new Blob([serializeDeck(savedViews.deck())], { type: 'application/json' }), 'deck.json'));
  importInput.addEventListener('change', async () => {
    const file = importInput.files?.[0];
    if (!file) return;
    const deck = parseDeck(await file.text());
    if (!deck.slides.length) {
      onError(new Error(`${file.name} holds no slides: choose a deck exported from this page.`));
      return;
    }
    savedViews.replace(deck);
    importInput.value = '';
    showTitle();
    onChange();
  });
  saveButton.addEventListener('click', async () => {
    try {
      const url = await saveOnline(savedViews.deck());
      clear(link).appendChild(el('a', url, { href: url }));
    } catch (error) {
      onError(error);
    }
  });
  showTitle();
  return { showTitle };
}
