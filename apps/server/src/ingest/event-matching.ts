// Does a proposed event report something chronicle already holds? Same date
// and precision, at least one actor in common, and similar words.
import { foldForMatch } from '@chronicle/extract/names';

const STOP_WORDS = new Set(
  'a an and are as at be by for from has have he her his in is it its of on or said says she that the their they this to was were will with'.split(' '),
);

function contentWords(text: string): Set<string> {
  const words = foldForMatch(text).match(/\p{L}[\p{L}\p{N}'-]*/gu) ?? [];
  return new Set(words.filter((w) => w.length > 2 && !STOP_WORDS.has(w)).map((w) => w.replace(/'s$/, '')));
}

/** Share of words in common (Jaccard), 0 to 1. */
export function textSimilarity(a: string, b: string): number {
  const wa = contentWords(a);
  const wb = contentWords(b);
  if (wa.size === 0 || wb.size === 0) return 0;
  let shared = 0;
  for (const word of wa) if (wb.has(word)) shared += 1;
  return shared / (wa.size + wb.size - shared);
}

export const SIMILARITY_THRESHOLD = 0.2;

export interface MatchCandidate {
  id: string;
  title: string;
  summary: string;
  actorIds: string[];
}

/** The best existing event that reports the same happening, if any. */
export function findMatchingEvent(proposed: { title: string; summary: string; actorIds: string[] }, candidates: MatchCandidate[]): MatchCandidate | null {
  let best: { candidate: MatchCandidate; score: number } | null = null;
  for (const candidate of candidates) {
    if (!candidate.actorIds.some((id) => proposed.actorIds.includes(id))) continue;
    const score = textSimilarity(`${proposed.title} ${proposed.summary}`, `${candidate.title} ${candidate.summary}`);
    if (score >= SIMILARITY_THRESHOLD && (!best || score > best.score)) best = { candidate, score };
  }
  return best?.candidate ?? null;
}
