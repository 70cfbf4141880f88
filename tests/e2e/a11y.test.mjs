// Accessibility, checked by a tool and by the keyboard (issue 12.6), against the release build
// in dist/ (`make build`).
//
// axe-core (npm) runs on the home page, a search with results, a filter, the reader and an
// entity page, at desktop (1280) and phone (360) width, in the light and the dark colour scheme,
// and the test fails on any violation, listing each with the elements concerned. The keyboard
// tests tab through the page: every control is reached and shows a visible focus indicator.
// The result count is in a polite live region. Like the other tests, these read what to do from
// the page rather than knowing the seed articles, and fail on any console error.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { assertNoProblems, launchBrowser, openPage, runAxe, startServer } from './harness.mjs';

const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 360, height: 740 };

let browser;
let server;
/** How many of axe's rules each run passed, for the diagnostics. */
const rulesPassed = [];
before(async () => {
  server = await startServer({ root: 'dist', base: '/' });
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens `path` and waits until the app has taken the page over and shows its main content. */
async function open(path, viewport, colorScheme) {
  const opened = await openPage(browser, server.url + path, { viewport, colorScheme });
  await opened.page.locator('html[data-app="ready"]').waitFor();
  await opened.page.locator('main h1, main h2').first().waitFor();
  return opened;
}

/** Waits until nothing on the page is loading or about to change. */
async function settled(page) {
  await page.waitForFunction(
    () => !document.querySelector('[aria-busy="true"], .stale, .placeholder-text'),
  );
}

/** axe-core's violations on the page once it has settled, one line each. */
async function violations(page) {
  await settled(page);
  const found = await runAxe(page);
  assert.ok(found.passes > 10, `axe checked the page (${found.passes} rules passed)`);
  rulesPassed.push(found.passes);
  return found.violations;
}

/** A word of five or more letters from the first card's title. */
async function titleWord(page) {
  const title = await page.locator('main article.card h2').first().innerText();
  const words = title.match(/\p{L}{5,}/gu) ?? [];
  assert.ok(words.length > 0, `no long word in "${title}"`);
  return words.sort((a, b) => b.length - a.length)[0].toLowerCase();
}

/** On a phone the entity panel is collapsed behind a button: open it. */
async function openPanel(page) {
  const toggle = page.locator('.sidebar-toggle');
  if (await toggle.isVisible() && (await toggle.getAttribute('aria-expanded')) === 'false') {
    await toggle.click();
  }
}

for (const colorScheme of ['light', 'dark']) {
  for (const [width, viewport] of [['desktop', DESKTOP], ['phone', PHONE]]) {
    test(`axe finds no violation: ${width} width, ${colorScheme} scheme`, async () => {
      const { page, problems, context } = await open('', viewport, colorScheme);
      const report = {};
      const dark = await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches);
      assert.equal(dark, colorScheme === 'dark', 'the scheme is emulated');

      report.home = await violations(page);

      // A search with results.
      const word = await titleWord(page);
      await page.locator('#search').fill(word);
      await page.locator('main article.card mark').first().waitFor();
      report.search = await violations(page);

      // A filter: the first entity of the sidebar.
      await page.locator('#search').fill('');
      await page.waitForFunction(() => !location.search.includes('q='));
      await openPanel(page);
      await page.locator('#entities .facet').first().click();
      await page.waitForFunction(() => location.search.includes('e='));
      report.filter = await violations(page);

      // The reader.
      await page.locator('main article.card h2 a').first().click();
      await page.locator('article.reader .body p').first().waitFor();
      report.reader = await violations(page);

      // An entity page, from a mention in the article that has one.
      const entityHref = await page.locator('article.reader a.mention[href^="entity/"]').first().getAttribute('href');
      assert.ok(entityHref, 'an entity named in the article has a page');
      await page.goto(server.url + entityHref);
      await page.locator('.entity-page').waitFor();
      report['entity page'] = await violations(page);

      for (const [view, found] of Object.entries(report)) {
        if (found.length > 0) {
          console.log(`${view}, ${width}, ${colorScheme}:\n  ${found.join('\n  ')}`);
        }
      }
      console.log(`${width}, ${colorScheme}: ${Object.keys(report).length} views, rules passed per view: ${rulesPassed.splice(0).join(', ')}`);
      const total = Object.values(report).reduce((n, v) => n + v.length, 0);
      assert.equal(total, 0, `axe violations:\n${JSON.stringify(report, null, 2)}`);
      assertNoProblems(problems);
      await context.close();
    });
  }
}

/**
 * Tabs through the page from the top until focus comes back round (at most `limit` stops);
 * returns, for each stop, a description of the element and whether its focus is visible (an
 * outline or a box shadow that differs from the unfocused element's).
 */
async function tabThrough(page, limit) {
  // Start from the top of the document, wherever focus was (the reader focuses its title).
  await page.evaluate(() => {
    document.body.tabIndex = -1;
    document.body.focus();
    document.body.removeAttribute('tabindex');
    window.scrollTo(0, 0);
  });
  const stops = [];
  for (let i = 0; i < limit; i += 1) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(() => {
      const el = document.activeElement;
      if (!el || el === document.body) return null;
      const style = getComputedStyle(el);
      const outline = style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) > 0;
      const shadow = style.boxShadow && style.boxShadow !== 'none';
      const box = el.getBoundingClientRect();
      return {
        key: el.id || `${el.tagName.toLowerCase()} ${el.getAttribute('href') ?? ''} ${el.textContent.trim().slice(0, 40)}`,
        visible: outline || shadow,
        onScreen: box.width > 0 && box.height > 0,
        index: [...document.querySelectorAll('*')].indexOf(el),
      };
    });
    if (stop === null) break;
    if (stops.length > 0 && stop.index === stops[0].index) break;
    stops.push(stop);
  }
  return stops;
}

/** Every visible control of the page, as `tabThrough` names them. */
async function controls(page) {
  return page.evaluate(() => {
    // Elements taken out of the tab order on purpose (tabindex="-1": the reader's entity
    // mentions, listed once each in the sidebar, issue 13.6) are not expected in it.
    const selector = ':is(a[href], button:not([disabled]), input:not([type="hidden"]), select, textarea, [tabindex]):not([tabindex="-1"])';
    return [...document.querySelectorAll(selector)]
      .filter((el) => {
        const box = el.getBoundingClientRect();
        return box.width > 0 && box.height > 0 && getComputedStyle(el).visibility !== 'hidden';
      })
      .map((el) => el.id || `${el.tagName.toLowerCase()} ${el.getAttribute('href') ?? ''} ${el.textContent.trim().slice(0, 40)}`);
  });
}

for (const [width, viewport] of [['desktop', DESKTOP], ['phone', PHONE]]) {
  test(`every control is reached with Tab and shows its focus: ${width}`, async () => {
    const { page, problems, context } = await open('', viewport, 'light');
    await settled(page);
    const list = await controls(page);
    const stops = await tabThrough(page, list.length + 10);
    const reached = new Set(stops.map((s) => s.key));
    const missed = list.filter((c) => !reached.has(c));
    assert.deepEqual(missed, [], 'controls Tab does not reach');
    const hidden = stops.filter((s) => !s.visible || !s.onScreen).map((s) => s.key);
    assert.deepEqual(hidden, [], 'controls without a visible focus indicator');
    console.log(`${width}: ${stops.length} tab stops, all with a visible focus indicator`);

    // The reader: the same for its controls.
    await page.locator('main article.card h2 a').first().click();
    await page.locator('article.reader .body p').first().waitFor();
    await settled(page);
    const inReader = await controls(page);
    const readerStops = await tabThrough(page, inReader.length + 10);
    const readerReached = new Set(readerStops.map((s) => s.key));
    assert.deepEqual(inReader.filter((c) => !readerReached.has(c)), [], 'reader controls Tab does not reach');
    assert.deepEqual(readerStops.filter((s) => !s.visible).map((s) => s.key), [], 'reader focus not visible');
    assertNoProblems(problems);
    await context.close();
  });
}

test('the checks can fail: a planted low-contrast line and an unlabelled field are found', async () => {
  const { page, problems, context } = await open('', DESKTOP, 'dark');
  await settled(page);
  await page.evaluate(() => {
    const line = document.createElement('p');
    line.textContent = 'Planted text that is hard to read';
    line.style.color = '#3a3c45';
    document.querySelector('main').append(line);
    const field = document.createElement('input');
    field.type = 'text';
    document.querySelector('main').append(field);
  });
  const found = (await violations(page)).map((v) => v.split(' ')[0]);
  assert.ok(found.includes('color-contrast'), found.join(', '));
  assert.ok(found.includes('label'), found.join(', '));
  rulesPassed.splice(0);
  assertNoProblems(problems);
  await context.close();
});

test('the result count is announced: a polite live region that follows the search', async () => {
  const { page, problems, context } = await open('', DESKTOP, 'light');
  const region = page.locator('[aria-live="polite"]#summary');
  assert.equal(await region.count(), 1, 'the summary is a polite live region');
  const before = await region.innerText();
  const word = await titleWord(page);
  await page.locator('#search').fill(word);
  await page.locator('main article.card mark').first().waitFor();
  await settled(page);
  const after = await region.innerText();
  assert.notEqual(after, before, 'the count changed in the region');
  assert.match(after, /\d/);
  // The region is in the page from the start, so that screen readers watch it.
  const html = await (await fetch(server.url)).text();
  assert.match(html, /id="summary"[^>]*aria-live="polite"|aria-live="polite"[^>]*id="summary"/);
  assertNoProblems(problems);
  await context.close();
});

test('opening an article or an entity page whose file is still to load puts the focus on its heading', async () => {
  for (const viewport of [DESKTOP, PHONE]) {
    // The home page's cards come from the boot file: the article's own file loads on opening
    // it, so its heading is first a loading one, replaced when the file arrives.
    const { page, problems, context } = await open('', viewport);
    await page.locator('main article.card h2 a').first().focus();
    await page.keyboard.press('Enter');
    await page.locator('article.reader #reader-title').waitFor();
    await settled(page);
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'reader-title', 'the reader');
    await page.goBack();
    await page.locator('main article.card').first().waitFor();
    const pageLink = page.locator('main article.card .page-link').first();
    await pageLink.focus();
    await page.keyboard.press('Enter');
    await page.locator('article.entity-page #reader-title').waitFor();
    await settled(page);
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'reader-title', 'the entity page');
    assertNoProblems(problems);
    await context.close();
  }
});
