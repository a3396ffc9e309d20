// The table view: every node with its metrics (the columns the vocabulary lists), sortable by any
// column, and CSV downloads.

import { toCsv } from './csv.js';
import { clear, download, el } from './dom.js';

const identityColumns = ['label', 'kind', 'countryCode'];
const edgeColumns = ['source', 'target', 'weight', 'kind'];

/** `metrics` gives the vocabulary's metrics when the table is drawn, so columns follow the API; a row's click (or Enter) calls `onRow(id)`. */
export function createTable(table, { nodes, edges, metrics, onRow = () => {} }) {
  const nodeColumns = () => [...identityColumns, ...metrics().map((m) => m.name)];
  let sortKey = 'degree';
  let descending = true;

  function render() {
    const rows = nodes().slice().sort((a, b) => {
      const x = a[sortKey]; const y = b[sortKey];
      const order = typeof x === 'number' && typeof y === 'number' ? x - y : String(x ?? '').localeCompare(String(y ?? ''));
      return descending ? -order : order;
    });
    const head = clear(table.tHead);
    const headRow = el('tr');
    for (const column of nodeColumns()) {
      const th = el('th', null, { scope: 'col', 'aria-sort': column === sortKey ? (descending ? 'descending' : 'ascending') : 'none' });
      const button = el('button', column, { type: 'button' });
      button.addEventListener('click', () => {
        descending = column === sortKey ? !descending : true;
        sortKey = column;
        render();
      });
      th.appendChild(button);
      headRow.appendChild(th);
    }
    head.appendChild(headRow);
    const body = clear(table.tBodies[0]);
    for (const row of rows) {
      const tr = el('tr', null, { tabindex: '0', 'data-id': row.id });
      tr.addEventListener('click', () => onRow(row.id));
      tr.addEventListener('keydown', (event) => { if (event.key === 'Enter') onRow(row.id); });
      for (const column of nodeColumns()) {
        const value = row[column];
        tr.appendChild(el('td', typeof value === 'number' && !Number.isInteger(value) ? value.toFixed(4) : value ?? ''));
      }
      body.appendChild(tr);
    }
  }

  return {
    render,
    downloadNodes: () => download(new Blob([toCsv(nodeColumns(), nodes())], { type: 'text/csv' }), 'nodes.csv'),
    downloadEdges: () => download(new Blob([toCsv(edgeColumns, edges())], { type: 'text/csv' }), 'edges.csv'),
  };
}
