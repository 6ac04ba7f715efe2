// Stand-in stages for testing the batch alone: a "transcription" is a few lines of text whose
// `id:` line names the document; registered names found in the text are its mentions. The TEI
// is a tiny XML document, the HTML and text are made from it, so hand edits show in the output.
import { basename } from 'node:path';
import { registersOf, type RegisterEntry, type Registers } from '../../src/entities/registers.js';
import { inProcessRunner } from '../../src/build/pool.js';
import { runTask, type Stages } from '../../src/build/task.js';

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

export function registers(entries: Record<string, string>): Registers {
  const map = new Map<string, RegisterEntry>();
  for (const [id, name] of Object.entries(entries)) map.set(id, { id, kind: 'person', name, variants: [], registered: true });
  return registersOf(map);
}

export function fakeStages(regs: Registers, calls: string[] = []): Stages {
  return {
    convert(bytes, file) {
      const text = new TextDecoder().decode(bytes);
      calls.push(`convert ${file}`);
      if (text.includes('CRASH')) throw new Error('the parser fell over');
      const id = /^id: (.*)$/m.exec(text)?.[1]?.replace('\\0', '\0') ?? basename(file).replace(/\.[^.]*$/, '');
      const entities = [...regs.entries.values()].filter((e) => text.includes(e.name));
      const tei = `<TEI n="${escape(id)}">${escape(text)}${entities.map((e) => `<ref target="${e.id}"/>`).join('')}</TEI>\n`;
      return {
        id,
        tei,
        transcription: { id, file, header: { title: 'A title', date: { text: 'June 3, 1961', when: '1961-06-03' }, funders: [], other: [] }, kind: 'document', entities } as never,
        warnings: text.includes('WARN') ? [{ severity: 'warning', code: 'x', message: 'odd line', line: 2 }] : [],
        candidates: [],
        validation: { file, valid: !text.includes('INVALID'), problems: text.includes('INVALID') ? [{ layer: 'schema', line: 1, message: 'element "bad" not allowed' }] : [] },
      };
    },
    validate(tei, file) {
      const valid = tei.startsWith('<TEI') && !tei.includes('INVALID');
      return { file, valid, problems: valid ? [] : [{ layer: 'well-formedness', line: 1, message: 'not TEI' }] };
    },
    render(tei, id) {
      calls.push(`render ${id}`);
      return { html: `<html>${tei}</html>\n`, text: tei.replace(/<[^>]*>/g, ''), summary: { id, title: id, entities: [] } };
    },
  };
}

export function fakeRunner(regs: Registers, calls: string[] = [], delay?: () => number) {
  const stages = fakeStages(regs, calls);
  if (!delay) return inProcessRunner((task) => runTask(task, stages));
  return {
    run: (task: Parameters<typeof runTask>[0]) => new Promise<ReturnType<typeof runTask>>((done) => setTimeout(() => done(runTask(task, stages)), delay())),
    close: async () => undefined,
  };
}
