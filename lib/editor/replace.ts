import { rangeFor, type TextModel } from './text-model';

/**
 * Replacing a span of the writer's text the way the user's own typing would: through the browser's
 * editing command, so the mail app sees an ordinary input and Ctrl+Z takes it back in one step.
 */

export type UndoStyle = 'native' | 'roosterjs';

export interface ReplaceRequest {
  root: HTMLElement;
  /** Reads the text model afresh (the DOM may have changed since the finding was made). */
  read: () => TextModel;
  start: number;
  end: number;
  /** What must still stand at [start, end): the flagged sentence as analysed. */
  expected: string;
  replacement: string;
  undo: UndoStyle;
  /** The editing command; replaceable so the bookkeeping can be tested where execCommand does not exist. */
  insertText?: (doc: Document, text: string) => boolean;
}

export type ReplaceOutcome =
  | { ok: true; text: string }
  /** The draft no longer has the expected text there: nothing was touched. */
  | { ok: false; reason: 'changed' }
  /** The edit did not come out as intended; `restored` says whether the draft is back as it was. */
  | { ok: false; reason: 'failed'; restored: boolean };

export function nativeInsertText(doc: Document, text: string): boolean {
  // execCommand is deprecated but still the only call that leaves a native undo step.
  return typeof doc.execCommand === 'function' && doc.execCommand('insertText', false, text);
}

/**
 * roosterjs keeps its own undo stack and snapshots only on its own triggers; its UndoPlugin takes one
 * on every compositionend. Dispatching that event on the editor (with no data, so nothing gets
 * formatted) records the state before our edit and again after it, so its Ctrl+Z returns exactly to
 * the text before Apply, with the words typed just before it intact.
 */
export function roosterSnapshot(root: HTMLElement): void {
  const view = root.ownerDocument.defaultView;
  const Composition = view?.CompositionEvent;
  const event = Composition ? new Composition('compositionend', { data: '' }) : new Event('compositionend');
  root.dispatchEvent(event);
}

export function focusInside(root: HTMLElement): void {
  const doc = root.ownerDocument;
  const active = doc.activeElement;
  if (active === root || (active && root.contains(active))) return;
  root.focus({ preventScroll: true });
}

export function replaceSpan(req: ReplaceRequest): ReplaceOutcome {
  const { root, start, end, expected, replacement } = req;
  const insertText = req.insertText ?? nativeInsertText;
  const before = req.read();
  // A newline would have the browser split the paragraph, which the verification below cannot predict.
  if (before.text.slice(start, end) !== expected || replacement.includes('\n')) return { ok: false, reason: 'changed' };
  const range = rangeFor(before, start, end);
  if (!range) return { ok: false, reason: 'changed' };
  const doc = root.ownerDocument;
  const selection = doc.getSelection();
  if (!selection) return { ok: false, reason: 'failed', restored: true };

  focusInside(root);
  if (req.undo === 'roosterjs') roosterSnapshot(root);
  selection.removeAllRanges();
  selection.addRange(range);
  let executed = false;
  try {
    executed = insertText(doc, replacement);
  } catch {
    executed = false;
  }
  const wanted = before.text.slice(0, start) + replacement + before.text.slice(end);
  return settleEdit(doc, root, req, before.text, executed, (after) => after === wanted);
}

/**
 * After an edit through the editor's own input path: the text as intended is one undo step (roosterjs
 * is told so); anything else is taken back the way the user would, and the outcome says whether the
 * draft is as it was.
 */
export function settleEdit(
  doc: Document,
  root: HTMLElement,
  req: { read(): { text: string }; undo: UndoStyle },
  beforeText: string,
  executed: boolean,
  intended: (after: string) => boolean,
): { ok: true; text: string } | { ok: false; reason: 'failed'; restored: boolean } {
  const after = req.read().text;
  if (executed && intended(after)) {
    if (req.undo === 'roosterjs') roosterSnapshot(root);
    return { ok: true, text: after };
  }
  if (after === beforeText) return { ok: false, reason: 'failed', restored: true };
  // Something changed, but not as intended: take our step back the same way the user would.
  try {
    doc.execCommand?.('undo', false);
  } catch {
    /* reported below */
  }
  return { ok: false, reason: 'failed', restored: req.read().text === beforeText };
}
