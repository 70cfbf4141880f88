// Prerendered pages (issue 12): the HTML of every page is there before the wasm; without
// JavaScript it is a usable site of links; with it, the app takes the HTML over without a
// second copy, a flash or a jump, and searches what was typed before it was ready. Runs on
// the seeds' release build in dist/.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { assertNoProblems, launchBrowser, newContext, startServer, watchProblems } from './harness.mjs';

let browser;
let server;
before(async () => {
  server = await startServer({ root: 'dist', base: '/' });
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

async function noScript() {
  const context = await newContext(browser, { javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const problems = watchProblems(page);
  return { context, page, problems };
}

test('without JavaScript the pages are a site of links: articles, entities, their pages', async () => {
  const { context, page, problems } = await noScript();
  await page.goto(server.url);
  const cards = page.locator('main article.card');
  assert.equal(await cards.count(), 5, 'every seed article is listed');
  const note = page.locator('form[role="search"] noscript');
  assert.ok(await note.isVisible(), 'the search box says why it does nothing');
  assert.match(await note.innerText(), /^Search needs JavaScript/);
  assert.ok(await page.locator('#entities .facet').first().isVisible(), 'the entity panel is open');

  // A card's title leads to the article's own page, with the whole text.
  const title = await cards.first().locator('h2').innerText();
  await cards.first().locator('h2 a').click();
  await page.waitForURL(/\/article\/[^/]+\/$/);
  assert.equal(await page.locator('#reader-title').innerText(), title);
  assert.ok((await page.locator('article.reader .body p').count()) >= 2);
  assert.equal(await page.title(), `${title} · News Explorer`);

  // An entity named in the article leads to its page, which lists the articles naming it.
  const mention = page.locator('article.reader a.mention[href^="entity/"]').first();
  const name = (await mention.getAttribute('title')).replace(/^Show articles that mention /, '');
  await mention.click();
  await page.waitForURL(/\/entity\/[^/]+\/$/);
  assert.equal(await page.locator('#reader-title').innerText(), name);
  const listed = page.locator('.entity-articles li a');
  assert.ok((await listed.count()) >= 1);
  await listed.first().click();
  await page.waitForURL(/\/article\/[^/]+\/$/);
  await page.locator('#reader-title').waitFor();
  // With JavaScript off, Chromium drops the script's module preload: not a problem of the page.
  assertNoProblems(problems.filter((p) => !/^request failed: .*\.js$/.test(p)));
  await context.close();
});

test('the HTML already holds the first view, and the app takes it over without a change', async () => {
  const html = await (await fetch(server.url)).text();
  assert.equal((html.match(/<article[^>]* class="card"/g) ?? []).length, 5, 'cards in the HTML');
  assert.match(html, /<meta http-equiv="Content-Security-Policy"/);
  assert.doesNotMatch(html, /<script>|<script type="module">\s*\S|style="/, 'no inline script or style');

  const context = await newContext(browser, { viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const problems = watchProblems(page);
  await page.addInitScript(() => {
    window.__shift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__shift += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(server.url);
  const firstCard = await page.locator('main article.card').first().elementHandle();
  // The app has taken over (it marks the page), so a click on an entity filters in place.
  await page.waitForFunction(() => document.documentElement.dataset.app === 'ready');
  await page.locator('#entities .facet').first().click();
  await page.locator('.active-filters').waitFor();
  assert.equal(await page.evaluate(() => location.pathname), '/', 'the click filtered in place');
  assert.equal(await page.locator('main').count(), 1, 'one copy of the page');
  assert.equal(await page.locator('header.top').count(), 1);
  await page.getByRole('button', { name: /Remove filter/ }).click();
  await page.waitForFunction(() => document.querySelectorAll('main article.card').length === 5);
  assert.ok(await firstCard.evaluate((el) => el.isConnected), 'the prerendered card element is the one in use');
  const shift = await page.evaluate(() => window.__shift);
  assert.ok(shift < 0.01, `layout shift ${shift}`);
  assertNoProblems(problems);
  await context.close();
});

test('what is typed before the app is ready is kept and searched', async () => {
  const context = await newContext(browser, { viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const problems = watchProblems(page);
  let release;
  const released = new Promise((ok) => {
    release = ok;
  });
  await page.route(/_bg\.wasm$/, async (route) => {
    await released;
    await route.continue();
  });
  await page.goto(server.url);
  const title = await page.locator('main article.card h2').first().innerText();
  const word = (title.match(/\p{L}{5,}/gu) ?? []).sort((a, b) => b.length - a.length)[0].toLowerCase();
  await page.locator('#search').fill(word);
  release();
  await page.locator('main article.card mark').first().waitFor();
  assert.equal(await page.locator('#search').inputValue(), word);
  await page.waitForFunction((w) => location.search.includes(`q=${w}`), word);
  assertNoProblems(problems);
  await context.close();
});

test('an entity page is prerendered, and with JavaScript its links still work', async () => {
  const context = await newContext(browser, { viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const problems = watchProblems(page);
  await page.goto(server.url);
  const href = await page.locator('#entities a.facet[href^="entity/"]').first().getAttribute('href');
  const html = await (await fetch(server.url + href)).text();
  assert.match(html, /class="entity-articles"/, 'the list is in the HTML');
  await page.goto(server.url + href);
  await page.locator('.entity-articles li a').first().waitFor();
  const title = await page.locator('.entity-articles li a').first().innerText();
  await page.locator('.entity-articles li a').first().click();
  await page.locator('article.reader .body p').first().waitFor();
  // A title cut from a long first sentence is whole in the reader.
  assert.ok((await page.locator('#reader-title').innerText()).startsWith(title.replace(/…$/, '')), title);
  await page.goBack();
  await page.locator('.entity-articles').waitFor();
  assertNoProblems(problems);
  await context.close();
});
