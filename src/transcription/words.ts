/**
 * The fidelity check (ENCODING.md rule 2): the words of the body rebuilt from the model, with
 * every bracket and marker given back as the source wrote it, must equal the words of the source
 * body. Tests and the build use these to prove that no word was lost.
 */
import type { Block, Inline, Transcription } from '../model/index.js';

/** Every inline sequence of a block, in order. */
export function inlinesOf(block: Block): Inline[][] {
  switch (block.type) {
    case 'opener':
    case 'closer': return block.items.map((i) => i.children);
    case 'list': return [block.head ?? [], ...block.items.map((i) => i.children)];
    case 'sp': return [block.speaker, block.children];
    case 'postscript': return block.children.flatMap(inlinesOf);
    default: return [block.children];
  }
}

function inlineText(nodes: readonly Inline[]): string {
  let out = '';
  for (const n of nodes) {
    switch (n.type) {
      case 'text': out += n.value; break;
      case 'lb': out += '\n'; break;
      case 'gap': out += n.source; break;
      case 'pb': out += n.source; break;
      case 'noteRef': out += n.source ?? n.n; break;
      case 'supplied': {
        const depth = n.depth ?? 1;
        const open = n.part === 'medial' || n.part === 'final' ? '' : '['.repeat(depth);
        const close = n.part === 'initial' || n.part === 'medial' ? '' : ']'.repeat(depth);
        out += open + inlineText(n.children) + close;
        break;
      }
      case 'sic':
      case 'uncertain': {
        const word = inlineText(n.children);
        out += word + (word ? ' ' : '') + n.marker;
        break;
      }
      case 'editorialNote': out += '[' + inlineText(n.children) + ']'; break;
      default: out += inlineText(n.children);
    }
  }
  return out;
}

/** A list label and the space after it; a full-width label (`1．`) is followed by no space. */
export function labelText(label: string | undefined): string {
  if (!label) return '';
  return /[\uFF00-\uFFEF]$/.test(label) ? label : label + ' ';
}

function blockText(block: Block): string {
  switch (block.type) {
    case 'opener':
    case 'closer':
      return block.items.map((i) => inlineText(i.children)).join('\n');
    case 'list':
      return [block.head ? inlineText(block.head) : '', ...block.items.map((i) => labelText(i.label) + inlineText(i.children))].join('\n');
    case 'sp':
      return inlineText(block.speaker) + ' ' + inlineText(block.children);
    case 'summary':
      return '[' + inlineText(block.children) + ']';
    case 'postscript':
      return block.children.map(blockText).join('\n\n');
    default:
      return inlineText(block.children);
  }
}

/** The body as text with brackets and markers restored, footnotes (`[n] …`) at the end. */
export function sourceText(t: Pick<Transcription, 'body' | 'footnotes'>): string {
  return [...t.body.map(blockText), ...t.footnotes.map((f) => `[${f.n}] ${inlineText(f.children)}`)].join('\n\n');
}

export function wordsOf(text: string): string[] {
  return text.split(/\s+/u).filter(Boolean);
}

/** The body's words, rebuilt from the model. */
export function sourceWords(t: Pick<Transcription, 'body' | 'footnotes'>): string[] {
  return wordsOf(sourceText(t));
}

export { inlineText };
