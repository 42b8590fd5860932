// Finds the known name a misspelt word was meant to be ("Tyabkov" → "Ryabkov") without
// comparing it to every name: each name is stored under the strings left after deleting
// one or two of its letters, and a word is looked up the same way (the symmetric-delete
// idea), then confirmed with a real edit distance.

/** How many edits a name of this length tolerates; short names tolerate none. */
export function allowedEdits(length: number): number {
  if (length >= 8) return 2;
  if (length >= 5) return 1;
  return 0;
}

export class MisspellingIndex<Value> {
  private readonly byDeletion = new Map<string, Set<string>>();
  private readonly values = new Map<string, Value>();
  // The same capitalised words come back in every article; each is looked up once.
  private readonly answers = new Map<string, { word: string; value: Value } | null>();

  add(word: string, value: Value): void {
    const edits = allowedEdits(word.length);
    if (edits === 0) return;
    this.values.set(word, value);
    for (const variant of deletions(word, edits)) {
      let words = this.byDeletion.get(variant);
      if (words === undefined) {
        words = new Set();
        this.byDeletion.set(variant, words);
      }
      words.add(word);
    }
  }

  /** The closest stored word within its allowed edits, or null when none or several tie. */
  lookup(word: string): { word: string; value: Value } | null {
    const known = this.answers.get(word);
    if (known !== undefined) return known;
    const answer = this.search(word);
    if (this.answers.size >= 50_000) this.answers.clear();
    this.answers.set(word, answer);
    return answer;
  }

  private search(word: string): { word: string; value: Value } | null {
    if (allowedEdits(word.length) === 0 || this.values.has(word)) return null;
    let best: string | null = null;
    let bestDistance = Number.POSITIVE_INFINITY;
    let tie = false;
    for (const variant of deletions(word, 2)) {
      for (const candidate of this.byDeletion.get(variant) ?? []) {
        const limit = Math.min(allowedEdits(candidate.length), allowedEdits(word.length));
        const distance = editDistance(word, candidate, limit);
        if (distance > limit || candidate === best) continue;
        if (distance < bestDistance) {
          best = candidate;
          bestDistance = distance;
          tie = false;
        } else if (distance === bestDistance) {
          tie = true;
        }
      }
    }
    if (best === null || tie) return null;
    const value = this.values.get(best);
    return value === undefined ? null : { word: best, value };
  }
}

function deletions(word: string, depth: number): Set<string> {
  const result = new Set<string>([word]);
  let frontier = [word];
  for (let level = 0; level < depth; level++) {
    const next: string[] = [];
    for (const item of frontier) {
      for (let position = 0; position < item.length; position++) {
        const shorter = item.slice(0, position) + item.slice(position + 1);
        if (!result.has(shorter)) {
          result.add(shorter);
          next.push(shorter);
        }
      }
    }
    frontier = next;
  }
  return result;
}

/** Edit distance with adjacent transpositions (optimal string alignment); stops early past `limit`. */
export function editDistance(a: string, b: string, limit = Number.POSITIVE_INFINITY): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const width = b.length + 1;
  let beforePrevious = new Array<number>(width).fill(0);
  let previous = Array.from({ length: width }, (_, index) => index);
  let current = new Array<number>(width).fill(0);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMinimum = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, (beforePrevious[j - 2] ?? 0) + 1);
      }
      current[j] = value;
      rowMinimum = Math.min(rowMinimum, value);
    }
    if (rowMinimum > limit) return limit + 1;
    [beforePrevious, previous, current] = [previous, current, beforePrevious];
  }
  return previous[b.length] ?? 0;
}
