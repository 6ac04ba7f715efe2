// Hostile text in a transcription comes out as inert text in the TEI, the HTML and the text
// edition, and the TEI stays valid; in a real browser no dialog opens and no script of it runs.
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO, runCli, tempEdition, type CliResult } from '../helpers/cli.js';

const CHROMIUM = '/usr/bin/chromium';
const CI = process.env.CI === 'true';

const ATTACKS = [
  `<script>window.__hostile = 'script'; alert('script')</script>`,
  `<img src=x onerror="window.__hostile = 'img'; alert('img')">`,
  `<svg onload="alert('svg')"></svg>`,
  `<a href="javascript:alert('link')">click here</a>`,
  `<iframe src="data:text/html,<script>alert('frame')</script>"></iframe>`,
  `<!-- a comment that should stay text -->`,
  `a CDATA end ]]> in the text`,
  // (Other C0 controls become their control pictures, ␇; a NUL or many of them mean a binary file.)
  `control characters \u001b[31m, a form feed \u000c, DEL \u007f, C1 \u0085\u009b, a bell \u0007 here`,
  `bidi override \u202Eevil\u202C and isolate \u2066x\u2069`,
  `<persName ref="#per-fake">A Forged Name</persName> and <hi rend="bold">forged markup</hi>`,
  `<?xml-stylesheet href="http://evil.example/x.xsl"?> <!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]> &e; &amp; &lt;b&gt;`,
  `{concat('attribute', 'value', 'template')} {{doubled}} $variable`,
];

function hostileTranscription(): string {
  const reference = readFileSync(join(REPO, 'transcriptions', 'wcda-115180.md'), 'utf8');
  return reference
    .replace('**Record of Conversation between Soviet Ambassador', `**Record <script>alert('title')</script> of Conversation between Soviet Ambassador`)
    .replace(
      '<https://wilson-center-digital-archive.dvincitest.com/document/115180>',
      `<javascript:alert('citation')> <data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==>\nhttps://wilson-center-digital-archive.dvincitest.com/document/115180"><script>alert('url')</script>`,
    )
    .replace('The rest of the conversation dealt with general issues.', ATTACKS.map((a) => `${a}\n`).join('\n') + '\nThe rest of the conversation dealt with general issues.');
}

describe('hostile text', () => {
  let dir: string;
  let result: CliResult;
  let tei: string;
  let html: string;
  let text: string;

  beforeAll(async () => {
    dir = tempEdition('hostile');
    writeFileSync(join(dir, 'in', 'hostile.md'), hostileTranscription());
    result = await runCli(['build', 'in', '--out', 'dist', '--jobs', '1'], { cwd: dir, env: { CI: 'true' } });
    const report = JSON.parse(readFileSync(join(dir, 'dist', 'build-report.json'), 'utf8'));
    const doc = report.documents[0];
    if (doc.status === 'ok') {
      tei = readFileSync(join(dir, doc.outputs.tei), 'utf8');
      html = readFileSync(join(dir, doc.outputs.html), 'utf8');
      text = readFileSync(join(dir, doc.outputs.text), 'utf8');
    }
  }, 600_000);
  afterAll(() => dir && !process.env.KEEP_HOSTILE && rmSync(dir, { recursive: true, force: true }));

  it('is built, with valid TEI', () => {
    const messages = result.stderr.split('\n').filter((l) => l && !l.startsWith('build: '));
    expect({ status: result.status, messages }).toEqual({ status: 0, messages: [] });
  });

  it('is text in the TEI: no element, comment, processing instruction or entity of its own', () => {
    for (const forged of ['<script', '<img', '<svg', '<iframe', '<a href', '<!--', '<?xml-stylesheet', '<!DOCTYPE', '&e;', '<persName ref="#per-fake"', '<hi rend="bold">forged']) {
      expect(tei, forged).not.toContain(forged);
    }
    expect(tei).toContain('&lt;script&gt;window.__hostile');
    expect(tei).toMatch(/end \]\]&gt; in the text/);
    expect(tei).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/); // not allowed in XML 1.0
    expect(tei).toContain('A Forged Name');
  });

  it('is text in the HTML: no script, handler or dangerous URL of its own', () => {
    expect(html).not.toMatch(/<script[^>]*>[^<]*alert/);
    expect(html).not.toMatch(/<(img|svg|iframe)\b/);
    // (inside a tag: the same words escaped in the text are harmless)
    expect(html).not.toMatch(/<[a-z][^<>]*\son(error|load)\s*=/i);
    expect(html).not.toMatch(/<[a-z][^<>]*\s(href|src)\s*=\s*["']?\s*(javascript|vbscript|data:text\/html)/i);
    expect(html).not.toContain('<!-- a comment');
    expect(html).toContain('&lt;script&gt;window.__hostile');
    expect(html).toContain('click here');
  });

  it('is text in the text edition, word for word', () => {
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).toContain(`<script>window.__hostile = 'script'; alert('script')</script>`);
    expect(flat).toContain('<!-- a comment that should stay text -->');
    expect(flat).toContain('A Forged Name');
  });

  const hasChromium = existsSync(CHROMIUM);
  if (!hasChromium && CI) throw new Error(`chromium (${CHROMIUM}) is required when CI=true`);
  if (!hasChromium) console.log(`skipped: chromium (${CHROMIUM}) is not installed, the browser check does not run`);

  it.runIf(hasChromium)('opens in a real browser without a dialog or a script of its own running', async () => {
    const { chromium } = await import('playwright-core');
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'] });
    try {
      const page = await browser.newPage();
      const dialogs: string[] = [];
      page.on('dialog', async (d) => {
        dialogs.push(d.message());
        await d.dismiss();
      });
      const report = JSON.parse(readFileSync(join(dir, 'dist', 'build-report.json'), 'utf8'));
      await page.goto(pathToFileURL(join(dir, report.documents[0].outputs.html)).href, { waitUntil: 'load' });
      await page.waitForTimeout(500);
      for (const link of await page.locator('a').all()) {
        const href = (await link.getAttribute('href')) ?? '';
        expect(href, 'link').not.toMatch(/^\s*(javascript:|vbscript:|data:text\/html|data:image\/svg)/i);
      }
      expect(await page.evaluate(() => (window as unknown as { __hostile?: string }).__hostile)).toBeUndefined();
      expect(dialogs).toEqual([]);
    } finally {
      await browser.close();
    }
  }, 120_000);
});
