// Test fixtures of the extraction package: the known-actor list and the articles with
// their expected events, read from fixtures/ so tests run in a fresh clone.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseExpectedArticle, type ExpectedArticle } from '../evaluation/expectedArticle.ts';
import { parseKnownActors } from '../evaluation/knownActorsFile.ts';
import type { ArticleInput, KnownActor } from '../types.ts';

const FIXTURES = fileURLToPath(new URL('../../fixtures/', import.meta.url));

export function fixtureActors(): KnownActor[] {
  return parseKnownActors(JSON.parse(readFileSync(`${FIXTURES}known-actors.json`, 'utf8')));
}

export interface FixtureArticle {
  name: string;
  expected: ExpectedArticle;
  input: ArticleInput;
}

export function fixtureArticle(name: string): FixtureArticle {
  const expected = parseExpectedArticle(JSON.parse(readFileSync(`${FIXTURES}articles/${name}.json`, 'utf8')));
  const text = readFileSync(`${FIXTURES}articles/${name}.txt`, 'utf8');
  return { name, expected, input: { text, publishedAt: expected.publishedAt, ...(expected.title === null ? {} : { title: expected.title }) } };
}

export function fixtureArticleNames(): string[] {
  return readdirSync(`${FIXTURES}articles`)
    .filter((file) => file.endsWith('.txt'))
    .map((file) => file.slice(0, -'.txt'.length))
    .sort();
}
