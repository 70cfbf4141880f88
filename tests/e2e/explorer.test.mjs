// The explorer in headless Chromium against the release build in dist/ (`make build`).
//
// The tests read what to do from the page (a word from a title, the top entity in the sidebar)
// rather than knowing the seed articles, and each fails on any console error or warning.
// Screenshots go to tests/e2e/artifacts/ (git-ignored); with UPDATE_SCREENSHOTS=1 the desktop
// and phone ones are also copied to docs/screenshots/ for the README (docs/testing.md;
// entities.test.mjs takes the entity page's), so that a test run leaves the git tree as it
// was. Figures (bytes loaded, time to cards, keystroke time) are printed as test diagnostics.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ARTIFACTS, assertNoProblems, launchBrowser, newContext, openPage, publishScreenshot, startServer, watchProblems, where } from './harness.mjs';

const DESKTOP = { width: 1440, height: 900 };
const PHONE = { width: 360, height: 740 };
let browser;
let server;
before(async () => {
  server = await startServer({ root: 'dist', base: '/' });
  browser = await launchBrowser();
  await mkdir(ARTIFACTS, { recursive: true });
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/**
 * Opens the app at `path` (relative to the site's base) and waits for the first card and for
 * the app (the home page shows prerendered cards and loads the app after the quick search).
 */
async function open(path = '', viewport = DESKTOP) {
  const opened = await openPage(browser, server.url + path, { viewport });
  await opened.page.locator('main article').first().waitFor();
  await opened.page.locator('html[data-app="ready"]').waitFor({ state: 'attached' });
  return opened;
}

const cards = (page) => page.locator('main article.card');
const facets = (page) => page.locator('#entities .facet');

/** A word of five or more letters from the first card's title, lower-cased. */
async function wordFromFirstTitle(page) {
  const title = await cards(page).first().locator('h2').innerText();
  const words = title.match(/\p{L}{5,}/gu) ?? [];
  assert.ok(words.length > 0, `no long word in "${title}"`);
  return words.sort((a, b) => b.length - a.length)[0].toLowerCase();
}

/** Name and article count of a sidebar entity button. */
async function facetInfo(facet) {
  const name = await facet.locator('.name').textContent();
  const count = Number.parseInt(await facet.locator('.count').textContent(), 10);
  return { name, count };
}

/** The route part of the URL (path from the base, query string), decoded. */
const hash = (page) => where(page);

test('typing a query shows matching cards with highlighted matches; Escape clears it', async () => {
  const { page, problems, context } = await open();
  const total = await cards(page).count();
  assert.ok(total > 0);
  const word = await wordFromFirstTitle(page);

  await page.keyboard.press('/');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'search', '/ focuses search');
  await page.keyboard.type(word);

  await page.locator('main article.card mark').first().waitFor();
  const shown = await cards(page).count();
  assert.ok(shown >= 1 && shown <= total, `${shown} of ${total}`);
  const firstMarks = await cards(page).first().locator('mark').allTextContents();
  assert.ok(firstMarks.length > 0, 'the best card has highlights');
  const stem = word.slice(0, 4);
  const allMarks = (await page.locator('main article.card mark').allTextContents()).map((m) => m.toLowerCase());
  assert.ok(allMarks.some((m) => m.includes(stem)), `a mark contains "${stem}": ${allMarks}`);
  assert.match(await page.locator('#summary').innerText(), new RegExp(`of ${total} article`));
  // The URL follows once typing pauses.
  await page.waitForFunction((w) => location.search.includes(`q=${w}`), word);

  await page.keyboard.press('Escape');
  assert.equal(await page.locator('#search').inputValue(), '');
  await page.waitForFunction((n) => document.querySelectorAll('main article.card').length === n, total);
  assert.equal(await page.locator('main mark').count(), 0);
  assertNoProblems(problems);
  await context.close();
});

test('clicking entities filters the cards, intersects, and shows removable chips', async () => {
  const { page, problems, context } = await open();
  const total = await cards(page).count();
  assert.ok((await facets(page).count()) > 0, 'the sidebar lists entities');
  const first = await facetInfo(facets(page).first());
  const counts = [];
  for (const f of await facets(page).all()) counts.push((await facetInfo(f)).count);
  const people = await page.locator('#group-person + ul .count').allTextContents();
  const peopleCounts = people.map((c) => Number.parseInt(c, 10));
  assert.deepEqual(peopleCounts, [...peopleCounts].sort((a, b) => b - a), 'sorted by count');

  await facets(page).first().click();
  const chip = page.getByRole('button', { name: `Remove filter: ${first.name}` });
  await chip.waitFor();
  assert.equal(await cards(page).count(), first.count, `${first.name} is in ${first.count} articles`);
  assert.match(await hash(page), /[?&]e=[\p{L}\p{N}-]+$/u, 'the filter is in the URL by its slug');
  assert.match(await page.locator('#summary').innerText(), new RegExp(`of ${total} articles? mentions? `));
  const pressed = page.locator('#entities .facet[aria-pressed="true"]');
  await page.waitForFunction(() => !document.querySelector('#entities[aria-busy="true"]'));
  assert.equal(await pressed.count(), 1);
  assert.equal((await facetInfo(pressed)).count, first.count, 'counts follow the results');

  // A second entity: the count shown is the number of cards after the click.
  const second = facets(page).locator('nth=1');
  if ((await facets(page).count()) > 1) {
    const info = await facetInfo(second);
    await second.click();
    await page.getByRole('button', { name: `Remove filter: ${info.name}` }).waitFor();
    assert.equal(await cards(page).count(), info.count);
    assert.equal(await page.locator('.active-filters .chip').count(), 2);
    await page.getByRole('button', { name: 'Clear all' }).click();
  } else {
    await chip.click();
  }
  await page.waitForFunction((n) => document.querySelectorAll('main article.card').length === n, total);
  assert.equal(await page.locator('.active-filters').count(), 0);
  assertNoProblems(problems);
  await context.close();
});

test('opening a card shows the whole article with highlights, and the way back keeps the view', async () => {
  const { page, problems, context } = await open('', PHONE);
  const word = await wordFromFirstTitle(page);
  await page.locator('#search').fill(word);
  await page.locator('main article.card mark').first().waitFor();
  const listed = await cards(page).count();
  const scrollable = await page.evaluate(() => document.documentElement.scrollHeight - innerHeight);
  const y = Math.min(200, scrollable);
  await page.evaluate((to) => scrollTo(0, to), y);
  const title = await cards(page).first().locator('h2').innerText();

  await cards(page).first().locator('h2 a').click();
  const reader = page.locator('article.reader');
  await reader.waitFor();
  // A title cut from a long first sentence is whole in the reader.
  assert.ok((await page.locator('#reader-title').innerText()).startsWith(title.replace(/…$/, '')), title);
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'reader-title', 'focus moves to the article');
  assert.ok((await reader.locator('.body p').count()) >= 1);
  assert.ok((await reader.locator('mark').count()) >= 1, 'query matches are highlighted');
  const mentions = reader.locator('.mention');
  assert.ok((await mentions.count()) >= 1, 'entity mentions are highlighted');
  assert.ok((await hash(page)).startsWith('article/'), await hash(page));
  assert.equal(await page.title(), `${title} · News Explorer`);

  await reader.locator('a.back').click();
  await cards(page).first().waitFor();
  assert.equal(await cards(page).count(), listed);
  assert.equal(await page.locator('#search').inputValue(), word);
  assert.ok(Math.abs((await page.evaluate(() => scrollY)) - y) <= 2, 'scroll position restored');

  // A mention in the reader toggles a filter.
  await cards(page).first().locator('h2 a').click();
  const mention = page.locator('article.reader .mention').first();
  const name = await mention.getAttribute('title');
  await mention.click();
  await page.locator('article.reader .mention[aria-pressed="true"]').first().waitFor();
  assert.match(name, /^Show articles that mention /);
  assert.equal(await page.locator('.active-filters .chip').count(), 1);
  assertNoProblems(problems);
  await context.close();
});

test('a copied link opens the same view, also after a reload; old hash links still work', async () => {
  const first = await open();
  const word = await wordFromFirstTitle(first.page);
  const entity = await facetInfo(facets(first.page).first());
  await first.context.close();

  // A link from before path routes: the hash, the entity by name.
  const old = `#/?q=${encodeURIComponent(word)}&e=${encodeURIComponent(entity.name)}`;
  const { page, problems, context } = await openPage(browser, server.url + old, { viewport: DESKTOP });
  // The home page loads the app after its start script has run, not before the load event.
  const ready = () => page.locator('html[data-app="ready"]').waitFor({ state: 'attached' });
  await ready();
  await page.locator('#summary').waitFor();
  const check = async () => {
    assert.equal(await page.locator('#search').inputValue(), word);
    await page.getByRole('button', { name: `Remove filter: ${entity.name}` }).waitFor();
    await page.waitForFunction(() => !document.querySelector('main .results.stale'));
    return page.locator('#summary').innerText();
  };
  const before = await check();
  // The URL now names the view by path and slug, and opens it again.
  await page.waitForFunction(() => /[?&]e=[^&%]+$/.test(location.search) && !location.hash);
  const link = await where(page);
  assert.match(link, new RegExp(`^\\?q=${word}&e=[\\p{L}\\p{N}-]+$`, 'u'), link);
  await page.reload();
  await ready();
  await page.locator('#summary').waitFor();
  assert.equal(await check(), before);
  assert.equal(await where(page), link);

  // An article link with a query.
  await page.goto(server.url + `?q=${encodeURIComponent(word)}`);
  await page.locator('main article.card mark').first().waitFor();
  const href = await cards(page).first().locator('h2 a').getAttribute('href');
  assert.match(href, /^article\/[^/]+\/\?q=/);
  await page.goto(server.url + href);
  await page.reload();
  await page.locator('article.reader mark').first().waitFor();
  // And an old hash link to an article.
  const id = href.split('/')[1];
  await page.goto(server.url + `#/article/${id}?q=${encodeURIComponent(word)}`);
  await page.locator('article.reader mark').first().waitFor();
  assertNoProblems(problems);
  await context.close();
});

test('back and forward move through filters, articles and searches', async () => {
  const { page, problems, context } = await open();
  const total = await cards(page).count();
  const word = await wordFromFirstTitle(page);
  await page.locator('#search').fill(word);
  await page.locator('main article.card mark').first().waitFor();
  const matching = await cards(page).count();

  const entity = await facetInfo(facets(page).first());
  await facets(page).first().click();
  await page.getByRole('button', { name: `Remove filter: ${entity.name}` }).waitFor();
  const filtered = await cards(page).count();
  await cards(page).first().locator('h2 a').click();
  await page.locator('article.reader').waitFor();

  await page.goBack();
  await cards(page).first().waitFor();
  assert.equal(await cards(page).count(), filtered, 'back: the filtered list');
  await page.goBack();
  await page.waitForFunction(() => !document.querySelector('.active-filters'));
  assert.equal(await cards(page).count(), matching, 'back: the search without the filter');
  assert.equal(await page.locator('#search').inputValue(), word);
  await page.goForward();
  await page.getByRole('button', { name: `Remove filter: ${entity.name}` }).waitFor();
  await page.goForward();
  await page.locator('article.reader').waitFor();
  await page.goBack();
  await page.goBack();
  await page.goBack();
  await page.waitForFunction((n) => document.querySelectorAll('main article.card').length === n, total);
  assert.equal(await page.locator('#search').inputValue(), '', 'back to the first, empty search');
  assertNoProblems(problems);
  await context.close();
});

test('phone-sized screen: one column, the sidebar a collapsible panel', async () => {
  const { page, problems, context } = await open('', PHONE);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
  assert.ok(overflow <= 0, `no sideways scrolling (${overflow}px too wide)`);
  const toggle = page.locator('.sidebar-toggle');
  assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
  assert.equal(await page.locator('#entity-panel').isVisible(), false);
  await page.screenshot({ path: join(ARTIFACTS, 'phone.png') });

  await toggle.click();
  assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
  await page.locator('#entity-panel').waitFor();
  const entity = await facetInfo(facets(page).first());
  await facets(page).first().click();
  assert.equal(await cards(page).count(), entity.count);
  await page.screenshot({ path: join(ARTIFACTS, 'phone-filtered.png'), fullPage: true });
  await publishScreenshot('phone.png');
  assertNoProblems(problems);
  await context.close();
});

test('screenshots and figures: bytes loaded, time to cards, keystroke time', async (t) => {
  const context = await newContext(browser, { viewport: DESKTOP });
  const page = await context.newPage();
  const problems = watchProblems(page);
  const bodies = [];
  page.on('response', async (res) => {
    try {
      bodies.push({ url: res.url(), body: await res.body() });
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
  await page.locator('main article.card').first().waitFor();
  await page.waitForLoadState('load');
  const cardsAt = await page.evaluate(() => window.__cardsAt);
  let raw = 0;
  let gzipped = 0;
  for (const { url, body } of bodies) {
    raw += body.length;
    const gz = gzipSync(body, { level: 9 }).length;
    gzipped += gz;
    t.diagnostic(`loaded ${new URL(url).pathname}: ${body.length} B, ${gz} B gzipped`);
  }
  t.diagnostic(`everything the page loads: ${raw} B, ${gzipped} B gzipped`);
  t.diagnostic(`navigation to cards on screen: ${cardsAt.toFixed(0)} ms`);

  // Keystroke to rendered frame, as the user types a word from the first title.
  const word = await wordFromFirstTitle(page);
  const times = await page.evaluate(async (w) => {
    const input = document.getElementById('search');
    const out = [];
    for (let i = 1; i <= w.length; i++) {
      const t0 = performance.now();
      input.value = w.slice(0, i);
      input.dispatchEvent(new InputEvent('input', { bubbles: true }));
      await new Promise((r) => requestAnimationFrame(() => r()));
      out.push(performance.now() - t0);
    }
    return out;
  }, word);
  t.diagnostic(`keystroke to next frame over "${word}": max ${Math.max(...times).toFixed(1)} ms, per key ${times.map((x) => x.toFixed(1)).join(' ')}`);

  await page.locator('main article.card mark').first().waitFor();
  await page.screenshot({ path: join(ARTIFACTS, 'desktop.png') });
  await publishScreenshot('desktop.png');

  await cards(page).first().locator('h2 a').click();
  await page.locator('article.reader').waitFor();
  await page.screenshot({ path: join(ARTIFACTS, 'desktop-reader.png') });
  await context.close();

  const dark = await openPage(browser, server.url, { viewport: DESKTOP, colorScheme: 'dark' });
  await dark.page.locator('main article.card').first().waitFor();
  const bg = await dark.page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  assert.equal(bg, 'rgb(22, 23, 27)', 'dark palette from the system setting');
  await dark.page.screenshot({ path: join(ARTIFACTS, 'desktop-dark.png') });
  assertNoProblems(dark.problems);
  await dark.context.close();
  assertNoProblems(problems);
});
