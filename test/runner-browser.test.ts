import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, Browser } from 'playwright-core';
import { figureHtmlBundle } from '../kernel/notebook/display';
import { Notebook } from '../kernel/runner/notebookFile';
import { notebookHtml } from '../kernel/runner/render';

/**
 * In headless Chromium: markdown in a report cannot run script, and a figure's HTML fallback draws itself on any
 * page that shows it (after a reload, in a second tab), with a visible message when plotly.js cannot load.
 * On CI (CI=true) a missing Chromium is a failure; elsewhere these tests are skipped.
 */
const dir = mkdtempSync(join(tmpdir(), 'labelnoise-browser-'));
const haveChromium = spawnSync('which', ['chromium']).status === 0;
const skip = haveChromium ? false : process.env.CI === 'true' ? false : 'chromium not installed';
let browser: Browser | undefined;

before(async () => {
  if (!haveChromium) {
    if (process.env.CI === 'true') assert.fail('chromium is not installed (CI must install it: see .ci/install-debian-packages)');
    return;
  }
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
});
after(async () => browser?.close());

test('script, event handlers and javascript: links in markdown do not execute in the report page', { skip, timeout: 60_000 }, async () => {
  const markdown = [
    '# Title with $\\lambda_{\\min}$',
    '<script>window.__xss = (window.__xss || 0) + 1</script>',
    '<img src="missing.png" onerror="window.__xss = (window.__xss || 0) + 10">',
    '[click me](javascript:window.__xss=100)',
    '<a id="raw" href="javascript:window.__xss=1000">raw link</a>',
    '<svg><script>window.__xss=5</script></svg><details open ontoggle="window.__xss=7"><summary>s</summary>d</details>',
  ].join('\n\n');
  const nb: Notebook = { nbformat: 4, nbformat_minor: 5, metadata: {}, cells: [{ cell_type: 'markdown', source: markdown, metadata: {} }] };
  const path = join(dir, 'xss.html');
  writeFileSync(path, notebookHtml(nb, 'xss'));
  const page = await (browser as Browser).newPage();
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.goto(`file://${path}`);
  await page.waitForTimeout(300);
  for (const link of await page.$$('a')) await link.click().catch(() => {});
  await page.waitForTimeout(300);
  assert.equal(await page.evaluate('window.__xss'), undefined);
  assert.deepEqual(dialogs, []);
  assert.equal(await page.$$eval('math', (m) => m.length), 1, 'KaTeX MathML is kept');
  assert.equal(await page.$$eval('script', (s) => s.length), 0, 'no script element on a page without figures');
  await page.close();
});

function figurePage(name: string, breakLibrary = false): string {
  const figure = (id: string, title: string) => {
    const spec = {
      data: [{ x: [0, 1, 2, 3], y: [4, 1, 3, 2], name: 'loss', mode: 'lines+markers' }],
      layout: { title: { text: title } },
      config: { responsive: true },
    };
    const html = figureHtmlBundle(id, spec, title)['text/html'] as string;
    return breakLibrary ? html.replace(/lib="[^"]*"/, 'lib="not base64 at all!"') : html;
  };
  // what a notebook front end shows: output HTML inserted into the page, scripts run, no plotly.js of its own
  const path = join(dir, `${name}.html`);
  writeFileSync(
    path,
    `<!DOCTYPE html><html><head><meta charset="utf-8"></head><body><h1>outputs</h1>${figure('plot-a', 'first')}<p>between</p>${figure('plot-b', 'second')}</body></html>`,
  );
  return `file://${path}`;
}

async function drawnFigures(page: import('playwright-core').Page): Promise<number> {
  await page.waitForFunction("document.querySelectorAll('.js-plotly-plot .main-svg').length >= 2", undefined, { timeout: 30_000 });
  return page.$$eval('.js-plotly-plot', (plots) => plots.filter((p) => p.querySelectorAll('.trace').length > 0).length);
}

test('figures draw on every page that shows them: first load, after a reload, in a second tab', { skip, timeout: 120_000 }, async () => {
  const url = figurePage('figures');
  const context = await (browser as Browser).newContext();
  const errors: string[] = [];
  const tab = await context.newPage();
  tab.on('pageerror', (e) => errors.push(e.message));
  await tab.goto(url);
  assert.equal(await drawnFigures(tab), 2);
  assert.equal(
    await tab.$$eval('.labelnoise-plot-status', (m) => m.filter((x) => (x as unknown as { style: { display: string } }).style.display !== 'none').length),
    0,
    'the status messages are hidden once drawn',
  );
  await tab.reload();
  assert.equal(await drawnFigures(tab), 2, 'after a reload');
  const second = await context.newPage();
  await second.goto(url);
  assert.equal(await drawnFigures(second), 2, 'in a second tab');
  assert.ok(await second.$('.modebar-btn[data-title^="Download plot"]'), 'the modebar offers a PNG download');
  assert.deepEqual(errors, []);
  await context.close();
});

test('when plotly.js cannot load, the figure says so and the static image stays', { skip, timeout: 60_000 }, async () => {
  const page = await (browser as Browser).newPage();
  await page.goto(figurePage('broken', true));
  await page.waitForFunction("/could not be loaded/.test(document.querySelector('.labelnoise-plot-status')?.textContent ?? '')", undefined, {
    timeout: 15_000,
  });
  const status = await page.$eval('.labelnoise-plot-status', (m) => ({
    text: m.textContent,
    visible: (m as unknown as { offsetHeight: number }).offsetHeight > 0,
  }));
  assert.ok(status.visible, 'the message is visible');
  assert.equal(await page.$$eval('.labelnoise-plot img[src^="data:image/svg+xml"]', (i) => i.length), 2, 'the static SVG images stay');
  await page.close();
});
