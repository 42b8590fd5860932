// Scores the extractor against expected events.
//
//   npm run eval -w @chronicle/extract -- <article.txt> <expected.json> [--actors <actors.json>]
//   npm run eval -w @chronicle/extract -- --all [--actors <actors.json>]      (every fixtures/articles/*.txt)
//   npm run eval:extract -- …                                                 (the same, from the repo root)
//
// Actors default to prisma/seed/actors.json at the repo root; while that file does not
// exist, the package's own fixtures/known-actors.json is used instead (with a note).

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createExtractor } from '../src/index.ts';
import type { Extractor, KnownActor } from '../src/index.ts';
import { evaluateArticle, formatReport, formatSummary, parseExpectedArticle, parseKnownActors, type ArticleScores } from '../src/evaluation/index.ts';

const REPO_ACTORS = fileURLToPath(new URL('../../../prisma/seed/actors.json', import.meta.url));
const FIXTURE_ACTORS = fileURLToPath(new URL('../fixtures/known-actors.json', import.meta.url));
const FIXTURE_ARTICLES = fileURLToPath(new URL('../fixtures/articles/', import.meta.url));
const USAGE = 'usage: eval <article.txt> <expected.json> [--actors <actors.json>]\n       eval --all [--actors <actors.json>]';

interface Arguments {
  articles: { articlePath: string; expectedPath: string }[];
  actorsPath: string | null;
}

function parseArguments(argv: readonly string[]): Arguments {
  const positional: string[] = [];
  let actorsPath: string | null = null;
  let all = false;
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index] ?? '';
    if (argument === '--actors') {
      actorsPath = argv[++index] ?? null;
      if (actorsPath === null) throw new Error(`--actors needs a path\n${USAGE}`);
    } else if (argument.startsWith('--actors=')) {
      actorsPath = argument.slice('--actors='.length);
    } else if (argument === '--all') {
      all = true;
    } else {
      positional.push(argument);
    }
  }
  if (all && positional.length === 0) return { articles: fixtureArticles(), actorsPath };
  const [articlePath, expectedPath] = positional;
  if (all || articlePath === undefined || expectedPath === undefined || positional.length > 2) throw new Error(USAGE);
  return { articles: [{ articlePath: locate(articlePath), expectedPath: locate(expectedPath) }], actorsPath };
}

function fixtureArticles(): Arguments['articles'] {
  return readdirSync(FIXTURE_ARTICLES)
    .filter((file) => file.endsWith('.txt'))
    .sort()
    .map((file) => ({ articlePath: `${FIXTURE_ARTICLES}${file}`, expectedPath: `${FIXTURE_ARTICLES}${file.replace(/\.txt$/, '.json')}` }));
}

/**
 * npm runs workspace scripts inside the workspace folder; paths typed at the repo root
 * are found through INIT_CWD, the directory npm was started from.
 */
function locate(path: string): string {
  if (isAbsolute(path) || existsSync(path)) return resolve(path);
  const startedFrom = process.env['INIT_CWD'];
  const fromStart = startedFrom === undefined ? null : resolve(startedFrom, path);
  if (fromStart !== null && existsSync(fromStart)) return fromStart;
  throw new Error(`file not found: ${path}`);
}

function chooseActorsFile(requested: string | null): string {
  if (requested !== null) return locate(requested);
  if (existsSync(REPO_ACTORS)) return REPO_ACTORS;
  console.error(`note: ${REPO_ACTORS} does not exist; using ${FIXTURE_ACTORS}`);
  return FIXTURE_ACTORS;
}

function evaluateOne(extractor: Extractor, knownActors: KnownActor[], articlePath: string, expectedPath: string): ArticleScores {
  const expected = parseExpectedArticle(JSON.parse(readFileSync(expectedPath, 'utf8')));
  const extraction = extractor.extract({
    text: readFileSync(articlePath, 'utf8'),
    publishedAt: expected.publishedAt,
    ...(expected.title === null ? {} : { title: expected.title }),
    ...(expected.url === null ? {} : { url: expected.url }),
    ...(expected.publisher === null ? {} : { publisher: expected.publisher }),
  });
  const evaluation = evaluateArticle(expected, extraction, knownActors);
  console.log(formatReport(basename(articlePath), expected, extraction, evaluation));
  return { name: basename(articlePath, '.txt'), evaluation };
}

function main(): void {
  const args = parseArguments(process.argv.slice(2));
  const actorsPath = chooseActorsFile(args.actorsPath);
  const knownActors = parseKnownActors(JSON.parse(readFileSync(actorsPath, 'utf8')));
  const extractor = createExtractor(knownActors);
  const scores = args.articles.map(({ articlePath, expectedPath }, index) => {
    if (index > 0) console.log(`\n${'─'.repeat(100)}\n`);
    return evaluateOne(extractor, knownActors, articlePath, expectedPath);
  });
  if (scores.length > 1) console.log(`\n${'═'.repeat(100)}\nSummary (actors from ${actorsPath})\n\n${formatSummary(scores)}`);
}

try {
  main();
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
}
