// Presentation mode: panels hidden, large type, full screen where allowed. The arrow keys step
// through the deck: its title slide, then each saved view with its name, caption, notes and the
// legend; when nothing is saved, through the reports in date order, each highlighting the
// cooperation it documents and quoting its evidence. Leaving restores the view from before.

export function createPresentation({ button, controller, status, reports, deck, currentView, showView, showSlide, reportStep = async () => ({ nodes: [], quote: '' }) }) {
  let index = -1;
  let list = [];
  let before = '';

  function steps() {
    const { title, subtitle, slides } = deck();
    if (slides.length) {
      const opening = { label: title || 'Presentation', show: async () => showSlide({ title: title || 'Presentation', caption: subtitle, notes: `${slides.length} slide${slides.length === 1 ? '' : 's'} follow.` }) };
      return [opening, ...slides.map((v) => ({
        label: v.name,
        show: async () => {
          await showView(v.hash);
          showSlide({ title: v.name, caption: v.caption === v.name ? '' : v.caption, notes: v.notes });
        },
      }))];
    }
    return reports().map((r) => {
      const label = `${r.date || 'undated'} · ${r.title}`;
      return {
        label,
        show: async () => {
          const step = await reportStep(r.reportId);
          controller.highlightReport(r.reportId, step.nodes);
          showSlide({ title: r.title, caption: r.date || 'undated', quote: step.quote });
        },
      };
    });
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
      showSlide(null);
      if (deck().slides.length && currentView() !== before) showView(before);
      index = -1;
      list = [];
    }
    controller.cy.resize();
  }

  button.addEventListener('click', () => toggle());
  return { toggle, next: () => show(index + 1), previous: () => show(index - 1) };
}
