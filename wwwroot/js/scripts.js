// Loads classic (non-module) library scripts after the page's own modules have started, instead of
// as deferred <script> tags that the modules wait behind. The force-directed layout's libraries
// (0.3 MB) are needed only when a layout runs; the first picture's requests need not wait for them.

/**
 * Adds the scripts to the document, fetched together and run in the given order.
 * @param {string[]} urls same-origin script addresses (the Content-Security-Policy allows only 'self')
 * @returns {Promise<void>} resolves once the last one has run; rejects naming the first that failed
 */
export function loadScripts(urls, doc = document) {
  return Promise.all(urls.map((url) => new Promise((resolve, reject) => {
    const script = doc.createElement('script');
    script.src = url;
    script.async = false; // ordered: each library runs after the ones it extends
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`The script ${url} did not load.`));
    doc.head.appendChild(script);
  }))).then(() => undefined);
}
