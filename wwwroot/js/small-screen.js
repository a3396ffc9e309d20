// Small screens and touch: the side panels become drawers opened from the toolbar, and presentation
// mode gets on-screen Previous/Next buttons and swipes, which send the arrow keys presentation.js
// already answers.

/** Each button opens and closes its panel (a drawer on small screens); Escape closes an open one. */
export function attachDrawers(pairs) {
  const setOpen = (button, panel, open) => {
    panel.classList.toggle('open', open);
    button.setAttribute('aria-expanded', String(open));
    if (open) panel.focus?.();
  };
  for (const [button, panel] of pairs) {
    button.setAttribute('aria-controls', panel.id);
    button.setAttribute('aria-expanded', 'false');
    button.addEventListener('click', () => {
      const open = !panel.classList.contains('open');
      for (const [other, otherPanel] of pairs) if (other !== button) setOpen(other, otherPanel, false);
      setOpen(button, panel, open);
    });
  }
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    for (const [button, panel] of pairs) {
      if (panel.classList.contains('open')) {
        setOpen(button, panel, false);
        button.focus();
      }
    }
  });
}

const press = (key) => document.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));

/** A horizontal swipe of at least `distance` pixels, mostly sideways: 'next', 'previous' or null. */
export function swipeOf(start, end, distance = 60) {
  const dx = end.x - start.x;
  const dy = end.y - start.y;
  if (Math.abs(dx) < distance || Math.abs(dy) > Math.abs(dx) / 2) return null;
  return dx < 0 ? 'next' : 'previous';
}

/** Previous/Next buttons and swipes on `surface` step the presentation while it runs. */
export function attachPresentationNav({ previous, next, surface }) {
  previous?.addEventListener('click', () => press('ArrowLeft'));
  next?.addEventListener('click', () => press('ArrowRight'));
  let start = null;
  surface.addEventListener('touchstart', (event) => {
    if (event.touches.length === 1) start = { x: event.touches[0].clientX, y: event.touches[0].clientY };
  }, { passive: true });
  surface.addEventListener('touchend', (event) => {
    if (!start || !document.body.classList.contains('presenting')) return;
    const touch = event.changedTouches[0];
    const direction = swipeOf(start, { x: touch.clientX, y: touch.clientY });
    start = null;
    if (direction) press(direction === 'next' ? 'ArrowRight' : 'ArrowLeft');
  }, { passive: true });
}
