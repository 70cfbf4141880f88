// The release build in dist/ lists the five embedded seed titles, at the site root and under a
// GitHub Pages-style subpath (dist-subpath/, built with --public-url /news-explorer/).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { assertNoProblems, launchBrowser, openPage, startServer } from './harness.mjs';

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

// The start of each seed article's headline, as a reader of the five files would name it.
const SEED_TITLES = [
  'US Secretary of State John Kerry calls on Russia',
  "Kerry Says Russia 'Knows What It Needs To Do'",
  'US Secretary of State John Kerry has expressed concern',
  'U.S., Russia dispute Aleppo bombing',
  'As Russia began striking Homs',
];

for (const [root, base] of [
  ['dist', '/'],
  ['dist-subpath', '/news-explorer/'],
]) {
  test(`${root} served at ${base} shows every seed article`, async () => {
    const server = await startServer({ root, base });
    try {
      const { page, problems, context } = await openPage(browser, server.url);
      await page.locator('main article, main li').first().waitFor();
      const text = await page.locator('main').innerText();
      for (const title of SEED_TITLES) assert.ok(text.includes(title), `"${title}" is on the page`);
      assert.equal(await page.locator('main article, main li').count(), 5, text);
      assertNoProblems(problems);
      await context.close();
    } finally {
      await server.close();
    }
  });
}
