/**
 * The blocks of the document placed into a TEI division. TEI orders a `div` as: opening matter
 * (`opener`, `head`, `dateline`), then the body proper (`p`, `list`, `sp`, `ab`), then closing
 * matter (`closer`, `postscript`, `dateline`); a few elements (`fw`, `note`) may stand anywhere.
 * Blocks come in source order, so each is placed in the first zone, from the current one on,
 * where it has a form (FORMS); text after the closer goes into a `postscript`; a block left with no
 * valid place (a heading after the body) becomes an `ab[@type]` holding the same content.
 */
import type { Block, CloserItem, Dateline, OpenerItem, Postscript } from '../../model/index.js';
import type { EncodeState } from '../state.js';
import { ab, dateline, formeWork, head, paragraph, speech, stampInAb, stampInOpener, summary } from './blocks.js';
import { closer } from './closer.js';
import { element, type El } from './element.js';
import { hasContent, hasDate, inline } from './index.js';
import { list } from './list.js';
import { opener } from './opener.js';

type Zone = 'top' | 'middle' | 'bottom';
const ZONES: Zone[] = ['top', 'middle', 'bottom'];

type BlockBuilder = (parent: El, block: never, state: EncodeState) => void;

interface Forms {
  top?: BlockBuilder;
  middle?: BlockBuilder;
  bottom?: BlockBuilder;
  /** Allowed anywhere (TEI `model.global`). */
  anywhere?: BlockBuilder;
  /** Closing matter only when nothing but closing matter follows (a dateline before the signature). */
  bottomOnlyAtEnd?: boolean;
}

const DIV_FORMS: Record<Block['type'], Forms> = {
  opener: { top: opener },
  head: { top: head },
  dateline: { top: dateline, bottom: dateline, bottomOnlyAtEnd: true },
  stamp: { top: stampInOpener, middle: stampInAb },
  fw: { anywhere: formeWork },
  p: { middle: paragraph },
  list: { middle: list },
  sp: { middle: speech },
  ab: { middle: ab },
  summary: { middle: summary },
  closer: { bottom: closer },
  postscript: { bottom: postscriptBlock },
};

const DATELESS_DATELINE: Forms = {
  top: (parent: El, block: Dateline, state: EncodeState) => inline(element(element(parent, 'opener'), 'seg', { type: 'dateline' }), block.children, state),
  middle: (parent: El, block: Dateline, state: EncodeState) => inline(element(parent, 'ab', { type: 'dateline' }), block.children, state),
};

/** In a `postscript` TEI allows no dateline at either end; everything else as in a `div`. */
const POSTSCRIPT_FORMS: Record<Block['type'], Forms> = { ...DIV_FORMS, dateline: {} };

/** Places `blocks` into the division `div`. */
export function arrangeDivision(div: El, blocks: readonly Block[], state: EncodeState): void {
  new Arrangement(div, state, DIV_FORMS, 'top').placeAll(blocks);
}

class Arrangement {
  private hasBody = false;
  /** A postscript opened for text that follows the closing matter. */
  private postscript: Arrangement | undefined;

  constructor(
    private readonly el: El,
    private readonly state: EncodeState,
    private readonly forms: Record<Block['type'], Forms>,
    private zone: Zone,
  ) {}

  placeAll(blocks: readonly Block[]): void {
    blocks.forEach((block, i) => this.place(block, () => blocks.slice(i + 1)));
  }

  /** `rest`: the blocks that follow, asked for only when a placement depends on them. */
  place(block: Block, rest: () => readonly Block[]): void {
    const forms = this.formsOf(block);
    if (forms.anywhere) return build(forms.anywhere, (this.postscript ?? this).el, block, this.state);
    if (this.postscript) {
      if (!forms.bottom || !this.allowsBottom(forms, rest)) return this.postscript.place(block, rest);
      this.postscript = undefined;
    }
    for (const zone of ZONES.slice(ZONES.indexOf(this.zone))) {
      const builder = forms[zone];
      if (!builder || (zone === 'bottom' && !this.allowsBottom(forms, rest))) continue;
      this.zone = zone;
      if (zone === 'middle') this.hasBody = true;
      return build(builder, this.el, block, this.state);
    }
    if (this.zone === 'bottom') {
      this.postscript = new Arrangement(element(this.el, 'postscript'), this.state, POSTSCRIPT_FORMS, 'middle');
      return this.postscript.place(block, rest);
    }
    if (block.type === 'postscript') return this.placeAll(block.children);
    this.zone = 'middle';
    this.hasBody = true;
    anonymousBlock(this.el, block, this.state);
  }

  /** A dateline with no date (the edition's rules want one) is a line of the opener, or an `ab`. */
  private formsOf(block: Block): Forms {
    return block.type === 'dateline' && !hasDate(block.children) ? DATELESS_DATELINE : this.forms[block.type];
  }

  /** Closing matter needs body text before it. */
  private allowsBottom(forms: Forms, rest: () => readonly Block[]): boolean {
    if (!this.hasBody) return false;
    return !forms.bottomOnlyAtEnd || rest().every((block) => {
      const next = this.formsOf(block);
      return next.anywhere || (next.bottom && !next.middle);
    });
  }
}

function build(builder: BlockBuilder, parent: El, block: Block, state: EncodeState): void {
  (builder as (parent: El, block: Block, state: EncodeState) => void)(parent, block, state);
}

/** A postscript of the source: needs body text of its own, else its blocks stand in the division. */
function postscriptBlock(parent: El, block: Postscript, state: EncodeState): void {
  const children = block.children.filter((child) => child.type !== 'postscript' || child.children.length);
  if (children.every((child) => DIV_FORMS[child.type].anywhere)) {
    for (const child of children) build(DIV_FORMS[child.type].anywhere!, parent, child, state);
    return;
  }
  new Arrangement(element(parent, 'postscript'), state, POSTSCRIPT_FORMS, 'middle').placeAll(children);
}

/** A block out of its TEI place: `ab[@type]` with the same content (lines of an opener or closer as `seg`). */
function anonymousBlock(parent: El, block: Block, state: EncodeState): void {
  switch (block.type) {
    case 'opener':
    case 'closer':
      return linesAsAb(parent, block.type, block.items, state);
    case 'stamp':
      return stampInAb(parent, block, state);
    case 'fw':
      return formeWork(parent, block, state);
    case 'list':
      return list(parent, block, state);
    case 'sp':
      return speech(parent, block, state);
    case 'postscript':
      return;
    default:
      inline(element(parent, 'ab', { type: block.type }), block.children, state);
  }
}

function linesAsAb(parent: El, type: string, items: (OpenerItem | CloserItem)[], state: EncodeState): void {
  const el = element(parent, 'ab', { type });
  items.filter((item) => hasContent(item.children)).forEach((item, i) => {
    if (i > 0) element(el, 'lb');
    inline(element(el, 'seg', { type: item.kind }), item.children, state);
  });
}
