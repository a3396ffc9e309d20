// Tiny DOM helpers. Untrusted text only ever goes through textContent.

export function el(tag, text, attributes = {}) {
  const node = document.createElement(tag);
  if (text !== undefined && text !== null) node.textContent = String(text);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  return node;
}

export function clear(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
  return node;
}

/** A link to an external source, only for http(s) URLs. */
export function sourceLink(url, text) {
  if (!url || !/^https?:\/\//i.test(url)) return el('span', text);
  return el('a', text, { href: url, target: '_blank', rel: 'noopener noreferrer' });
}

export function download(blob, fileName) {
  const url = URL.createObjectURL(blob);
  const link = el('a', null, { href: url, download: fileName });
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
