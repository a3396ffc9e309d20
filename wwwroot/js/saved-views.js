// The deck an educator presents: a title slide (title, subtitle) and the views they saved, each a
// view-state hash (see view-state.js) with a name, a caption saying what it shows and optional
// notes; reordered, renamed and deleted one by one. Kept in localStorage between visits, exported
// to a file or saved on the server. DOM-free, tested with node --test.

export const maxSavedViews = 50;

/** A slide of the deck: a saved view (its hash), the name it is listed and presented under, a caption and notes. */
export function slideOf(hash, caption, name = caption, notes = '') {
  return { hash, name, caption, notes };
}

/** The list with one more view at its end; the oldest go once the list is full. */
export function addView(views, hash, caption) {
  return [...views, slideOf(hash, caption)].slice(-maxSavedViews);
}

/** The list with slide `i` changed by `patch` (name, caption or notes). */
export function editView(views, i, patch) {
  return views.map((v, j) => (j === i ? { ...v, ...patch } : v));
}

/** The list with slide `i` moved `by` places (-1 earlier, +1 later), kept within the list. */
export function moveView(views, i, by) {
  const to = Math.min(Math.max(i + by, 0), views.length - 1);
  if (to === i) return views;
  const next = [...views];
  const [slide] = next.splice(i, 1);
  next.splice(to, 0, slide);
  return next;
}

/** The list without slide `i`. */
export function removeView(views, i) {
  return views.filter((_, j) => j !== i);
}

const text = (value, fallback = '') => (typeof value === 'string' ? value : fallback);

function slidesFrom(list) {
  return list
    .filter((v) => v && typeof v.hash === 'string' && (typeof v.caption === 'string' || typeof v.name === 'string'))
    .map((v) => slideOf(v.hash, text(v.caption, v.name), text(v.name, v.caption), text(v.notes)))
    .slice(-maxSavedViews);
}

/** Saved views read back from storage text (a deck, or the older plain list); anything malformed reads as no views, never an error. */
export function parseViews(source) {
  return parseDeck(source).slides;
}

/** A deck ({title, subtitle, slides}) read from storage or an exported file; the older plain list of views is a deck without a title. */
export function parseDeck(source) {
  const empty = { title: '', subtitle: '', slides: [] };
  try {
    const parsed = JSON.parse(source ?? '[]');
    if (Array.isArray(parsed)) return { ...empty, slides: slidesFrom(parsed) };
    if (!parsed || typeof parsed !== 'object' || !Array.isArray(parsed.slides)) return empty;
    return { title: text(parsed.title), subtitle: text(parsed.subtitle), slides: slidesFrom(parsed.slides) };
  } catch {
    return empty;
  }
}

export function serializeViews(views) {
  return JSON.stringify(views);
}

export function serializeDeck(deck) {
  return JSON.stringify({ title: deck.title, subtitle: deck.subtitle, slides: deck.slides }, null, 2);
}

/**
 * A caption for a view: what is shown, narrowed by which filters, around or at which actor.
 * `views` are the vocabulary's views, whose labels name what is shown.
 */
export function describeView(state, labelOf, views = []) {
  const parts = [views.find((v) => v.name === state.view)?.label ?? state.view];
  if (state.crimeArea) parts.push(state.crimeArea.replaceAll('-', ' '));
  if (state.from || state.to) parts.push(`${state.from || '…'} to ${state.to || '…'}`);
  if (state.minWeight > 1) parts.push(`links of ${state.minWeight}+ reports`);
  if (state.center) parts.push(`${state.depth} hop${state.depth === 1 ? '' : 's'} around ${labelOf(state.center)}`);
  else if (state.selected) parts.push(labelOf(state.selected));
  return parts.join(' · ');
}
