import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { annotateEntities } from './annotate.js';
import { loadRegisters, NO_REGISTERS } from './registers.js';
import { inline, p, transcription } from './fixtures/model.js';
import type { Inline, Name, Transcription } from '../model/index.js';
import { walkInline } from '../model/inline.js';

const REGISTERS = loadRegisters(fileURLToPath(new URL('../../tei/registers/', import.meta.url)));

function names(nodes: Inline[]): Name[] {
  return [...walkInline(nodes)].filter((n): n is Name => n.type === 'name');
}

function text(nodes: Inline[]): string {
  return nodes.map((n) => (n.type === 'text' ? n.value : 'children' in n ? text(n.children) : '')).join('');
}

function tagged(t: Transcription): string[] {
  const out: string[] = [];
  const visit = (nodes: Inline[]) => names(nodes).forEach((n) => out.push(`${n.kind}:${text(n.children)}=${n.ref}`));
  for (const b of t.body) if ('children' in b && b.type !== 'postscript') visit(b.children as Inline[]);
  return out;
}

describe('names across editorial brackets', () => {
  it('wraps a name whose first part was supplied', () => {
    const { transcription: t } = annotateEntities(transcription([p('Minister of Public Works [Manolo] Ray, who')]), REGISTERS);
    const [name] = names((t.body[0] as { children: Inline[] }).children);
    expect(name).toMatchObject({ kind: 'person', ref: 'per-manolo-ray' });
    expect(name.children[0]).toMatchObject({ type: 'supplied', children: [{ type: 'text', value: 'Manolo' }] });
    expect(name.children[1]).toEqual({ type: 'text', value: ' Ray' });
  });

  it('finds a person and a body in `[Eleanor] Roosevelt [Tractors for Freedom] committee`', () => {
    const { transcription: t } = annotateEntities(transcription([p('with the [Eleanor] Roosevelt [Tractors for Freedom] committee.')]), REGISTERS);
    expect(tagged(t)).toEqual(['person:Eleanor Roosevelt=per-eleanor-roosevelt', 'org:Tractors for Freedom committee=org-tractors-for-freedom-committee']);
  });

  it('puts a place inside a supplied text and a person across its edge', () => {
    const { transcription: t } = annotateEntities(transcription([p('the assassination of [Dominican Republic President Rafael] Trujillo would')]), NO_REGISTERS);
    const children = (t.body[0] as { children: Inline[] }).children;
    const supplied = children.find((n) => n.type === 'supplied')!;
    expect(names([supplied]).map((n) => `${n.kind}:${text(n.children)}`)).toContain('place:Dominican Republic');
    const person = children.find((n): n is Name => n.type === 'name' && n.kind === 'person')!;
    expect(text(person.children)).toBe('Rafael Trujillo');
    expect(person.children[0]).toMatchObject({ type: 'supplied', part: 'final' });
  });
});

describe('entities of a document', () => {
  const doc = transcription([
    { type: 'opener', items: [{ kind: 'provenance', children: inline("From S.M. Kudryavtsev's Diary") }, { kind: 'classification', children: inline('Top Secret') }] },
    { type: 'head', children: inline('RECORD OF CONVERSATION\nwith Minister of Industry of the Republic of Cuba\nErnesto Guevara') },
    p('Guevara said that Fidel Castro and the Organization of American States [OAS] would meet; the OAS agreed. Castro left.'),
    { type: 'list', listType: 'distribution', items: [{ label: '1 -', children: inline('Cde. A. A. Gromyko') }] },
    { type: 'sp', speaker: inline('GROMYKO'), children: inline('I agree with Cde. Guevara.') },
    { type: 'closer', items: [{ kind: 'role', children: inline('USSR Ambassador to the Republic of Cuba') }, { kind: 'signer', children: inline('Kudryavtsev') }] },
  ], [{ n: '1', children: inline('Official in the Polish Foreign Ministry.') }], 'record-of-conversation');

  it('walks every block and lists each entity once, with its forms', () => {
    const { transcription: t } = annotateEntities(doc, NO_REGISTERS, { useRegister: false });
    const ids = t.entities.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(expect.arrayContaining(['per-s-m-kudryavtsev', 'per-ernesto-guevara', 'per-fidel-castro', 'org-organization-of-american-states', 'per-a-a-gromyko', 'pla-soviet-union', 'pla-cuba', 'org-polish-foreign-ministry']));
    const guevara = t.entities.find((e) => e.id === 'per-ernesto-guevara')!;
    expect(guevara.variants).toContain('Guevara');
    expect(t.entities.find((e) => e.id === 'org-organization-of-american-states')!.variants).toContain('OAS');
    expect(t.footnotes[0].children.some((n) => n.type === 'name')).toBe(true);
    const speech = t.body.find((b) => b.type === 'sp')!;
    expect(names(speech.type === 'sp' ? speech.speaker : []).map((n) => n.ref)).toEqual(['per-a-a-gromyko']);
  });

  it('sets the author and the participants the text names', () => {
    const { transcription: t } = annotateEntities(doc, REGISTERS);
    expect(t.author).toBe('per-sergey-kudryavtsev');
    expect(t.participants).toEqual([{ ref: 'per-sergey-kudryavtsev', role: 'recorder' }, { ref: 'per-ernesto-guevara', role: 'interlocutor' }]);
  });

  it('copies registered entries and reports the others as candidates with contexts', () => {
    const { transcription: t, candidates } = annotateEntities(doc, REGISTERS);
    const castro = t.entities.find((e) => e.id === 'per-fidel-castro')!;
    expect(castro).toMatchObject({ registered: true, name: 'Fidel Castro', roles: ['Prime Minister of Cuba'] });
    const gromyko = t.entities.find((e) => e.id === 'per-andrei-gromyko')!;
    expect(gromyko.variants).toEqual(['A. A. Gromyko', 'GROMYKO']);
    expect(candidates.map((c) => c.id)).toEqual(['org-polish-foreign-ministry'].filter((id) => !REGISTERS.entries.has(id)));
    const { candidates: all } = annotateEntities(doc, REGISTERS, { useRegister: false });
    const castroCandidate = all.find((c) => c.id === 'per-fidel-castro')!;
    expect(castroCandidate.contexts[0]).toContain('Fidel Castro');
  });

  it('returns a new transcription and leaves the one given untouched', () => {
    const before = JSON.stringify(doc);
    const { transcription: t } = annotateEntities(doc, REGISTERS);
    expect(JSON.stringify(doc)).toBe(before);
    expect(t).not.toBe(doc);
  });
});

describe('places inside names of bodies', () => {
  it('tags the state in a state body’s name, not the country in a party’s name', () => {
    const { transcription: t } = annotateEntities(
      transcription([p('Chairman of the Council of Ministers of the Union of Soviet Socialist Republics and a member of the Workers’ Party of Korea')]),
      NO_REGISTERS,
    );
    expect(t.entities.map((e) => `${e.kind}:${e.name}`)).toEqual([
      'org:Council of Ministers of the Union of Soviet Socialist Republics',
      'place:Soviet Union',
      "org:Workers' Party of Korea",
    ]);
  });
});

describe('participants', () => {
  it('reads a roster on the label’s line', () => {
    const { transcription: t } = annotateEntities(
      transcription([p('Participants: Mao Zedong, Liu Shaoqi; Le Duan'), p('Le Duan: We have come to ask for help.')], [], 'record-of-conversation'),
      NO_REGISTERS,
    );
    expect(t.participants).toEqual([
      { ref: 'per-mao-zedong', role: 'participant' },
      { ref: 'per-liu-shaoqi', role: 'participant' },
      { ref: 'per-le-duan', role: 'participant' },
    ]);
  });
});

describe('surnames within a document', () => {
  it('keeps two people who share a surname apart and leaves the bare surname untagged', () => {
    const { transcription: t } = annotateEntities(
      transcription([p('Lee Hu-rak met LEE Dong and KIM Il Sung.'), p('Director Lee said that Mr. Chang agreed. KIM Il was there.')]),
      NO_REGISTERS,
    );
    const persons = t.entities.filter((e) => e.kind === 'person').map((e) => e.name);
    expect(persons).toEqual(expect.arrayContaining(['Lee Hu-rak', 'Lee Dong', 'Kim Il Sung', 'Kim Il', 'Chang']));
    expect(tagged(t).some((x) => x.startsWith('person:Lee='))).toBe(false);
  });

  it('keeps a pseudonym as its own person', () => {
    const { transcription: t } = annotateEntities(transcription([p('Presented to I. V. Stalin.\nWith regret we inform you.\nFILIPPOV”')]), REGISTERS);
    expect(t.entities.filter((e) => e.kind === 'person').map((e) => e.id)).toEqual(['per-joseph-stalin', 'per-filippov']);
  });

  it('gives an unregistered entity the same id in every document', () => {
    const a = annotateEntities(transcription([p('Cde. Nie Rongzhen arrived.')]), NO_REGISTERS).transcription.entities;
    const b = annotateEntities(transcription([p('A letter to Nie Rongzhen.')]), NO_REGISTERS).transcription.entities;
    expect(a.map((e) => e.id)).toEqual(['per-nie-rongzhen']);
    expect(b.map((e) => e.id)).toEqual(['per-nie-rongzhen']);
  });
});
