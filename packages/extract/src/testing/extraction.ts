// Helpers for tests that run the extractor on short texts with the fixture actors.
import { createExtractor } from '../extractor.ts';
import type { ActorRef, ArticleInput, Extraction, Extractor } from '../types.ts';
import { fixtureActors } from './fixtures.ts';

let shared: Extractor | null = null;

/** One extractor over the fixture actors, compiled once for the whole test file. */
export function extract(text: string, publishedAt: string | null = '2019-06-25', extra: Partial<ArticleInput> = {}): Extraction {
  shared ??= createExtractor(fixtureActors());
  return shared.extract({ text, publishedAt, ...extra });
}

/** "known:<id>" or "proposed:<key>", for compact assertions. */
export function refKey(ref: ActorRef | null): string | null {
  if (ref === null) return null;
  return ref.kind === 'known' ? `known:${ref.actorId}` : `proposed:${ref.proposedKey}`;
}

/** Which actor each mention of `surface` (exact text) points at. */
export function actorsMentionedAs(extraction: Extraction, surface: string): (string | null)[] {
  return (extraction.mentions ?? []).filter((mention) => mention.span.text === surface).map((mention) => refKey(mention.actor));
}
