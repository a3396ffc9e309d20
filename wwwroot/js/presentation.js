// Presentation mode: panels hidden, large type, full screen where allowed, and the arrow keys step
// through the views the presenter saved, or, when none are saved, through the reports in date
// order, each highlighting the cooperation it documents. Leaving restores the view from before.

export function createPresentation({ button, controller, status, reports, savedViews, currentView, showView, reportNodes = async () => [] }) {
  let index = -1;
  let list = [];
  let before = '';

  function steps() {
    const views = savedViews();
    if (views.length) return views.map((v) => ({ label: v.caption, show: () => showView(v.hash) }));
    return reports().map((r) => ({ label: `${r.date || 'undated'} · ${r.title}`, show: async () => controller.highlightReport(r.reportId, await reportNodes(r.reportId)) }));
  }

  async function show(i) {
    if (!list.length) return;
    index = (i + list.length) % list.length;
    const step = list[index];
    await step.show(); // a saved view re-renders, which writes its own status first
    if (list[index] === step) status.textContent = `${index + 1}/${list.length} · ${step.label}`;
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
      before = currentView();
      list = steps();
      document.addEventListener('keydown', onKey);
      document.documentElement.requestFullscreen?.().catch(() => { /* not allowed here; the layout still changes */ });
      show(0);
    } else {
      document.removeEventListener('keydown', onKey);
      if (document.fullscreenElement) document.exitFullscreen().catch(() => {});
      controller.clearHighlight();
      status.textContent = '';
      if (savedViews().length && currentView() !== before) showView(before);
      index = -1;
      list = [];
    }
    controller.cy.resize();
  }

  button.addEventListener('click', () => toggle());
  return { toggle };
}
