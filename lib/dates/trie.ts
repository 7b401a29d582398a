import { tokenize, type Tok } from './tokenize';

/** A phrase table keyed by lower-cased tokens; lets multi-word phrases match in one pass. */
export interface TrieNode<V> {
  next?: Map<string, TrieNode<V>>;
  val?: V;
}

export function trieAdd<V>(root: TrieNode<V>, phrase: string, val: V): void {
  let node = root;
  // Phrases go through the same tokenizer as the text so "godz." and "new year's" split alike.
  for (const t of tokenize(phrase)) {
    if (!node.next) node.next = new Map();
    let child = node.next.get(t.low);
    if (!child) {
      child = {};
      node.next.set(t.low, child);
    }
    node = child;
  }
  node.val = val;
}

/** Builds a trie from "phrase, phrase, ..." lists sharing one value. */
export function trie<V>(entries: ReadonlyArray<readonly [string, V]>): TrieNode<V> {
  const root: TrieNode<V> = {};
  for (const [list, val] of entries) {
    for (const p of list.split(',')) {
      const ph = p.trim();
      if (ph) trieAdd(root, ph, val);
    }
  }
  return root;
}

export interface TrieHit<V> {
  /** Token index just past the phrase. */
  end: number;
  val: V;
}

/** Longest phrase starting at token i; phrases never run across a line break. */
export function trieMatch<V>(root: TrieNode<V>, toks: Tok[], i: number): TrieHit<V> | null {
  let node: TrieNode<V> | undefined = root;
  let best: TrieHit<V> | null = null;
  for (let k = i; k < toks.length; k++) {
    if (k > i && toks[k].nl) break;
    node = node.next?.get(toks[k].low);
    if (!node) break;
    if (node.val !== undefined) best = { end: k + 1, val: node.val };
  }
  return best;
}

/** Map from each comma-separated word to one value. */
export function wordMap<V>(entries: ReadonlyArray<readonly [string, V]>): Map<string, V> {
  const m = new Map<string, V>();
  for (const [list, val] of entries) {
    for (const w of list.split(',')) {
      const k = w.trim().toLowerCase();
      if (k) m.set(k, val);
    }
  }
  return m;
}

export function wordSet(list: string): Set<string> {
  const s = new Set<string>();
  for (const w of list.split(',')) {
    const k = w.trim().toLowerCase();
    if (k) s.add(k);
  }
  return s;
}
