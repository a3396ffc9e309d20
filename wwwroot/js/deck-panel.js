// Wires the deck: "Save this view", the slide editor, presentation mode with its slide overlay (name,
// caption, quote, notes and the legend), export and import, the server save, and a deck opened by
// link (/?deck=KEY), which starts presenting. The DOM pieces are looked up by id in index.html.

import { api } from './api.js';
import { attachDeckControls, renderDeck } from './deck-editor.js';
import { renderLegend } from './legend.js';
import { createPresentation } from './presentation.js';
import { describeView } from './saved-views.js';

const $ = (id) => document.getElementById(id);

/** Fills the slide overlay, or hides it for `null`; `legend()` draws the legend of what is on screen into a list. */
function slideShower(legend) {
  return (slide) => {
    $('slide').hidden = !slide;
    if (!slide) return;
    $('slide-title').textContent = slide.title;
    $('slide-caption').textContent = slide.caption || '';
    $('slide-quote').textContent = slide.quote || '';
    $('slide-quote').hidden = !slide.quote;
    $('slide-notes').textContent = slide.notes || '';
    $('slide-notes-box').hidden = !slide.notes;
    legend($('slide-legend'));
  };
}

export function attachDeck({ savedViews, page, labelOf, controller, showView, showError }) {
  const state = page.view;
  let onlineKey = '';
  const changed = () => {
    $('saved-views').textContent = savedViews.summary();
    renderDeck($('deck-slides'), savedViews, changed);
  };
  $('save-view').addEventListener('click', () => {
    savedViews.add(page.hash(), describeView(state, labelOf, page.vocabulary.views));
    changed();
    $('status').textContent = `Saved for presenting: ${savedViews.all().at(-1).caption}`;
  });
  $('clear-views').addEventListener('click', () => { savedViews.clear(); changed(); });
  const controls = attachDeckControls({
    title: $('deck-title'),
    subtitle: $('deck-subtitle'),
    exportButton: $('export-deck'),
    importInput: $('import-deck'),
    saveButton: $('save-deck'),
    link: $('deck-link'),
    savedViews,
    onChange: changed,
    // Writes need the API key, the one typed for adding reports.
    saveOnline: async (deck) => {
      onlineKey = await api.saveDeck(deck, $('report-key').value, onlineKey);
      return `${location.origin}/?deck=${onlineKey}`;
    },
    onError: showError,
  });
  changed();
  const presentation = createPresentation({
    button: $('present'),
    controller,
    status: $('status'),
    reports: () => page.timeline,
    deck: savedViews.deck,
    currentView: page.hash,
    showView,
    showSlide: slideShower((list) => renderLegend(list, state, page.vocabulary)),
    // The graph's edges carry counts, not report ids: a report is shown by the nodes it names (agencies also by their country),
    // and quoted by the first sentence that places an actor in its first event.
    reportStep: async (id) => {
      const report = await api.report(id);
      return {
        nodes: report.actors.flatMap((a) => (a.countryCode ? [a.id, `country:${a.countryCode.toUpperCase()}`] : [a.id])),
        quote: report.events[0]?.participants[0]?.sentence ?? '',
      };
    },
  });
  $('slide-next').addEventListener('click', presentation.next);
  $('slide-previous').addEventListener('click', presentation.previous);

  return {
    /** Opens the deck a link names (/?deck=KEY) and starts presenting it. */
    async openLinked(key) {
      try {
        savedViews.replace(await api.deck(key));
        onlineKey = key;
        controls.showTitle();
        changed();
        presentation.toggle(true);
      } catch (error) {
        showError(error);
      }
    },
  };
}
