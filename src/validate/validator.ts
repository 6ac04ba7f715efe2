/**
 * The validator: grammars and rules loaded once, then `validateText` runs the three layers over one
 * document synchronously and never throws on bad input. Hostile input is refused before parsing
 * (size, binary data) or during the one saxes pass (entity declarations, external DTDs, nesting).
 */
import type { Grammar } from 'salve-annos';
import type { FileReport, Problem, Validator, ValidatorOptions } from './index.js';
import { defaultCacheDir } from '../cache.js';
import { loadGrammar } from './grammar.js';
import { SchemaSession } from './relaxng.js';
import { TreeBuilder, loadRules, runRules, type LoadedRule } from './rules/index.js';
import { PrunedGrammars } from './pruned-grammar.js';
import { scanDocument, type ScanListener, type ScanResult } from './scan.js';
import { NotReplayable, replayDocument, type WrittenEvent } from './replay.js';
import { EDITION_RULES, EDITION_SCHEMA, resolveSchemaOption, schemaFromXmlModel, type SchemaChoice } from './schema-resolution.js';

export const DEFAULT_LIMITS = { maxBytes: 50 * 1024 * 1024, maxDepth: 1000 };

/** A validator that can also load the schema a document's `<?xml-model?>` names before validating it. */
export interface SchemaAwareValidator extends Validator {
  /** Loads the grammar `validateText` will need for this document (its xml-model's, when no schema was forced). */
  prepare(xml: string, file: string): Promise<void>;
  /** Time spent loading each grammar, and whether it came from the cache. */
  readonly loads: { schema: string; source: 'cache' | 'converted'; milliseconds: number }[];
}

const refused = (file: string, message: string): FileReport => ({ file, valid: false, problems: [{ layer: 'well-formedness', line: 1, column: 1, message }] });

export async function createValidator(options: ValidatorOptions = {}): Promise<SchemaAwareValidator> {
  const env = options.env ?? process.env;
  const forced = options.schema === undefined ? undefined : resolveSchemaOption(options.schema, env);
  const cacheDir = options.cacheDir ?? defaultCacheDir(env);
  const limits = { maxBytes: options.maxBytes ?? DEFAULT_LIMITS.maxBytes, maxDepth: options.maxDepth ?? DEFAULT_LIMITS.maxDepth };
  const rules: LoadedRule[] = options.rules === false ? [] : loadRules(options.rulesFile ?? EDITION_RULES);
  const grammars = new Map<string, { full: () => Grammar; pruned: PrunedGrammars }>();
  const failures = new Map<string, string>();
  const loads: SchemaAwareValidator['loads'] = [];

  async function load(choice: SchemaChoice): Promise<void> {
    if (grammars.has(choice.file) || failures.has(choice.file)) return;
    try {
      const loaded = await loadGrammar(choice.file, cacheDir);
      grammars.set(choice.file, { full: () => loaded.grammar, pruned: new PrunedGrammars(loaded.json) });
      loads.push({ schema: choice.label, source: loaded.source, milliseconds: loaded.milliseconds });
    } catch (error) {
      if (forced) throw new Error(`schema ${choice.label} cannot be used: ${(error as Error).message}`);
      failures.set(choice.file, `the schema ${choice.label} named by <?xml-model?> cannot be used: ${(error as Error).message}`);
    }
  }

  const fallback = (): SchemaChoice => forced ?? resolveSchemaOption('edition', env);
  const schemaFor = (xml: string, file: string): SchemaChoice => forced ?? schemaFromXmlModel(xml, file, env) ?? fallback();
  if (forced) await load(forced);

  function validateText(xml: string, file: string, written?: readonly WrittenEvent[]): FileReport {
    try {
      if (xml.length > limits.maxBytes) return refused(file, `refused: the file is larger than the limit of ${limits.maxBytes} bytes`);
      if (xml.includes('\u0000')) return refused(file, 'refused: binary data (NUL characters), not XML text');
      const choice = schemaFor(xml, file);
      const grammar = grammars.get(choice.file);
      const failure = failures.get(choice.file);
      if (!grammar) return { file, valid: false, schema: choice.label, problems: [{ layer: 'schema', line: 1, column: 1, message: failure ?? `the schema ${choice.label} was not loaded (call prepare() first)` }] };
      // The pruned grammar decides quickly; an invalid verdict is re-checked with the full grammar,
      // whose messages name every expected element.
      const pruned = grammar.pruned.for(xml);
      let pass = check(xml, pruned ?? grammar.full(), written);
      if (pruned && pass.problems.some((p) => p.layer === 'schema')) pass = check(xml, grammar.full(), written);
      const problems = pass.problems;
      return { file, valid: problems.length === 0, problems, schema: choice.label };
    } catch (error) {
      // A fault of ours, not of the document: still a report, so one file never stops the others.
      return refused(file, `internal error while validating: ${(error as Error).message}`);
    }
  }

  function check(xml: string, grammar: Grammar, written?: readonly WrittenEvent[]): { problems: Problem[] } {
    const listen = (): [SchemaSession, TreeBuilder | undefined, ScanListener[]] => {
      const session = new SchemaSession(grammar);
      const tree = rules.length ? new TreeBuilder() : undefined;
      return [session, tree, tree ? [session, tree] : [session]];
    };
    let [session, tree, listeners] = listen();
    let scan: ScanResult | undefined;
    if (written) {
      try {
        scan = replayDocument(xml, written, limits, listeners);
      } catch (error) {
        if (!(error instanceof NotReplayable)) throw error;
        [session, tree, listeners] = listen();
      }
    }
    scan ??= scanDocument(xml, limits, listeners);
    if (scan.problems.length) return { problems: scan.problems };
    return { problems: [...session.problems, ...(tree?.root ? runRules(tree.root, rules) : [])] };
  }

  return {
    validateText,
    loads,
    async prepare(xml, file) {
      if (!forced) await load(schemaFor(xml, file));
    },
  };
}

export { EDITION_SCHEMA };
