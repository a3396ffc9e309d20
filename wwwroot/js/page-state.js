// The page's state in one place: the view (which round-trips through the URL), the data loaded
// beside it, saved views, playback, the error banner and the readiness flags tests wait on.
// Which change needs what is data (`effects`), so handlers only say what changed. DOM-free:
// storage, timers and the element that carries the flags are handed in. Tested with node --test.

import { decodeState, encodeState } from './view-state.js';
import { addView, editView, moveView, parseDeck, removeView, serializeDeck } from './saved-views.js';

/** What a change of each view-state key needs: refetch the graph, re-run the layout, or restyle it. */
export const effects = Object.freeze({
  view: 'refetch',
  kinds: 'refetch',
  crimeArea: 'refetch',
  source: 'refetch',
  language: 'refetch',
  weight: 'refetch',
  from: 'refetch',
  to: 'refetch',
  minWeight: 'refetch',
  center: 'refetch',
  depth: 'refetch',
  layout: 'relayout',
  colourBy: 'restyle',
  sizeBy: 'restyle',
  theme: 'restyle',
  selected: 'none',
  budget: 'refetch',
  measure: 'refetch',
  alpha: 'refetch',
  include: 'refetch',
  expand: 'refetch',
  seed: 'relayout',
  pins: 'relayout',
  labelSize: 'restyle',
  region: 'refetch',
});

const strength = ['none', 'restyle', 'relayout', 'refetch'];

/** The strongest effect the changed keys need ('none' when nothing that shows changed). */
export function effectOf(keys) {
  return keys.reduce((most, key) => {
    const effect = effects[key] ?? 'none';
    return strength.indexOf(effect) > strength.indexOf(most) ? effect : most;
  }, 'none');
}

/** The view state plus what the page loaded beside it; `update` says which effect a change needs. */
export function createPageState(hash = '') {
  const view = decodeState(hash);
  return {
    view,
    countries: [],
    timeline: [],
    reportDates: new Map(),
    /** Reports per crime area and region (/api/coverage), or null when it could not be read. */
    coverage: null,
    /** The distinct report dates, in order: the steps of the date sliders and of playback. */
    dates: [],
    vocabulary: null,
    /** Applies a patch to the view; returns the effect the changed keys need. */
    update(patch) {
      const changed = Object.keys(patch).filter((key) => String(view[key]) !== String(patch[key]));
      Object.assign(view, patch);
      return effectOf(changed);
    },
    /** Replaces the whole view with the one a hash describes (a saved or shared view). */
    replace(nextHash) {
      return this.update(decodeState(nextHash));
    },
    hash: () => encodeState(view),
    /** How many dated reports are stored (the figure's source line cites it). */
    reportCount: 0,
    /** One entry per dated report: only read for small corpora (presentation by report), see `timelineAt`. */
    setTimeline(entries) {
      this.timeline = entries;
      this.reportDates = new Map(entries.map((t) => [t.reportId, t.date]));
      this.dates = [...new Set(entries.map((t) => t.date).filter(Boolean))].sort();
      this.reportCount = entries.length;
    },
    /** The per-day counts of /api/timeline/days: the slider steps and the report total, whatever the corpus size. */
    setDays({ days }) {
      this.reportCount = days.reduce((sum, d) => sum + d.reports, 0);
      this.dates = days.map((d) => d.date);
    },
  };
}

/**
 * The largest corpus whose report-by-report timeline (/api/timeline, one entry per report) the page
 * loads, for the presentation that steps through reports; above it the page keeps only the per-day
 * counts, since stepping through tens of thousands of reports is no presentation.
 */
export const timelineAt = 2000;

/** Whether the page loads the full timeline for a corpus of this many reports. */
export function wantsFullTimeline(reportCount) {
  return reportCount <= timelineAt;
}

/**
 * Hands out tickets so that a newer request or layout cancels an older one: only the latest
 * ticket is current, and whatever finishes with a stale ticket is dropped.
 */
export function createLatest() {
  let latest = 0;
  return {
    begin() {
      latest += 1;
      const id = latest;
      return { current: () => id === latest };
    },
  };
}

/**
 * The readiness flags on the graph element: `ready` is false while a change is under way and true
 * once drawn; `generation` counts settled renders so a waiter can ask for "the next" one. Drawn
 * means two animation frames after the change, and not if another change began meanwhile.
 */
export function createReadiness(flags, nextFrame) {
  let changes = 0;
  let generation = 0;
  return {
    busy() {
      changes += 1;
      flags.ready = 'false';
    },
    ready() {
      const change = changes;
      nextFrame(() => nextFrame(() => {
        if (change !== changes) return;
        generation += 1;
        flags.generation = String(generation);
        flags.ready = 'true';
      }));
    },
  };
}

/** The deck of saved views kept in storage between visits; without storage it lasts for this visit. */
export function createSavedViews(storage, key = 'graph.savedViews') {
  let deck;
  try {
    deck = parseDeck(storage?.getItem(key));
  } catch {
    deck = parseDeck(null); // storage disabled
  }
  const store = (next) => {
    deck = next;
    try {
      storage?.setItem(key, serializeDeck(deck));
    } catch {
      /* storage disabled or full: the deck still lasts for this visit */
    }
    return deck.slides;
  };
  const slides = (next) => store({ ...deck, slides: next });
  return {
    all: () => deck.slides,
    deck: () => deck,
    add: (hash, caption) => slides(addView(deck.slides, hash, caption)),
    edit: (i, patch) => slides(editView(deck.slides, i, patch)),
    move: (i, by) => slides(moveView(deck.slides, i, by)),
    remove: (i) => slides(removeView(deck.slides, i)),
    /** Sets the title slide's title and subtitle. */
    title: (patch) => store({ ...deck, ...patch }),
    /** Replaces the whole deck (an imported file, a deck opened by link). */
    replace: (next) => store(parseDeck(JSON.stringify(next))),
    clear: () => slides([]),
    summary: () => `${deck.slides.length} saved view${deck.slides.length === 1 ? '' : 's'}`,
  };
}

/** Steps through the report dates on a timer; a new start stops the one running. */
export function createPlayback({ dates, step, done, every = 700, timers = globalThis }) {
  let timer;
  return {
    start() {
      timers.clearInterval(timer);
      let i = 0;
      const list = dates();
      timer = timers.setInterval(() => {
        if (i >= list.length) {
          timers.clearInterval(timer);
          done();
          return;
        }
        step(list[i]);
        i += 1;
      }, every);
    },
  };
}

/** The error banner's text and how long it stays: `show` gives the message, `hide` fires later or on `clear()`. */
export function createErrorBanner({ show, hide, after = 10000, timers = globalThis }) {
  let timer;
  const banner = (error) => {
    show(error instanceof Error ? error.message : String(error));
    timers.clearTimeout(timer);
    timer = timers.setTimeout(hide, after);
  };
  /** A later success takes the message down at once: it no longer describes the page. */
  banner.clear = () => {
    timers.clearTimeout(timer);
    hide();
  };
  return banner;
}
