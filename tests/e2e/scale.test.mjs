// The explorer on a generated collection of 1,000 articles (`make build-1k` writes dist-1k/;
// E2E_SCALE_DIST=other-dist runs the same tests on another build): search, filters, the reader,
// an entity without a page and failed fetches, with the data arriving file by file. Every test
// fails on a console error or warning, except the failures a test provokes. Figures (bytes and
// times to the first card and the first results, keystroke times) are printed as test
// diagnostics.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import { assertNoProblems, launchBrowser, newContext, openPage, runAxe, startServer, watchProblems, where } from './harness.mjs';

const DIST = process.env.E2E_SCALE_DIST || 'dist-1k';
const DESKTOP = { width: 1440, height: 900 };

let browser;
let server;
before(async () => {
  server = await startServer({ root: DIST, base: '/' });
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

const cards = (page) => page.locator('main article.card');
const facets = (page) => page.locator('#entities .facet');
// Current results, with the whole page of cards (while typing, the list renders a screenful
// first and the rest once the results stayed the same for a pause: `data-filling` until then).
const settled = (page) => page.waitForFunction(() => !document.querySelector('[aria-busy="true"], #results[data-filling]'));

async function open(path = '') {
  const opened = await openPage(browser, server.url + path, { viewport: DESKTOP });
  await cards(opened.page).first().waitFor();
  // The home page loads the app after the quick search (docs/architecture.md).
  await opened.page.locator('html[data-app="ready"]').waitFor({ state: 'attached' });
  return opened;
}

/** The longest word of five or more letters in the first card's title, lower-cased. */
async function titleWord(page) {
  const title = await cards(page).first().locator('h2').innerText();
  const words = title.match(/\p{L}{5,}/gu) ?? [];
  assert.ok(words.length > 0, `no long word in "${title}"`);
  return words.sort((a, b) => b.length - a.length)[0].toLowerCase();
}

async function facetInfo(facet) {
  const name = await facet.locator('.name').textContent();
  const count = Number.parseInt(await facet.locator('.count').textContent(), 10);
  return { name, count };
}

test('the first view needs the boot file only, then a search fetches what it needs', async () => {
  const start = server.requests.length;
  const { page, problems, context } = await open();
  const total = Number((await page.locator('#summary').innerText()).match(/^(\d[\d,]*) articles$/)[1].replace(/,/g, ''));
  assert.ok(total >= 1000, `${total} articles`);
  assert.equal(await cards(page).count(), 30);
  assert.ok((await facets(page).count()) >= 3, 'the sidebar has entities');
  const data = () => server.requests.slice(start).filter((p) => p.includes('/data/'));
  assert.deepEqual(
    data().filter((p) => !p.includes('/boot-') && !p.includes('/search-')),
    [],
    'no article, chunk or shard for the first view',
  );

  const word = await titleWord(page);
  await page.locator('#search').focus();
  await page.keyboard.type(word, { delay: 30 });
  await page.locator('main article.card mark').first().waitFor();
  await settled(page);
  const summary = await page.locator('#summary').innerText();
  assert.match(summary, new RegExp(`of ${total} articles? match(es)? “${word}”`), summary);
  assert.ok(data().some((p) => p.includes('/article/')), 'the cards fetched their articles');
  assert.equal(await page.locator('main article.card.loading').count(), 0, 'every card filled in');
  const marks = (await page.locator('main article.card mark').allTextContents()).map((m) => m.toLowerCase());
  assert.ok(marks.some((m) => m.includes(word.slice(0, 4))), `marks: ${marks}`);
  await page.waitForFunction((w) => location.search.includes(`q=${w}`), word);
  assertNoProblems(problems);
  await context.close();
});

test('a filter lists the articles that mention the entity, and the counts follow', async () => {
  const { page, problems, context } = await open();
  const first = await facetInfo(facets(page).first());
  await facets(page).first().click();
  await page.getByRole('button', { name: `Remove filter: ${first.name}` }).waitFor();
  await settled(page);
  const summary = await page.locator('#summary').innerText();
  assert.match(summary, new RegExp(`^${first.count} of \\d+ articles? mentions? `), summary);
  assert.equal(await cards(page).count(), Math.min(30, first.count));
  const pressed = page.locator('#entities .facet[aria-pressed="true"]');
  assert.equal((await facetInfo(pressed)).count, first.count, 'its own count is the number of results');
  // Every shown card names the entity among its chips or further down: the reader shows it.
  await cards(page).first().locator('h2 a').click();
  await page.locator('article.reader .mention').first().waitFor();
  const mentioned = await page.locator('article.reader .mention').allTextContents();
  assert.ok(mentioned.length > 0);
  assert.ok((await page.locator('article.reader .mention[aria-pressed="true"]').count()) >= 1, 'the filtered entity is marked');
  assertNoProblems(problems);
  await context.close();
});

test('an entity without a page (beyond the 500 of its kind) links to the filtered list, and its page\'s URL moves there', async () => {
  const { page, problems, context } = await open();
  const hrefs = await cards(page).locator('h2 a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  const mention = page.locator('article.reader a.mention[href^="?e="]').first();
  for (const href of hrefs) {
    await page.goto(server.url + href);
    await page.locator('article.reader .body p').first().waitFor();
    if (await mention.count()) break;
  }
  const slug = (await mention.getAttribute('href')).slice('?e='.length);
  const name = (await mention.getAttribute('title')).replace(/^Show articles that mention /, '');
  const item = page.locator(`#entities li:has(a.facet[href="?e=${slug}"])`);
  assert.equal(await item.locator('a.page-link').count(), 0, 'no page link beside it in the sidebar');
  await page.goto(`${server.url}entity/${slug}/`);
  await page.waitForURL((url) => url.pathname === '/' && url.search === `?e=${slug}`);
  await page.getByRole('button', { name: `Remove filter: ${name}` }).waitFor();
  await settled(page);
  assert.match(await page.locator('#summary').innerText(), new RegExp(`^\\d+ of \\d+ articles? mentions? ${name}$`));
  // The host answers that path with 404.html and status 404, as GitHub Pages does.
  assertNoProblems(problems.filter((p) => p !== `HTTP 404: ${server.url}entity/${slug}/` && !/status of 404 \(Not Found\)$/.test(p)));
  await context.close();
});

test('the reader opens from a card and from its own URL, and back keeps the list', async () => {
  const { page, problems, context } = await open();
  const word = await titleWord(page);
  await page.locator('#search').fill(word);
  await page.locator('main article.card mark').first().waitFor();
  await settled(page);
  const listed = await cards(page).count();
  const title = await cards(page).first().locator('h2').innerText();
  await cards(page).first().locator('h2 a').click();
  await page.locator('article.reader .body p').first().waitFor();
  // A title cut from a long first sentence is whole in the reader.
  assert.ok((await page.locator('#reader-title').innerText()).startsWith(title.replace(/…$/, '')), title);
  assert.ok((await page.locator('article.reader mark').count()) >= 1);
  const url = page.url();
  assert.match(await where(page), /^article\/[^/]+\/\?q=/);
  await page.goBack();
  await cards(page).first().waitFor();
  await settled(page);
  assert.equal(await cards(page).count(), listed);

  // The article's own page, opened directly.
  const direct = await openPage(browser, url, { viewport: DESKTOP });
  await direct.page.locator('article.reader mark').first().waitFor();
  assert.ok((await direct.page.locator('#reader-title').innerText()).startsWith(title.replace(/…$/, '')), title);
  assert.equal(await direct.page.title(), `${title} · News Explorer`);
  assertNoProblems(direct.problems);
  await direct.context.close();
  assertNoProblems(problems);
  await context.close();
});

test('new results show a screenful of cards first, the whole page once typing pauses, under one count', async () => {
  const { page, problems, context } = await open();
  await page.locator('#search').fill('time');
  // The new results, current, while the rest of the page waits for the pause.
  const before = await (
    await page.waitForFunction(() => {
      const results = document.querySelector('#results[data-filling][aria-busy="false"]');
      return (
        results && {
          summary: document.querySelector('#summary').innerText,
          cards: results.querySelectorAll('article.card').length,
          more: results.querySelectorAll('.show-more').length,
          stale: results.classList.contains('stale'),
        }
      );
    })
  ).jsonValue();
  const { summary } = before;
  assert.ok(before.cards >= 1 && before.cards <= 10, `${before.cards} cards before the pause`);
  assert.equal(before.more, 0, 'no "Show more" while the page fills');
  assert.equal(before.stale, false);
  await settled(page);
  assert.equal(await cards(page).count(), 30, 'the whole page once typing paused');
  assert.equal(await page.locator('#summary').innerText(), summary, 'the count line counts matches, not cards');
  assert.match(await page.locator('main .show-more').innerText(), /^Show 30 more of \d+$/);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a file that cannot be fetched is reported with a retry, never as results', async () => {
  const { page, problems, context } = await open();
  const word = await titleWord(page);
  server.fail((path) => path.includes('/data/') && !path.includes('/boot-'));
  try {
    await page.locator('#search').fill(word);
    const alert = page.locator('main .load-error');
    await alert.waitFor();
    assert.match(await alert.innerText(), /could not be loaded \(HTTP 500\)/);
    assert.equal(await page.locator('#summary').innerText(), 'The search could not finish');
    assert.equal(await page.locator('main .results.stale').count(), 1, 'the old list is marked as not current');
    assert.equal(await page.locator('main article.card mark').count(), 0);
  } finally {
    server.fail(null);
  }
  await page.locator('main .load-error button.retry').click();
  await page.locator('main article.card mark').first().waitFor();
  await settled(page);
  assert.equal(await page.locator('main .load-error').count(), 0);
  assert.match(await page.locator('#summary').innerText(), new RegExp(`“${word}”`));
  const unexpected = problems.filter((p) => !/HTTP 500|status of 500/.test(p));
  assertNoProblems(unexpected);
  await context.close();
});

test("an article whose quotations and related articles cannot be fetched says so and offers a retry", async () => {
  const { page, problems, context } = await open();
  server.fail((path) => path.includes('/extras/'));
  try {
    await cards(page).first().locator('h2 a').click();
    await page.locator('article.reader .body p').first().waitFor();
    const note = page.locator('article.reader .extras-error');
    await note.waitFor();
    assert.match(await note.innerText(), /quotations and related articles could not be loaded \(HTTP 500\)/);
    assert.equal(await page.locator('article.reader .related').count(), 0);
  } finally {
    server.fail(null);
  }
  await page.locator('article.reader .extras-error button.retry').click();
  await page.locator('article.reader .extras-error').waitFor({ state: 'detached' });
  await page.locator('article.reader .related').waitFor();
  const unexpected = problems.filter((p) => !/HTTP 500|status of 500/.test(p));
  assertNoProblems(unexpected);
  await context.close();
});

test('figures: bytes and time to the first card and to the first results, keystrokes', async (t) => {
  const context = await newContext(browser, { viewport: DESKTOP });
  const page = await context.newPage();
  const problems = watchProblems(page);
  const responses = [];
  page.on('response', async (res) => {
    try {
      const body = await res.body();
      responses.push({ at: Date.now(), path: new URL(res.url()).pathname, gz: gzipSync(body, { level: 9 }).length, raw: body.length });
    } catch {
      // Redirects have no body.
    }
  });
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (document.querySelector('main article.card')) {
        window.__cardsAt = performance.now();
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto(server.url);
  await cards(page).first().waitFor();
  await page.waitForLoadState('load');
  const cardsAt = await page.evaluate(() => window.__cardsAt);
  const sum = (list) => list.reduce((a, r) => a + r.gz, 0);
  const firstCard = [...responses];
  t.diagnostic(`first card after ${cardsAt.toFixed(0)} ms, ${sum(firstCard)} B gzipped in ${firstCard.length} files: ${firstCard.map((r) => `${r.path.split('/').pop()} ${r.gz}`).join(', ')}`);

  const word = await titleWord(page);
  const typed = Date.now();
  const before = responses.length;
  await page.locator('#search').focus();
  await page.keyboard.type(word);
  await page.waitForFunction(
    () => document.querySelector('main article.card mark') && !document.querySelector('main .results.stale') && !document.querySelector('main article.card:first-child.loading'),
  );
  const firstResults = Date.now() - typed;
  const more = responses.slice(before);
  t.diagnostic(`first results ${firstResults} ms after typing "${word}" began, ${sum(more)} B gzipped more in ${more.length} files; ${sum(responses)} B gzipped in all`);

  // Keystroke to the next frame, once the files for the word are loaded: type it again.
  const times = await page.evaluate(async (w) => {
    const input = document.getElementById('search');
    const out = [];
    for (let round = 0; round < 3; round++) {
      for (let i = 1; i <= w.length; i++) {
        const t0 = performance.now();
        input.value = w.slice(0, i);
        input.dispatchEvent(new InputEvent('input', { bubbles: true }));
        await new Promise((r) => requestAnimationFrame(() => r()));
        out.push(performance.now() - t0);
      }
    }
    return out.sort((a, b) => a - b);
  }, word);
  const p = (q) => times[Math.min(times.length - 1, Math.floor(q * times.length))].toFixed(1);
  t.diagnostic(`keystroke to next frame (loaded): p50 ${p(0.5)} ms, p95 ${p(0.95)} ms, max ${times.at(-1).toFixed(1)} ms over ${times.length} keys`);
  assertNoProblems(problems);
  await context.close();
});

test('the list can be put in date order: newest first, the undated last and said so, in the URL', async () => {
  const { page, problems, context } = await open();
  const order = page.locator('nav.order');
  await order.waitFor();
  assert.equal(await order.locator('a[aria-current="true"]').innerText(), 'Collection order');
  const start = server.requests.length;
  await order.getByRole('link', { name: 'Newest first' }).click();
  await page.waitForFunction(() => location.search.includes('sort=newest'));
  await order.locator('a[aria-current="true"]', { hasText: 'Newest first' }).waitFor();
  await settled(page);
  assert.ok(
    server.requests.slice(start).some((p) => /\/data\/dates-[0-9a-f]+\.bin$/.test(p)),
    'the date order is fetched when asked for',
  );
  // Dates as written, in calendar order, newest first.
  const dates = await cards(page).locator('.byline .date:not(.undated)').allTextContents();
  assert.ok(dates.length >= 2, `${dates.length} dated cards`);
  const days = dates.map((d) => Date.parse(d));
  assert.ok(days.every((d) => !Number.isNaN(d)), dates.join(', '));
  assert.deepEqual(days, [...days].sort((a, b) => b - a), dates.join(', '));
  // Articles without a date come after the dated ones, say so, and the note counts them.
  assert.match(await order.locator('.undated-note').innerText(), /^\d[\d,]* articles? ha(s|ve) no date/);
  assert.deepEqual((await runAxe(page)).violations, [], 'the order links and the note pass axe');
  // The served page is the home page's markup in collection order: read the first card once
  // the app has taken over and the date order has been applied (not while it loads).
  await page.goto(`${server.url}?sort=oldest`);
  await page.locator('html[data-app="ready"]').waitFor({ state: 'attached' });
  await order.locator('a[aria-current="true"]', { hasText: 'Oldest first' }).waitFor();
  await settled(page);
  const oldest = await cards(page).first().locator('.byline .date').innerText();
  assert.ok(Date.parse(oldest) <= Date.parse(dates[dates.length - 1]), `${oldest} is the oldest`);
  assertNoProblems(problems);
  await context.close();
});
