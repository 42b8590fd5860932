// Matching ignores case, accents and apostrophe style, because wire copy writes the same
// name as "Guaidó", "Guaido" or "GUAIDO" and mixes ’ with '.
const COMBINING_MARKS = /\p{M}/gu;
const CURLY_APOSTROPHES = /[’‘`´]/g;
// eslint-disable-next-line no-control-regex -- the whole ASCII range, NUL included
const PLAIN_ASCII = /^[\x00-\x7F]*$/;

// Articles repeat the same words; folding each distinct word once keeps Unicode
// normalisation out of the hot path. The cache is bounded so a long-running process
// reading many articles does not grow without limit.
const cache = new Map<string, string>();
const CACHE_LIMIT = 50_000;

export function foldForMatch(text: string): string {
  const cached = cache.get(text);
  if (cached !== undefined) return cached;
  const folded = PLAIN_ASCII.test(text)
    ? text.replace(CURLY_APOSTROPHES, "'").toLowerCase()
    : text.normalize('NFD').replace(COMBINING_MARKS, '').replace(CURLY_APOSTROPHES, "'").toLowerCase();
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(text, folded);
  return folded;
}

/** A lowercase ASCII-ish slug, used for keys of proposed actors. */
export function slugify(text: string): string {
  return foldForMatch(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
