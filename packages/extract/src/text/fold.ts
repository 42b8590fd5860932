// Matching ignores case, accents and apostrophe style, because wire copy writes the same
// name as "Guaidó", "Guaido" or "GUAIDO" and mixes ’ with '.
const COMBINING_MARKS = /\p{M}/gu;
const CURLY_APOSTROPHES = /[’‘`´]/g;

export function foldForMatch(text: string): string {
  return text.normalize('NFD').replace(COMBINING_MARKS, '').replace(CURLY_APOSTROPHES, "'").toLowerCase();
}

/** A lowercase ASCII-ish slug, used for keys of proposed actors. */
export function slugify(text: string): string {
  return foldForMatch(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
