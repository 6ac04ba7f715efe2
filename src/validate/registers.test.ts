// The registers are TEI too, and the build copies them into the edition (dist/tei/registers/), so
// `tei-edition validate dist` must find them valid with the schema it picks by default (the
// edition's), as TEI All does.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { createValidator } from './index.js';

const REGISTERS = join(import.meta.dirname, '..', '..', 'tei', 'registers');

it('the edition schema and rules accept the edition registers (the schema a file without <?xml-model?> gets)', async () => {
  const validator = await createValidator({ schema: 'edition', rules: true });
  const files = readdirSync(REGISTERS).filter((f) => f.endsWith('.xml'));
  expect(files.length).toBeGreaterThanOrEqual(3);
  for (const file of files) {
    const report = validator.validateText(readFileSync(join(REGISTERS, file), 'utf8'), file);
    expect(report.problems, file).toEqual([]);
  }
});

it('a register with text, or without its header, is still refused', async () => {
  const validator = await createValidator({ schema: 'edition', rules: false });
  const persons = readFileSync(join(REGISTERS, 'persons.xml'), 'utf8');
  expect(validator.validateText(persons.replace('</standOff>', '</standOff><text><body><p>x</p></body></text>'), 'with-text.xml').valid).toBe(false);
  expect(validator.validateText(persons.replace(/<teiHeader>[\s\S]*<\/teiHeader>/, ''), 'no-header.xml').valid).toBe(false);
});
