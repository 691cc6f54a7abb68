// The scripts the bench runs inside the page, as source text: they run in Chromium before the page's own
// scripts (addInitScript), and the project's typecheck has no DOM library for bench/. Each leaves one
// number on window, a performance.now() reading, i.e. milliseconds since the navigation started.

/**
 * When the frame that first paints a product card of the home page's "Newest products" list runs its
 * rendering steps (performance.now() there, not rAF's timestamp, which may predate the card).
 */
export const FIRST_CARD_AT = 'window.benchFirstCardAt';

/** The frame that first paints an element matching `selector` (with a layout box) writes window[`name`]. */
function watchFirstPaint(selector: string, name: string): string {
  return `(() => {
  const shown = () => {
    const card = document.querySelector(${JSON.stringify(selector)});
    return card !== null && card.getClientRects().length > 0;
  };
  const observer = new MutationObserver(() => {
    if (!shown()) return;
    observer.disconnect();
    requestAnimationFrame(() => { window.${name} = performance.now(); });
  });
  observer.observe(document, { childList: true, subtree: true });
})();`;
}

export const WATCH_FIRST_CARD = watchFirstPaint(
  'section[aria-labelledby="newest-heading"] li.card',
  'benchFirstCardAt',
);

/** The same for the mobile app's catalog (clients/mobile): its first product tile in the "Products" list. */
export const FIRST_TILE_AT = 'window.benchFirstTileAt';
export const WATCH_FIRST_TILE = watchFirstPaint(
  '[role="list"][aria-label="Products"] [role="link"]',
  'benchFirstTileAt',
);

/** When the list's answer is parsed, with at least one product in it. */
export const DATA_AT = 'window.benchDataAt';

/**
 * For the config page (/shop/config.json, the app's connection): once it is parsed, sends the given
 * query with nothing but fetch and the API key from that JSON (Chromium shows JSON in a <pre>).
 */
export function fetchListOnLoad(query: string, variables: Record<string, unknown>): string {
  const body = JSON.stringify(JSON.stringify({ query, variables }));
  return `document.addEventListener('DOMContentLoaded', () => {
  const config = JSON.parse((document.querySelector('pre') ?? document.body).textContent);
  const headers = { 'content-type': 'application/json', 'x-api-key': config.apiKey };
  fetch(config.graphqlUrl, { method: 'POST', headers, body: ${body} })
    .then((r) => r.json())
    .then((answer) => {
      if (answer.data?.listProducts?.items?.length) window.benchDataAt = performance.now();
    });
});`;
}
