// End to end: the bundled sample edition (transcriptions/: the reference and the dev samples)
// built by the CLI, then deposited.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SaxesParser } from 'saxes';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { depositEdition, type DepositReport } from './deposit.js';
import { dcValues, parseDspace } from './dublin-core.js';
import { verifyBag } from './verify.js';

const ROOT = join(import.meta.dirname, '..', '..');
const tmp = mkdtempSync(join(tmpdir(), 'tei-edition-sample-deposit-'));
const dist = join(tmp, 'dist');
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function sumCheck(bag: string, tool: 'sha256sum' | 'sha512sum'): void {
  if (spawnSync(tool, ['--version']).error) {
    if (process.env.CI === 'true') throw new Error(`${tool} is required in CI`);
    return console.warn(`skipped: ${tool} is not installed`);
  }
  const manifest = tool === 'sha256sum' ? 'manifest-sha256.txt' : 'manifest-sha512.txt';
  const run = spawnSync(tool, ['-c', '--strict', manifest], { cwd: bag, encoding: 'utf8' });
  expect(run.status, `${bag}: ${run.stdout}${run.stderr}`).toBe(0);
}

describe('deposit of the sample edition', { timeout: 480_000 }, () => {
  let bags: DepositReport;
  let saf: DepositReport;

  beforeAll(() => {
    const inputs = [join(ROOT, 'transcriptions')];
    const build = spawnSync(process.execPath, [join(ROOT, 'bin', 'tei-edition.js'), 'build', ...inputs, '--out', dist], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    if (build.status !== 0) throw new Error(`building the sample edition failed (${build.status}):\n${build.stderr}`);
    bags = depositEdition(dist, { out: join(tmp, 'bags'), root: ROOT });
    saf = depositEdition(dist, { out: join(tmp, 'saf'), root: ROOT, format: 'saf' });
  }, 480_000);

  it('bags every built document, with the registers', () => {
    const ids = readdirSync(join(dist, 'tei')).filter((f) => f.endsWith('.xml')).map((f) => f.slice(0, -4));
    expect(ids).toContain('wcda-115180');
    expect(ids.length).toBeGreaterThanOrEqual(7);
    expect(bags.failed).toEqual([]);
    expect(bags.packages.map((p) => p.name).sort()).toEqual(ids.sort());
    const manifest = readFileSync(join(tmp, 'bags', 'wcda-115180', 'manifest-sha256.txt'), 'utf8');
    for (const path of ['data/tei/wcda-115180.xml', 'data/html/wcda-115180.html', 'data/text/wcda-115180.txt', 'data/dublin-core/wcda-115180.xml']) {
      expect(manifest).toContain(`  ${path}\n`);
    }
    expect(manifest).toMatch(/ {2}data\/tei\/registers\/\S+\.xml\n/);
  });

  it('passes our verifier and sha256sum -c / sha512sum -c inside each bag', () => {
    for (const p of bags.packages) {
      expect(verifyBag(p.path).problems, p.name).toEqual([]);
      sumCheck(p.path, 'sha256sum');
      sumCheck(p.path, 'sha512sum');
    }
  });

  it('writes dublin_core.xml with the values of the reference document', () => {
    const archive = saf.packages[0]!.path;
    const item = readdirSync(archive).find((i) => readdirSync(join(archive, i)).includes('wcda-115180.xml'))!;
    const fields = parseDspace(readFileSync(join(archive, item, 'dublin_core.xml'), 'utf8'));
    // Read off samples/wcda-115180.md and its TEI by hand.
    expect(dcValues(fields, 'title')).toEqual(['Record of Conversation between Soviet Ambassador to Cuba Sergey Kudryavtsev and Che Guevara']);
    expect(dcValues(fields, 'contributor.translator')).toEqual(['Svetlana Savranskaya']);
    expect(dcValues(fields, 'date.created')).toEqual(['1961-07-12']);
    expect(dcValues(fields, 'coverage.temporal')).toEqual(['1961-06-03']);
    expect(dcValues(fields, 'language.iso')).toEqual(['en']);
    expect(dcValues(fields, 'description.abstract')[0]).toMatch(/^A record of a conversation between Soviet Ambassador to Cuba Sergey Kudryavtsev and Che Guevara, recorded in Kudryavtsev's diary\./);
    expect(dcValues(fields, 'description.sponsorship')).toEqual(['Leon Levy Foundation']);
    expect(dcValues(fields, 'source')[0]).toMatch(/^"Record of Conversation .*Fond 0104, Opis 17, Folder 118, File 4\. pp\. 65-67; translated by Svetlana Savranskaya \(National Security Archive\)\.$/);
    expect(dcValues(fields, 'source.uri')).toEqual(['https://wilson-center-digital-archive.dvincitest.com/document/115180']);
    expect(dcValues(fields, 'identifier.uri')).toEqual(['https://example.org/tei-edition/html/wcda-115180.html']);
    expect(dcValues(fields, 'type')).toEqual(['Text', 'Record of conversation']);
    expect(dcValues(fields, 'subject')).toEqual(expect.arrayContaining(['Ernesto Guevara', 'Fidel Castro', 'Organization of American States']));
    expect(dcValues(fields, 'subject')).not.toContain('Top Secret');
    expect(dcValues(fields, 'coverage.spatial')).toEqual(expect.arrayContaining(['Cuba', 'Oriente', 'Moa', 'Nicaro']));
  });

  /** Header values read by hand off each dev sample (transcriptions/0*.md); [] where the source has none. */
  const SAMPLES: Record<string, Record<string, string[]>> = {
    'Journal of Soviet Ambassador in the DPRK A.M. Puzanov for 23 July 1960': {
      'contributor.translator': ['Gary Goldberg'],
      'description.sponsorship': ['ROK Ministry of Unification'],
      'description.abstract': ['Kim Il Sung invites A.M. Puzanov to Chanson on the Yalu River.'],
      'source.uri': ['https://digitalarchive.wilsoncenter.org/document/119436'],
      'date.created': ['1960-07-23'],
    },
    'Conversation between Lee Hu-rak and Kim Il Sung': {
      'contributor.translator': [],
      'description.sponsorship': [],
      'source.uri': ['http://digitalarchive.wilsoncenter.org/document/113235'],
      'date.created': ['1972-11-03'],
    },
    'Telegram from Polish Embassy in Havana (Jeleń), 2 January 1962': {
      'contributor.translator': [],
      'description.sponsorship': ['Leon Levy Foundation'],
      'source.uri': [],
    },
    'Cable No. 3582 from Flilippov [Stalin] to Cde. Mao Zedong': {
      'contributor.translator': ['Gary Goldberg'],
      'description.sponsorship': ['Blavatnik Family Foundation'],
      'source.uri': ['https://digitalarchive.wilsoncenter.org/document/176340'],
      'date.created': ['1949-09-02'],
    },
    'Letter, Mohammed Reza Pahlavi, Shah of Iran to Mr. Generalissimo Stalin': {
      'description.sponsorship': ['MacArthur Foundation'],
      'description.abstract': ['The Shah of Iran sends greetings to Stalin through his sister, Ashraf Pahlavi.'],
      'source.uri': [],
      'date.created': ['1946-06-27'],
    },
    'Liu Shaoqi to Cde. G.M. Malenkov': {
      'contributor.translator': ['Gary Goldberg'],
      'description.sponsorship': ['MacArthur Foundation'],
      'source.uri': ['https://wilson-center-digital-archive.dvincitest.com/document/liu-shaoqi-cde-gm-malenkov'],
      'date.created': ['1949-08'],
    },
  };

  it('writes a well-formed dublin_core.xml with the expected values for each dev sample', () => {
    const archive = saf.packages[0]!.path;
    const byTitle = new Map(
      readdirSync(archive).map((item) => {
        const xml = readFileSync(join(archive, item, 'dublin_core.xml'), 'utf8');
        new SaxesParser().write(xml).close();
        const fields = parseDspace(xml);
        return [dcValues(fields, 'title')[0], fields] as const;
      }),
    );
    for (const [title, expected] of Object.entries(SAMPLES)) {
      const fields = byTitle.get(title);
      expect(fields, title).toBeDefined();
      expect(dcValues(fields!, 'language.iso'), title).toEqual(['en']);
      expect(dcValues(fields!, 'type')[0], title).toBe('Text');
      for (const [name, values] of Object.entries(expected)) expect(dcValues(fields!, name), `${title}: ${name}`).toEqual(values);
    }
  });
});
