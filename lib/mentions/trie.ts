/**
 * Tries built with maps, then frozen into flat arrays in breadth-first order, so that the children
 * of a node are consecutive and sorted: the frozen form needs one label and one offset per node
 * (compact in memory and in JSON) and a child is found by a short scan or a binary search.
 */

/**
 * Edges live in an open-addressing table of node numbers (the key is the node's own parent and
 * label), so building allocates nothing per edge.
 */
export class TrieBuilder {
  private parents = new Int32Array(1024);
  private labels = new Int32Array(1024);
  private count = 0;
  private table = new Int32Array(2048).fill(-1);

  get size(): number {
    return this.count;
  }

  /** A new root (the phrase trie has two). */
  addRoot(): number {
    return this.add(-1, 0);
  }

  private add(parent: number, label: number): number {
    if (this.count === this.parents.length) {
      const parents = new Int32Array(this.count * 2);
      parents.set(this.parents);
      this.parents = parents;
      const labels = new Int32Array(this.count * 2);
      labels.set(this.labels);
      this.labels = labels;
    }
    this.parents[this.count] = parent;
    this.labels[this.count] = label;
    return this.count++;
  }

  private slot(parent: number, label: number): number {
    const mask = this.table.length - 1;
    let h = (Math.imul(parent + 1, 0x9e3779b1) ^ Math.imul(label, 0x85ebca6b)) & mask;
    for (;;) {
      const at = this.table[h]!;
      if (at < 0 || (this.parents[at] === parent && this.labels[at] === label)) return h;
      h = (h + 1) & mask;
    }
  }

  child(node: number, label: number): number {
    let h = this.slot(node, label);
    const found = this.table[h]!;
    if (found >= 0) return found;
    if (2 * (this.count + 1) > this.table.length) {
      const old = this.table;
      this.table = new Int32Array(old.length * 2).fill(-1);
      for (const at of old) if (at >= 0) this.table[this.slot(this.parents[at]!, this.labels[at]!)] = at;
      h = this.slot(node, label);
    }
    const next = this.add(node, label);
    this.table[h] = next;
    return next;
  }

  /** Breadth-first renumbering from the given roots; `renumber[old] = new`. */
  freeze(roots: number[]): { first: Int32Array; labels: number[]; renumber: Int32Array } {
    const count = this.count;
    // Children of each node as a linked list, then sorted by label when the node is reached.
    const head = new Int32Array(count).fill(-1);
    const next = new Int32Array(count).fill(-1);
    for (let k = count - 1; k >= 0; k--) {
      const p = this.parents[k]!;
      if (p >= 0) {
        next[k] = head[p]!;
        head[p] = k;
      }
    }
    const renumber = new Int32Array(count).fill(-1);
    const order = new Int32Array(count);
    const labels: number[] = [];
    let size = 0;
    for (const root of roots) {
      renumber[root] = size;
      order[size++] = root;
      labels.push(0);
    }
    const first = new Int32Array(count + 1);
    const kids: number[] = [];
    for (let k = 0; k < size; k++) {
      first[k] = size;
      kids.length = 0;
      for (let c = head[order[k]!]!; c >= 0; c = next[c]!) kids.push(c);
      if (kids.length > 1) kids.sort((a, b) => this.labels[a]! - this.labels[b]!);
      for (const old of kids) {
        renumber[old] = size;
        order[size++] = old;
        labels.push(this.labels[old]!);
      }
    }
    first[size] = size;
    return { first: first.slice(0, size + 1), labels, renumber };
  }
}

/** Rebuilds `first` from per-node child counts (the serialized form). */
export function firstFromCounts(counts: readonly number[], rootCount: number): Int32Array {
  const first = new Int32Array(counts.length + 1);
  let next = rootCount;
  for (let k = 0; k < counts.length; k++) {
    first[k] = next;
    next += counts[k]!;
  }
  first[counts.length] = next;
  return first;
}

export function countsFromFirst(first: Int32Array): number[] {
  const counts: number[] = [];
  for (let k = 0; k + 1 < first.length; k++) counts.push(first[k + 1]! - first[k]!);
  return counts;
}

export function childIn(first: Int32Array, label: Uint16Array | Int32Array, node: number, x: number): number {
  let lo = first[node]!;
  let hi = first[node + 1]!;
  if (hi - lo <= 8) {
    for (; lo < hi; lo++) if (label[lo] === x) return lo;
    return -1;
  }
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const v = label[mid]!;
    if (v === x) return mid;
    if (v < x) lo = mid + 1;
    else hi = mid;
  }
  return -1;
}

/**
 * The same trie as a double array, for the scanner's per-letter step: the child of slot p on
 * letter f is slot base[p] + f if check[base[p] + f] === p. One addition and two loads, no loop.
 */
export interface DoubleArray {
  base: Int32Array;
  check: Int32Array;
  /** The breadth-first node number of each slot (−1 for free slots). */
  node: Int32Array;
  /** The slot of each breadth-first node. */
  slot: Int32Array;
}

export function doubleArray(first: Int32Array, label: Uint16Array): DoubleArray {
  const nodes = label.length;
  let size = Math.max(1024, nodes * 2);
  let check = new Int32Array(size).fill(-1);
  const baseOfNode = new Int32Array(nodes);
  const slot = new Int32Array(nodes);
  const grow = (needed: number) => {
    if (needed < size) return;
    let bigger = size;
    while (bigger <= needed) bigger *= 2;
    const c = new Int32Array(bigger).fill(-1);
    c.set(check);
    check = c;
    size = bigger;
  };
  slot[0] = 0;
  // Taken, but names no parent: nothing steps into the root.
  check[0] = -2;
  let firstFree = 1;
  // Breadth-first order: a node's slot is known before its children are placed.
  for (let k = 0; k < nodes; k++) {
    const lo = first[k]!;
    const hi = first[k + 1]!;
    if (lo === hi) continue;
    const low = label[lo]!;
    const span = label[hi - 1]! - low;
    let at = firstFree;
    for (;;) {
      grow(at + span + 1);
      let fits = check[at] === -1;
      for (let c = lo + 1; fits && c < hi; c++) fits = check[at + label[c]! - low] === -1;
      if (fits) break;
      do at++;
      while (at < size && check[at] !== -1);
    }
    const base = at - low;
    baseOfNode[k] = base;
    for (let c = lo; c < hi; c++) {
      const s = base + label[c]!;
      check[s] = slot[k]!;
      slot[c] = s;
    }
    while (firstFree < size && check[firstFree] !== -1) firstFree++;
  }
  let used = 0;
  for (let s = size - 1; s >= 0; s--) {
    if (check[s] !== -1) {
      used = s + 1;
      break;
    }
  }
  const base = new Int32Array(used);
  const node = new Int32Array(used).fill(-1);
  for (let k = 0; k < nodes; k++) {
    node[slot[k]!] = k;
    if (first[k] !== first[k + 1]) base[slot[k]!] = baseOfNode[k]!;
    // A leaf's base points where no slot names it as parent.
    else base[slot[k]!] = -0x40000000;
  }
  return { base, check: check.slice(0, used), node, slot };
}
