// The built site in a real browser (Debian's chromium driven by playwright-core; never a downloaded
// browser) and in the W3C Nu HTML checker (vnu-jar, Java). Skipped with a message when chromium or
// Java is absent; required when CI=true.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { createRenderer } from '../../src/render/index.js';
import { PACKAGE_ROOT } from '../../src/render/compile.js';
import { buildSiteFromTei } from '../../src/site/index.js';
import { startServer } from '../../src/cli/serve.js';

const CI = process.env.CI === 'true';
const CHROMIUM = '/usr/bin/chromium';
const require = createRequire(import.meta.url);
const VNU = require('vnu-jar') as string;
const ARTIFACTS = join(PACKAGE_ROOT, 'test-artifacts');

const hasJava = spawnSync('java', ['-version'], { stdio: 'ignore' }).status === 0;
const hasChromium = existsSync(CHROMIUM);

function availability(present: boolean, what: string): boolean {
  if (present) return true;
  if (CI) throw new Error(`${what} is required when CI=true but is not installed`);
  console.warn(`skipped: ${what} is not installed, so its tests do not run`);
  return false;
}

/** One page of each type. */
const PAGES = ['html/wcda-115180.html', 'html/features.html', 'index.html', 'persons.html', 'places.html',
  'organisations.html', 'map.html', 'search.html'];

let out: string;
let server: Server;
let base: string;

beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), 'tei-edition-browser-'));
  const renderer = await createRenderer({ editionTitle: 'Test Edition' });
  const teiFiles = ['wcda-115180.xml', 'features.xml'].map((f) => join(PACKAGE_ROOT, 'test', 'fixtures', 'tei', f));
  await buildSiteFromTei({ teiFiles, outDir: out, renderer, editionTitle: 'Test Edition' });
  server = await startServer(out, 0);
  const address = server.address();
  base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`;
});

afterAll(() => new Promise<void>((done) => (server ? server.close(() => done()) : done())));

describe.runIf(availability(hasJava, 'java (for the Nu HTML checker, vnu-jar)'))('HTML validity', () => {
  it('the Nu HTML checker finds no error on any page type', () => {
    const result = spawnSync('java', ['-jar', VNU, '--errors-only', '--format', 'json', ...PAGES.map((p) => join(out, p))], {
      encoding: 'utf8',
      maxBuffer: 16 * 1024 * 1024,
    });
    const report = JSON.parse(result.stderr || '{"messages":[]}') as { messages: { type: string; url: string; message: string; lastLine?: number }[] };
    const errors = report.messages.filter((m) => m.type === 'error').map((m) => `${m.url.split('/').slice(-2).join('/')}:${m.lastLine}: ${m.message}`);
    expect(errors).toEqual([]);
  }, 120_000);
});

describe.runIf(availability(hasChromium, `chromium (${CHROMIUM})`))('in the browser', () => {
  let browser: Browser;
  beforeAll(async () => {
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
        '--disable-sync', '--no-first-run'],
    });
  }, 60_000);
  afterAll(async () => browser?.close());

  async function open(url: string, hosts?: Set<string>): Promise<Page> {
    const page = await browser.newPage({ viewport: { width: 1024, height: 900 } });
    if (hosts) page.on('request', (r) => hosts.add(new URL(r.url()).protocol === 'data:' ? 'data:' : new URL(r.url()).host || new URL(r.url()).protocol));
    await page.goto(url, { waitUntil: 'load' });
    return page;
  }

  it('axe-core reports no serious or critical violation on any page type', async () => {
    const axe = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
    const problems: string[] = [];
    for (const path of PAGES) {
      const page = await open(base + path);
      await page.addScriptTag({ content: axe });
      const violations = await page.evaluate(async () => {
        const result = await (window as unknown as { axe: { run: () => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe.run();
        return result.violations.map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
      });
      for (const v of violations) if (v.impact === 'serious' || v.impact === 'critical') problems.push(`${path}: ${v.id} (${v.impact}) ${v.targets.join(', ')}`);
      await page.close();
    }
    expect(problems).toEqual([]);
  }, 120_000);

  it('a search for a word of the text finds its document, from a folder on disk', async () => {
    const page = await open(pathToFileURL(join(out, 'search.html')).href);
    await page.fill('#q', 'nickel');
    await page.press('#q', 'Enter');
    const link = page.locator('#search-results a').first();
    await link.waitFor({ timeout: 10_000 });
    expect(await link.getAttribute('href')).toBe('html/wcda-115180.html');
    expect(await page.textContent('#search-status')).toBe('1 document found.');
    await link.click();
    await page.waitForURL(/wcda-115180\.html$/);
    await page.close();
  }, 60_000);

  it('clicking a name reaches its index entry; the popover gives the standard name and role', async () => {
    const page = await open(base + 'html/wcda-115180.html');
    const name = page.locator('a.name.person[href$="#ray-manolo"]').first();
    await name.hover();
    const popover = page.locator('.entity-popover');
    await popover.waitFor({ timeout: 5_000 });
    expect(await popover.textContent()).toContain('Manolo Ray');
    expect(await popover.textContent()).toContain('Former Cuban Minister of Public Works');
    await name.click();
    await page.waitForURL(/persons\.html#ray-manolo$/);
    const entry = page.locator('#ray-manolo');
    expect(await entry.locator('h3').textContent()).toBe('Manolo Ray');
    expect(await entry.isVisible()).toBe(true);
    expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe('ray-manolo');
    await page.close();
  }, 60_000);

  it('the documents filter by kind and year', async () => {
    const page = await open(base + 'index.html');
    await page.selectOption('form.filters select[name="kind"]', 'telegram');
    expect(await page.locator('.document-entry:visible').count()).toBe(1);
    await page.selectOption('form.filters select[name="kind"]', '');
    await page.selectOption('form.filters select[name="year"]', '1961');
    expect(await page.locator('.document-entry:visible h3').textContent()).toContain('Record of Conversation');
    await page.close();
  }, 60_000);

  it('no page requests anything from a host but the local one', async () => {
    const hosts = new Set<string>();
    for (const path of PAGES) {
      const page = await open(base + path, hosts);
      await page.waitForLoadState('networkidle');
      await page.close();
    }
    expect([...hosts]).toEqual([new URL(base).host]);
  }, 60_000);

  it('saves screenshots of a document page and of the map', async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    for (const [path, file] of [['html/wcda-115180.html', 'document-page.png'], ['map.html', 'places-map.png']] as const) {
      const page = await open(base + path);
      await page.screenshot({ path: join(ARTIFACTS, file), fullPage: true });
      expect(existsSync(join(ARTIFACTS, file))).toBe(true);
      await page.close();
    }
    const phone = await browser.newPage({ viewport: { width: 375, height: 800 } });
    await phone.goto(base + 'html/wcda-115180.html');
    // readable on a phone: nothing wider than the screen
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await phone.screenshot({ path: join(ARTIFACTS, 'document-page-phone.png') });
    await phone.close();
  }, 60_000);
});
