// Presentation mode: panels hidden, large type, full screen where allowed, and the arrow keys step
// through the reports in date order, each highlighting the cooperation it documents.

export function createPresentation({ button, controller, status, steps }) {
  let index = -1;

  function show(i) {
    const list = steps();
    if (!list.length) return;
    index = (i + list.length) % list.length;
    const step = list[index];
    controller.highlightReport(step.reportId);
    status.textContent = `${index + 1}/${list.length} · ${step.date || 'undated'} · ${step.title}`;
  }

  function onKey(event) {
    if (event.key === 'ArrowRight' || event.key === 'PageDown' || event.key === ' ') { show(index + 1); event.preventDefault(); }
    else if (event.key === 'ArrowLeft' || event.key === 'PageUp') { show(index - 1); event.preventDefault(); }
    else if (event.key === 'Escape') toggle(false);
  }

  function toggle(on = !document.body.classList.contains('presenting')) {
    document.body.classList.toggle('presenting', on);
    button.setAttribute('aria-pressed', String(on));
    if (on) {
      document.addEventListener('keydown', onKey);
      document.documentElement.requestFullscreen?.().catch(() => { /* not allowed here; the layout still changes */ });
      show(0);
    } else {
      document.removeEventListener('keydown', onKey);
      if (document.fullscreenElement) document.exitFullscreen().catch(() => {});
      controller.clearHighlight();
      status.textContent = '';
      index = -1;
    }
    controller.cy.resize();
  }

  button.addEventListener('click', () => toggle());
  return { toggle };
}
