/**
 * The writer's text in a contenteditable, and the way back from text offsets to DOM positions.
 *
 * The text is what a reader sees, as one string: text nodes in document order, a "\n" for each <br>
 * and between blocks, with quoted history and the signature left out. Each character of a text node
 * maps to exactly one character of the string (no whitespace collapsing), so an offset pair from the
 * analysis engine turns back into a DOM Range without searching.
 *
 * Only DOM interfaces are used (no layout, no globals besides `Node`'s constants), so it runs the same
 * in a browser and under happy-dom.
 */

export interface TextSegment {
  /** The text node, or null for a "\n" that stands for a <br> or a block boundary. */
  node: Text | null;
  /** Where the segment sits in `TextModel.text`. */
  start: number;
  end: number;
}

export interface TextModel {
  root: Element;
  text: string;
  /** In text order; text-node segments and break segments never overlap. */
  segments: TextSegment[];
}

export interface SkipRules {
  /** Subtrees to leave out. */
  nodes?: Iterable<Node>;
  /** Where someone else's text starts: this node and everything after it in document order is left out. */
  historyStart?: Node | null;
}

const ELEMENT = 1;
const TEXT = 3;
// Node.DOCUMENT_POSITION_* bits, spelled out so the module needs no global `Node`.
const FOLLOWING = 4;
const CONTAINED_BY = 16;

// Elements that start a new line. Tag names suffice here: mail editors only produce these, and reading
// computed styles for every node would cost a layout per keystroke.
const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE',
  'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE',
  'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL',
]);
// Never text the writer typed.
const IGNORED = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'IMG', 'SVG', 'OBJECT', 'IFRAME', 'VIDEO', 'AUDIO', 'CANVAS', 'BUTTON', 'SELECT', 'TEXTAREA', 'INPUT']);

/** Whitespace-only text with a line break in it is source formatting between blocks, which the browser does not show. */
function isFormattingWhitespace(data: string): boolean {
  return /^[ \t\r\n]*$/.test(data) && /[\r\n]/.test(data);
}

/** NBSP (what contenteditable types for repeated spaces) and stray newlines read as plain spaces, length unchanged. */
function visibleChars(data: string): string {
  return data.replace(/[\u00a0\r\n\t]/g, ' ');
}

/** Read the writer's text out of `root`. */
export function readText(root: Element, skip: SkipRules = {}): TextModel {
  const skipped = new Set<Node>(skip.nodes ?? []);
  const historyStart = skip.historyStart ?? null;
  const segments: TextSegment[] = [];
  let text = '';
  let stopped = false;

  const newline = () => {
    segments.push({ node: null, start: text.length, end: text.length + 1 });
    text += '\n';
  };
  const lineBreakBeforeBlock = () => {
    if (text.length > 0 && !text.endsWith('\n')) newline();
  };

  const walk = (node: Node): void => {
    for (let child = node.firstChild; child && !stopped; child = child.nextSibling) {
      if (child === historyStart) {
        stopped = true;
        return;
      }
      if (skipped.has(child)) continue;
      if (child.nodeType === TEXT) {
        const data = (child as Text).data;
        if (data.length === 0 || isFormattingWhitespace(data)) continue;
        segments.push({ node: child as Text, start: text.length, end: text.length + data.length });
        text += visibleChars(data);
      } else if (child.nodeType === ELEMENT) {
        const el = child as Element;
        const tag = el.tagName.toUpperCase();
        if (IGNORED.has(tag)) continue;
        if (tag === 'BR') {
          newline();
          continue;
        }
        const block = BLOCKS.has(tag);
        if (block) lineBreakBeforeBlock();
        walk(el);
        if (block && !stopped) lineBreakBeforeBlock();
      }
    }
  };
  walk(root);
  // A block's closing line break, or the <br> browsers keep at the end, adds nothing the writer wrote.
  while (text.endsWith('\n')) {
    text = text.slice(0, -1);
    segments.pop();
  }
  return { root, text, segments };
}

export interface DomPoint {
  node: Text;
  offset: number;
}

function lastAtOrBefore(segments: TextSegment[], offset: number): number {
  // Binary search: the last segment whose start is <= offset.
  let lo = 0;
  let hi = segments.length - 1;
  let best = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (segments[mid].start <= offset) {
      best = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best;
}

/**
 * The DOM position of a text offset. At a boundary between two segments, `side` picks the text node the
 * position belongs to: 'after' for where a range starts (the next character's node), 'before' for
 * where it ends (the previous character's node). Null when the offset is outside the text.
 */
export function pointAt(model: TextModel, offset: number, side: 'before' | 'after'): DomPoint | null {
  const { segments } = model;
  if (offset < 0 || offset > model.text.length) return null;
  if (side === 'after') {
    for (let i = Math.max(0, lastAtOrBefore(segments, offset)); i < segments.length; i++) {
      const s = segments[i];
      if (s.node && offset < s.end && s.start <= offset) return { node: s.node, offset: offset - s.start };
      if (s.node && s.start >= offset) return { node: s.node, offset: 0 };
    }
    return null;
  }
  for (let i = lastAtOrBefore(segments, offset - 1 < 0 ? 0 : offset - 1); i >= 0; i--) {
    const s = segments[i];
    if (s.node && s.start < offset && offset <= s.end) return { node: s.node, offset: offset - s.start };
    if (s.node && s.end <= offset) return { node: s.node, offset: s.end - s.start };
  }
  return null;
}

/** A Range over text[start, end), or null when the offsets no longer fit the text. */
export function rangeFor(model: TextModel, start: number, end: number): Range | null {
  if (start < 0 || end > model.text.length || start >= end) return null;
  const from = pointAt(model, start, 'after');
  const to = pointAt(model, end, 'before');
  if (!from || !to) return null;
  const doc = model.root.ownerDocument;
  if (!doc) return null;
  const range = doc.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  return range;
}

/**
 * The text offset of a DOM position inside the model (a caret, a click). Positions in skipped parts
 * of the tree, or outside the root, give null.
 */
export function offsetOf(model: TextModel, node: Node, offset: number): number | null {
  if (node.nodeType === TEXT) {
    const seg = model.segments.find((s) => s.node === node);
    return seg ? seg.start + Math.min(offset, seg.end - seg.start) : null;
  }
  // An element position: the first text segment at or after the boundary point.
  if (!model.root.contains(node)) return null;
  const child = node.childNodes[offset] ?? null;
  for (const seg of model.segments) {
    if (!seg.node) continue;
    const atOrAfter = child
      ? child === seg.node || (child.compareDocumentPosition(seg.node) & (FOLLOWING | CONTAINED_BY)) !== 0
      : (node.compareDocumentPosition(seg.node) & FOLLOWING) !== 0 && !node.contains(seg.node);
    if (atOrAfter) return seg.start;
  }
  return model.text.length;
}
