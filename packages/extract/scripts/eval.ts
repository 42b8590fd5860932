// Scores the extractor against expected events.
//
//   npm run eval:extract -- --set ../shared/devset [--actors <actors.json>|none] [--details]
//   npm run eval:extract -- --all [--actors <actors.json>|none]         (every fixtures/articles/*.txt)
//   npm run eval:extract -- <article.txt> <expected.json> [--actors …]   (one article)
//
// --set reads a gold set (a folder of <id>.txt excerpts and one gold.json) where it lies.
// Without --actors it runs twice: with an empty actor table, as chronicle meets a new
// crisis, and with the sample data's actors (prisma/seed/actors.json).

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createExtractor } from '../src/index.ts';
import { invokedFrom } from './env.ts';
import type { KnownActor } from '../src/index.ts';
import {
  evaluateArticle,
  formatReport,
  formatSummary,
  parseExpectedArticle,
  parseKnownActors,
  readGoldSet,
  type ArticleScores,
  type ExpectedArticle,
} from '../src/evaluation/index.ts';

const REPO_ACTORS = fileURLToPath(new URL('../../../prisma/seed/actors.json', import.meta.url));
const FIXTURE_ARTICLES = fileURLToPath(new URL('../fixtures/articles/', import.meta.url));
const USAGE = [
  'usage: eval --set <folder with gold.json> [--actors <actors.json>|none] [--details]',
  '       eval --all [--actors <actors.json>|none]',
  '       eval <article.txt> <expected.json> [--actors <actors.json>|none]',
].join('\n');

interface Page {
  name: string;
  text: string;
  expected: ExpectedArticle;
}

interface ActorTable {
  label: string;
  actors: KnownActor[];
}

function main(): void {
  const { values, positionals } = parseArgs({
    options: { set: { type: 'string' }, all: { type: 'boolean' }, actors: { type: 'string' }, details: { type: 'boolean' } },
    allowPositionals: true,
  });
  const pages = choosePages(values.set, values.all === true, positionals);
  const tables =
    values.actors !== undefined
      ? [actorTable(values.actors)]
      : values.set !== undefined
        ? [actorTable('none'), actorTable(REPO_ACTORS)]
        : [actorTable(REPO_ACTORS)];
  const details = values.details === true || pages.length === 1;
  for (const table of tables) {
    const extractor = createExtractor(table.actors);
    const scores: ArticleScores[] = pages.map((page) => {
      const extraction = extractor.extract({
        text: page.text,
        publishedAt: page.expected.publishedAt,
        ...(page.expected.title === null ? {} : { title: page.expected.title }),
        ...(page.expected.url === null ? {} : { url: page.expected.url }),
        ...(page.expected.publisher === null ? {} : { publisher: page.expected.publisher }),
      });
      const evaluation = evaluateArticle(page.expected, extraction, table.actors);
      if (details) console.log(`${formatReport(page.name, page.expected, extraction, evaluation)}\n\n${'─'.repeat(100)}\n`);
      return { name: page.name, evaluation };
    });
    console.log(`Actors: ${table.label}\n\n${formatSummary(scores)}\n`);
  }
}

function choosePages(set: string | undefined, all: boolean, positionals: readonly string[]): Page[] {
  if (set !== undefined) {
    return readGoldSet(locate(set)).map((page) => ({ name: page.id, text: readFileSync(page.textPath, 'utf8'), expected: page.expected }));
  }
  if (all) {
    return readdirSync(FIXTURE_ARTICLES)
      .filter((file) => file.endsWith('.txt'))
      .sort()
      .map((file) => fixturePage(`${FIXTURE_ARTICLES}${file}`, `${FIXTURE_ARTICLES}${file.replace(/\.txt$/, '.json')}`));
  }
  const [articlePath, expectedPath] = positionals;
  if (articlePath === undefined || expectedPath === undefined || positionals.length > 2) throw new Error(USAGE);
  return [fixturePage(locate(articlePath), locate(expectedPath))];
}

function fixturePage(articlePath: string, expectedPath: string): Page {
  return {
    name: basename(articlePath, '.txt'),
    text: readFileSync(articlePath, 'utf8'),
    expected: parseExpectedArticle(JSON.parse(readFileSync(expectedPath, 'utf8'))),
  };
}

function actorTable(choice: string): ActorTable {
  if (choice === 'none') return { label: 'none (empty actor table)', actors: [] };
  const path = locate(choice);
  return { label: path, actors: parseKnownActors(JSON.parse(readFileSync(path, 'utf8'))) };
}

/**
 * npm runs workspace scripts inside the workspace folder; paths typed at the repo root
 * are found through INIT_CWD, the directory npm was started from.
 */
function locate(path: string): string {
  if (isAbsolute(path) || existsSync(path)) return resolve(path);
  const fromStart = invokedFrom === undefined ? null : resolve(invokedFrom, path);
  if (fromStart !== null && existsSync(fromStart)) return fromStart;
  throw new Error(`not found: ${path}`);
}

try {
  main();
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
}
