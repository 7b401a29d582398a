/**
 * Keyboard shortcuts, documented in the card and the README:
 *   Alt+Shift+N  next hint (opens its card, focus on Apply)
 *   Alt+Shift+P  previous hint
 *   Alt+Shift+Enter  apply the active hint (or the one at the caret)
 *   Escape  close the card, back to the draft
 * Keys are matched by `code`, so layouts where Alt+Shift+N types a character (macOS) still work.
 */
export type ShortcutAction = 'next' | 'previous' | 'apply' | 'close';

export function shortcutOf(e: Pick<KeyboardEvent, 'altKey' | 'shiftKey' | 'ctrlKey' | 'metaKey' | 'code' | 'key' | 'isComposing'>): ShortcutAction | null {
  if (e.isComposing) return null;
  if (e.key === 'Escape' && !e.altKey && !e.ctrlKey && !e.metaKey) return 'close';
  if (!e.altKey || !e.shiftKey || e.ctrlKey || e.metaKey) return null;
  if (e.code === 'KeyN') return 'next';
  if (e.code === 'KeyP') return 'previous';
  if (e.code === 'Enter' || e.code === 'NumpadEnter') return 'apply';
  return null;
}
