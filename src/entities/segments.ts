/**
 * Every stretch of inline content in a document body, in reading order, with a way to put the
 * annotated content back: opener items, head, datelines, paragraphs, list heads and items,
 * speakers and speeches, stamps, summaries, closer items, postscripts, footnotes.
 */
import type { Block, Inline, Transcription } from '../model/index.js';

export interface SegmentRef {
  /** `p`, `head`, `opener:provenance`, `closer:signer`, `item`, `list-head`, `speaker`, `note`… */
  context: string;
  nodes: Inline[];
  set(nodes: Inline[]): void;
}

type Holder = { children: Inline[] };

function ref(context: string, holder: Holder): SegmentRef {
  return { context, nodes: holder.children, set: (nodes) => void (holder.children = nodes) };
}

function blockSegments(block: Block, out: SegmentRef[]): void {
  switch (block.type) {
    case 'opener':
      for (const item of block.items) out.push(ref(`opener:${item.kind}`, item));
      break;
    case 'closer':
      for (const item of block.items) out.push(ref(`closer:${item.kind}`, item));
      break;
    case 'list': {
      if (block.head) {
        const holder = { children: block.head };
        out.push({ context: 'list-head', nodes: block.head, set: (nodes) => void ((block.head = nodes), (holder.children = nodes)) });
      }
      for (const item of block.items) out.push(ref(`item${block.listType ? `:${block.listType}` : ''}`, item));
      break;
    }
    case 'sp':
      out.push({ context: 'speaker', nodes: block.speaker, set: (nodes) => void (block.speaker = nodes) });
      out.push(ref('speech', block));
      break;
    case 'postscript':
      for (const child of block.children) blockSegments(child, out);
      break;
    case 'stamp':
    case 'fw':
      out.push(ref(block.type, block));
      break;
    default:
      out.push(ref(block.type, block));
  }
}

/** The segments of a transcription's body and footnotes (of the object given: clone it first to keep the original). */
export function segmentsOf(transcription: Transcription): SegmentRef[] {
  const out: SegmentRef[] = [];
  for (const block of transcription.body) blockSegments(block, out);
  for (const note of transcription.footnotes) out.push(ref('note', note));
  return out;
}
