// The single-file build (`make single`, issue 12): dist-single/index.html opened straight from
// the file system works: search, a filter, an entity page and the reader, under its strict
// content security policy (every test fails on a console error or a policy violation).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT, assertNoProblems, launchBrowser, newContext, watchProblems } from './harness.mjs';

const FILE = pathToFileURL(join(ROOT, 'dist-single/index.html')).href;

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

async function open(hash = '') {
  const context = await newContext(browser, { viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const problems = watchProblems(page);
  await page.goto(FILE + hash);
  await page.waitForFunction(() => document.documentElement.dataset.app === 'ready');
  return { context, page, problems };
}

test('opened from disk: search, a filter, the reader', async () => {
  const { context, page, problems } = await open();
  const cards = page.locator('main article.card');
  const total = await cards.count();
  assert.ok(total >= 1);
  const title = await cards.first().locator('h2').innerText();
  const word = (title.match(/\p{L}{5,}/gu) ?? []).sort((a, b) => b.length - a.length)[0].toLowerCase();
  await page.locator('#search').fill(word);
  await page.locator('main article.card mark').first().waitFor();
  await page.waitForFunction((w) => location.hash.includes(`q=${w}`), word);

  await page.locator('#search').fill('');
  await page.waitForFunction((n) => document.querySelectorAll('main article.card').length === n, total);
  // The sidebar's counts follow once the typing has paused.
  await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'));
  const facet = page.locator('#entities .facet').first();
  const count = Number.parseInt(await facet.locator('.count').textContent(), 10);
  await facet.click();
  await page.locator('.active-filters').waitFor();
  assert.equal(await cards.count(), Math.min(count, 30));

  await cards.first().locator('h2 a').click();
  await page.locator('article.reader .body p').first().waitFor();
  assert.match(await page.evaluate(() => location.hash), /^#\/article\//);
  assertNoProblems(problems);
  await context.close();
});

test('opened from disk: an entity page by its hash route', async () => {
  const { context, page, problems } = await open();
  const link = await page.locator('#entities a.facet[href^="#/entity/"]').first().getAttribute('href');
  assert.ok(link, 'entities with a page link to it');
  const name = await page.locator(`#entities a.facet[href="${link}"] .name`).textContent();
  await page.goto(FILE + link);
  await page.locator('.entity-articles li a').first().waitFor();
  assert.equal(await page.locator('#reader-title').innerText(), name);
  await page.locator('.entity-articles li a').first().click();
  await page.locator('article.reader .body p').first().waitFor();
  assertNoProblems(problems);
  await context.close();
});
