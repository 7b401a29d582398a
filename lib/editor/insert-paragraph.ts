import { focusInside, nativeInsertText, roosterSnapshot, settleEdit, type UndoStyle } from './replace';
import { pointAt, type TextModel } from './text-model';

/**
 * Adding a sentence as a paragraph of its own at the end of the writer's text: after the last word
 * the writer typed, so above the signature and outside quoted history (both are left out of the text
 * model, which ends where the writer's text does). It goes in as text, through the same editing
 * command as typing, in one call: the browser turns the "\n" into a paragraph break inside that one
 * command, so the mail app sees ordinary input and one Ctrl+Z takes the whole sentence back out.
 */

export interface InsertRequest {
  root: HTMLElement;
  /** Reads the writer's text afresh (the signature and quotes left out). */
  read: () => TextModel;
  /** One line of text; never HTML. */
  sentence: string;
  undo: UndoStyle;
  insertText?: (doc: Document, text: string) => boolean;
}

export type InsertOutcome = { ok: true; text: string } | { ok: false; reason: 'failed'; restored: boolean } | { ok: false; reason: 'invalid' };

/** Where the sentence goes: after the writer's last non-blank character (0 in an empty draft). */
export function insertionOffset(model: TextModel): number {
  return model.text.trimEnd().length;
}

/** What the writer's text should read once the sentence is in. */
export function textWithSentence(before: string, sentence: string): string {
  const at = before.trimEnd().length;
  return at === 0 ? sentence : `${before.slice(0, at)}\n${sentence}`;
}

/** Whitespace at the very end and runs of blank lines do not change what the reader sees. */
function sameText(a: string, b: string): boolean {
  const norm = (s: string) => s.replace(/[ \t]+\n/g, '\n').replace(/\n{2,}/g, '\n').trimEnd();
  return norm(a) === norm(b);
}

export function insertParagraph(req: InsertRequest): InsertOutcome {
  const { root, sentence } = req;
  const line = sentence.trim();
  if (!line || /[\r\n]/.test(line)) return { ok: false, reason: 'invalid' };
  const insertText = req.insertText ?? nativeInsertText;
  const before = req.read();
  const at = insertionOffset(before);
  const doc = root.ownerDocument;
  const selection = doc.getSelection();
  if (!selection) return { ok: false, reason: 'failed', restored: true };
  const range = doc.createRange();
  const point = at > 0 ? pointAt(before, at, 'before') : null;
  if (point) range.setStart(point.node, point.offset);
  // An empty draft: the first line of the body, so the sentence leads and the signature follows.
  else range.setStart(root, 0);
  range.collapse(true);

  focusInside(root);
  if (req.undo === 'roosterjs') roosterSnapshot(root);
  selection.removeAllRanges();
  selection.addRange(range);
  let executed = false;
  try {
    executed = insertText(doc, point ? `\n${line}` : line);
  } catch {
    executed = false;
  }
  return settleEdit(doc, root, req, before.text, executed, (after) => sameText(after, textWithSentence(before.text, line)));
}
