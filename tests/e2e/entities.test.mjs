// Entity pages, quotations and related articles (issue 11): an entity's page shows who or
// what it is, the mentions in context, its quotations and who is named with it (with a link
// to the articles naming both); the reader marks quotations with their speaker and lists the
// related articles; the entity page works without JavaScript. The tests read what to open
// from the pages themselves. The way from the sidebar to an entity page, to one mentioned with
// it and on to a related article is taken at desktop and at phone width; its first entity page
// is the README's screenshot (docs/screenshots/entity.png with UPDATE_SCREENSHOTS=1, see
// docs/testing.md). Runs on the seeds' release build in dist/.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { ARTIFACTS, assertNoProblems, launchBrowser, newContext, publishScreenshot, startServer, watchProblems } from './harness.mjs';

const DESKTOP = { width: 1440, height: 900 };
const PHONE = { width: 360, height: 740 };

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

async function open(path, { javaScriptEnabled = true, viewport = { width: 1280, height: 900 } } = {}) {
  const context = await newContext(browser, { javaScriptEnabled, viewport });
  const page = await context.newPage();
  const problems = watchProblems(page);
  await page.goto(server.url + path);
  if (javaScriptEnabled) await page.waitForFunction(() => document.documentElement.dataset.app === 'ready');
  return { context, page, problems };
}

/** The href of the sidebar's page link of the first person (or else first entity) with one. */
async function firstEntityPage(page) {
  const person = page.locator('#entities .facets li:has(a.facet.person) a.page-link').first();
  const link = (await person.count()) ? person : page.locator('#entities a.page-link').first();
  return link.getAttribute('href');
}

test('the sidebar and the card chips lead to entity pages as well as to the filter', async () => {
  const { context, page, problems } = await open('');
  const item = page.locator('#entities .facets li:has(a.page-link)').first();
  const name = await item.locator('a.facet .name').innerText();
  assert.match(await item.locator('a.page-link').getAttribute('href'), /^entity\/[^/]+\/$/);
  await item.locator('a.page-link').click();
  await page.waitForURL(/\/entity\/[^/]+\/$/);
  // The entity's page file is fetched (the boot file carries the search root only).
  await page.waitForFunction((t) => document.querySelector('#reader-title')?.innerText === t, name);
  await page.goBack();
  // A chip filters; the link beside it opens the page.
  const pair = page.locator('main article.card .chip-pair:has(a.page-link)').first();
  const chip = await pair.locator('a.chip').innerText();
  await pair.locator('a.chip').click();
  await page.getByRole('button', { name: `Remove filter: ${chip}` }).waitFor();
  assert.equal(await page.evaluate(() => location.pathname), '/');
  await page.locator('main article.card .chip-pair:has(a.page-link)').first().locator('a.page-link').click();
  await page.waitForURL(/\/entity\/[^/]+\/$/);
  await page.locator('.entity-articles').waitFor();
  assertNoProblems(problems);
  await context.close();
});

/** Waits for the page (entity or article) titled `title`, or starting with it when `cut`. */
async function titled(page, title, { cut = false } = {}) {
  await page.waitForFunction(
    ([t, c]) => {
      const shown = document.querySelector('#reader-title')?.innerText;
      return c ? shown?.startsWith(t) : shown === t;
    },
    [title, cut],
  );
}

/** The page's title is on screen, and nothing is wider than the screen. */
async function assertInView(page) {
  const { top, height, overflow } = await page.evaluate(() => ({
    top: document.getElementById('reader-title').getBoundingClientRect().top,
    height: innerHeight,
    overflow: document.documentElement.scrollWidth - innerWidth,
  }));
  assert.ok(top >= 0 && top < height, `the title is on screen (${top}px)`);
  assert.ok(overflow <= 0, `no sideways scrolling (${overflow}px too wide)`);
}

for (const [width, viewport] of [
  ['desktop', DESKTOP],
  ['phone', PHONE],
]) {
  test(`at ${width} width: from the sidebar to an entity page, to one mentioned with it, to an article and a related one`, async () => {
    const { context, page, problems } = await open('', { viewport });
    if (width === 'phone') {
      // On a phone the sidebar is a panel, closed at first.
      assert.equal(await page.locator('#entity-panel').isVisible(), false);
      await page.locator('.sidebar-toggle').click();
      await page.locator('#entity-panel').waitFor();
    }
    // The sidebar's first entity with a page: the person named in the most articles.
    const item = page.locator('#entities .facets li:has(a.page-link)').first();
    const name = await item.locator('a.facet .name').innerText();
    await item.locator('a.page-link').click();
    await page.waitForURL(/\/entity\/[^/]+\/$/);
    await titled(page, name);
    await page.locator('section.mentioned-with a.with').first().waitFor();
    await assertInView(page);
    if (width === 'phone') {
      // The panel closed once the page opened from it, as it does after a filter choice.
      assert.equal(await page.locator('#entity-panel').isVisible(), false);
    }
    const shot = width === 'desktop' ? 'entity.png' : 'entity-phone.png';
    await page.screenshot({ path: join(ARTIFACTS, shot) });
    if (width === 'desktop') await publishScreenshot(shot);

    // "Mentioned with": the other entity's own page.
    const mentioned = page.locator('section.mentioned-with a.with').first();
    const other = await mentioned.innerText();
    assert.match(await mentioned.getAttribute('href'), /^entity\/[^/]+\/$/);
    await mentioned.click();
    await titled(page, other);
    await assertInView(page);

    // One of the articles naming it, then the first of that article's related articles.
    const article = page.locator('.entity-articles li > a').first();
    const title = (await article.innerText()).replace(/…$/, '');
    await article.click();
    await page.waitForURL(/\/article\/[^/]+\/$/);
    await titled(page, title, { cut: true });
    const related = page.locator('section.related a.related-title').first();
    const relatedTitle = await related.innerText();
    await related.click();
    await titled(page, relatedTitle);
    await page.locator('article.reader .body p').first().waitFor();
    await assertInView(page);
    assertNoProblems(problems);
    await context.close();
  });
}

test('an entity page: kind, mentions in context, quotations, and who is named with it', async () => {
  const list = await open('');
  const href = await firstEntityPage(list.page);
  await list.context.close();
  const { context, page, problems } = await open(href);
  const name = await page.locator('#reader-title').innerText();
  assert.ok(name.length > 0);
  assert.match(await page.locator('.entity-page .byline .kind').innerText(), /^(Person|Organisation|Place)$/);
  const items = page.locator('.entity-articles > li');
  const n = await items.count();
  const named = Number((await page.locator('.entity-page header .byline').innerText()).match(/named in (\d+) articles?/)[1]);
  assert.equal(n, Math.min(named, 50), 'the page lists the articles that name it');
  assert.ok(n >= 3, 'the sidebar\'s first person is named in several articles');
  assert.equal(await page.locator('.entity-articles > li .context strong').count(), n, 'each article shows its mention in context');
  for (const strong of await page.locator('.entity-articles .context strong').all()) {
    assert.ok((await strong.innerText()).trim().length > 0);
  }

  // "Mentioned with": ranked against chance, and said so; each links to the articles naming both.
  const section = page.locator('section.mentioned-with');
  await section.waitFor();
  assert.match(await section.locator('.note').innerText(), /as often as chance would have it .* ranked by how far above chance/);
  const first = section.locator('li').first();
  const other = await first.locator('a.with').innerText();
  const shared = Number((await first.locator('a.both').innerText()).match(/^(\d+) shared article/)[1]);
  assert.match(await first.locator('.lift').innerText(), /^\s*· ((\d+(\.\d)?) times )?as often as chance$/);
  const both = await first.locator('a.both').getAttribute('href');
  assert.match(both, /^\?e=[^&]+&e=[^&]+$/);
  await first.locator('a.both').click();
  await page.waitForURL((url) => url.search.split('e=').length === 3);
  await page.getByRole('button', { name: `Remove filter: ${name}` }).waitFor();
  await page.getByRole('button', { name: `Remove filter: ${other}` }).waitFor();
  await page.waitForFunction((k) => document.querySelectorAll('main article.card').length === k, shared);
  assert.equal(await page.locator('main article.card').count(), shared, 'the shared count is the number of articles naming both');
  assertNoProblems(problems);
  await context.close();
});

test('the reader marks quotations with their speaker and lists related articles', async () => {
  const { context, page, problems } = await open('');
  const ids = await page.locator('main article.card h2 a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  // Every article: its quotations say who said them, or that the speaker is unknown.
  let found = null;
  let unknown = 0;
  for (const href of ids) {
    await page.goto(server.url + href);
    await page.waitForFunction(() => document.documentElement.dataset.app === 'ready');
    await page.locator('article.reader .body p').first().waitFor();
    for (const u of await page.locator('.said-by .unknown').all()) {
      assert.equal(await u.innerText(), 'speaker unknown');
      unknown += 1;
    }
    if (!found && (await page.locator('.said-by a.speaker').count())) found = href;
  }
  assert.ok(found, 'a seed article has a quotation with a named speaker');
  assert.ok(unknown >= 1, 'a quotation nobody is named for says "speaker unknown"');
  await page.goto(server.url + found);
  await page.waitForFunction(() => document.documentElement.dataset.app === 'ready');
  await page.locator('.said-by a.speaker').first().waitFor();
  // Each quotation is marked, and each label says who said it (one label for the quotations of one
  // speaker that end in the same paragraph) or that the speaker is unknown.
  const said = page.locator('article.reader .said-by');
  for (const s of await said.all()) {
    const k = await s.getAttribute('data-quote');
    assert.ok((await page.locator(`article.reader .quote[data-quote="${k}"]`).count()) >= 1, `quotation ${k} is marked`);
    const text = await s.innerText();
    assert.match(text, /^Quotations?: (speaker unknown|\S.*)$/);
  }
  const speaker = page.locator('.said-by a.speaker').first();
  const who = await speaker.innerText();
  const quoted = await page.locator(`article.reader .quote[data-quote="${await speaker.locator('xpath=..').getAttribute('data-quote')}"]`).first().innerText();
  assert.ok(quoted.trim().split(/\s+/).length >= 3, 'a quotation of some words');

  // Related articles say what they share, and lead to the article.
  const related = page.locator('section.related > ol > li');
  assert.ok((await related.count()) >= 1, 'related articles are listed');
  assert.match(await page.locator('section.related .note').innerText(), /share the most/);
  assert.ok((await related.first().locator('.shared > li').count()) >= 1, 'what they share is said');
  const title = await related.first().locator('a.related-title').innerText();
  await related.first().locator('a.related-title').click();
  await page.waitForFunction((t) => document.querySelector('#reader-title')?.innerText === t, title);
  await page.goBack();
  await page.locator('.said-by a.speaker').first().waitFor();

  // The speaker's link is a plain link: to the speaker's page (its quotations) or the filter.
  const target = await page.locator('.said-by a.speaker').first().getAttribute('href');
  await page.locator('.said-by a.speaker').first().click();
  if (target.startsWith('entity/')) {
    await page.waitForURL(/\/entity\/[^/]+\/$/);
    await page.waitForFunction((t) => document.querySelector('#reader-title')?.innerText === t, who);
    await page.locator('.entity-quotes blockquote').first().waitFor();
  } else {
    await page.getByRole('button', { name: `Remove filter: ${who}` }).waitFor();
  }
  assertNoProblems(problems);
  await context.close();
});

test('without JavaScript an entity page is all there, and an article shows its quotations and related articles', async () => {
  const list = await open('');
  const href = await firstEntityPage(list.page);
  await list.context.close();
  const html = await (await fetch(server.url + href)).text();
  assert.match(html, /class="context"/, 'mentions in context are in the HTML');
  assert.match(html, /class="mentioned-with"/, '"mentioned with" is in the HTML');
  const { context, page, problems } = await open(href, { javaScriptEnabled: false });
  assert.ok((await page.locator('.entity-articles .context strong').count()) >= 3);
  assert.match(await page.locator('section.mentioned-with .note').innerText(), /ranked by how far above chance/);
  assert.ok((await page.locator('section.mentioned-with a.both').count()) >= 1);
  // An article from the list: its quotations and related articles are in the page.
  await page.locator('.entity-articles li > a').first().click();
  await page.waitForURL(/\/article\/[^/]+\/$/);
  assert.ok((await page.locator('section.related > ol > li').count()) >= 1, 'related articles without JavaScript');
  // With JavaScript off, Chromium drops the script's module preload: not a problem of the page.
  assertNoProblems(problems.filter((p) => !/^request failed: .*\.js$/.test(p)));
  await context.close();
});
