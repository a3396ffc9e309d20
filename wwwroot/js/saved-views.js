// The sequence of views an educator saves to present: each is a view-state hash (see
// view-state.js) and a caption saying what it shows. Kept in localStorage between visits.
// DOM-free, tested with node --test.

export const maxSavedViews = 50;

/** The list with one more view at its end; the oldest go once the list is full. */
export function addView(views, hash, caption) {
  return [...views, { hash, caption }].slice(-maxSavedViews);
}

/** Saved views read back from storage text; anything malformed reads as no views, never an error. */
export function parseViews(text) {
  try {
    const parsed = JSON.parse(text ?? '[]');
    if (!Array.isArray(parsed)) return [];
    return parsed
      .filter((v) => v && typeof v.hash === 'string' && typeof v.caption === 'string')
      .map((v) => ({ hash: v.hash, caption: v.caption }))
      .slice(-maxSavedViews);
  } catch {
    return [];
  }
}

export function serializeViews(views) {
  return JSON.stringify(views);
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
