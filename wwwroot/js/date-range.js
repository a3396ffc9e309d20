// The From/To sliders over the distinct report dates: each step is a date some report carries,
// and each end says which date it stands at. An end at its extreme means no limit ('' in the
// view state), so a link made before newer reports arrived still shows them.

export function createDateRange({ from, to, fromLabel, toLabel, onChange }) {
  let dates = [];

  /** Moves the sliders (and their labels) to a range of the view state. */
  function show(range) {
    from.value = String(Math.max(dates.indexOf(range.from), 0));
    to.value = String(range.to && dates.includes(range.to) ? dates.indexOf(range.to) : dates.length - 1);
    fromLabel.textContent = dates[Number(from.value)] || '';
    toLabel.textContent = dates[Number(to.value)] || '';
    // A screen reader announces the date a thumb stands at, not its step number.
    from.setAttribute('aria-valuetext', fromLabel.textContent || 'no reports');
    to.setAttribute('aria-valuetext', toLabel.textContent || 'no reports');
  }

  function change() {
    if (Number(from.value) > Number(to.value)) to.value = from.value;
    const range = {
      from: Number(from.value) === 0 ? '' : dates[Number(from.value)],
      to: Number(to.value) === dates.length - 1 ? '' : dates[Number(to.value)],
    };
    show(range);
    onChange(range);
  }

  from.addEventListener('change', change);
  to.addEventListener('change', change);

  return {
    show,
    /** Steps the sliders over these dates (sorted, distinct) and shows the range. */
    setDates(list, range) {
      dates = list;
      from.max = to.max = String(Math.max(dates.length - 1, 0));
      show(range);
    },
  };
}
