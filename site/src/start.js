// Written by the site generator from site/src/start.js: starts the quick search, then the app.
//
// On the home page (the list, no query string) the quick search (a small wasm module, the
// `quick` crate) loads first and answers what is typed into the prerendered search box. The
// app (the big wasm) is fetched once the quick search has shown the results of a query typed
// before it was ready or since, or when the visitor does anything but type in the box (a
// pointer or a key elsewhere, the focus elsewhere), or IDLE_MS after the quick search is ready
// if nothing was typed by then: so a query typed at once does not share the network with the
// app. Every other page, and any failure of the
// quick search, starts the app at once. When the app takes over it stops the quick search and
// keeps its results on the page until its own are there
// (`news_explorer::app::hand_over_quick_search`). docs/architecture.md says what loads when,
// and how the hand-off goes.
const APP_JS = './@APP_JS@';
const APP_WASM = './@APP_WASM@';
const QUICK_JS = './@QUICK_JS@';
const QUICK_WASM = './@QUICK_WASM@';
const IDLE_MS = 1000;

let appStarted = false;
/** Fetches the app's glue and wasm together (the home page does not preload them) and starts it. */
function startApp() {
  if (appStarted) return;
  appStarted = true;
  const wasm = fetch(new URL(APP_WASM, import.meta.url));
  import(APP_JS).then((glue) => glue.default({ module_or_path: wasm }));
}

/** A file the site stores gzipped (data, the quick wasm), inflated as it arrives. */
async function fetchInflated(url, type) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`HTTP ${response.status} for ${url}`);
  const body = response.body.pipeThrough(new DecompressionStream('gzip'));
  return new Response(body, { headers: { 'Content-Type': type } });
}

/** A data file's bytes. */
async function fetchBytes(url) {
  const inflated = await fetchInflated(url, 'application/octet-stream');
  return new Uint8Array(await inflated.arrayBuffer());
}

async function startQuick(gluePromise, box, bootPath) {
  const boot = new URL(bootPath, document.baseURI);
  const dataFolder = new URL('./', boot);
  // The glue, the wasm and the boot file's head at once (the page preloads the glue and the head
  // file; not the wasm, which a home page with a query string does not use).
  const wasm = fetchInflated(new URL(QUICK_WASM, import.meta.url), 'application/wasm');
  wasm.catch(() => {}); // a failure shows where it is awaited, or not at all if the boot file fails
  const [glue, bootBytes] = await Promise.all([gluePromise, fetchBytes(boot)]);
  await glue.default({ module_or_path: wasm });
  glue.start(bootBytes);
  let running = false;
  async function update() {
    if (running) return;
    running = true;
    try {
      // Each round fetches one step (search root, shards, articles); a query needs three.
      for (let round = 0; round < 8; round++) {
        const query = box.value;
        // The paths of the files it needs, one a line (a string crosses into JS with less code
        // than a list).
        const wanted = glue.show(query).split('\n').filter(Boolean);
        if (wanted.length === 0) {
          if (box.value !== query) continue;
          if (query.trim()) setTimeout(startApp, 0);
          return;
        }
        const files = await Promise.all(wanted.map((path) => fetchBytes(new URL(path, dataFolder))));
        wanted.forEach((path, i) => glue.add(path, files[i]));
      }
      startApp();
    } catch {
      startApp();
    } finally {
      running = false;
    }
  }
  const idle = setTimeout(startApp, IDLE_MS);
  box.addEventListener('input', () => {
    clearTimeout(idle);
    update();
  });
  const elsewhere = (event) => {
    if (event.target !== box) startApp();
  };
  for (const type of ['pointerdown', 'keydown', 'focusin']) document.addEventListener(type, elsewhere, { capture: true });
  if (box.value.trim()) {
    clearTimeout(idle);
    update();
  }
}

const box = document.getElementById('search');
// The quick search reads the boot file's head alone (a file of its own, without the first
// view's cards and entities, which the app reads from the whole boot file).
const bootPath = document.querySelector('meta[name="news-explorer-quick"]')?.content;
const home = document.querySelector('meta[name="news-explorer-page"]')?.content === '';
// The home page preloads the quick search's glue: it is imported there in any case.
const glue = home ? import(QUICK_JS) : null;
glue?.catch(() => {}); // unused with a query string; a failure where used starts the app
if (glue && box && bootPath && !location.search && !location.hash && typeof DecompressionStream === 'function') {
  // Enter in the box searches, as in the app: the form is not sent (that would reload the page).
  box.form?.addEventListener('submit', (event) => event.preventDefault());
  startQuick(glue, box, bootPath).catch(startApp);
} else {
  startApp();
}
