// Scores the extractor on one article against its expected events.
//
//   npm run eval -w @chronicle/extract -- <article.txt> <expected.json> [--actors <actors.json>]
//   npm run eval:extract -- <article.txt> <expected.json> [--actors <actors.json>]   (from the repo root)
//
// Actors default to prisma/seed/actors.json at the repo root; while that file does not
// exist yet, the package's own fixtures/known-actors.json is used instead (with a note).

import { existsSync, readFileSync } from 'node:fs';
import { basename, isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createExtractor } from '../src/index.ts';
import { evaluateArticle, formatReport, parseExpectedArticle, parseKnownActors } from '../src/evaluation/index.ts';

const REPO_ACTORS = fileURLToPath(new URL('../../../prisma/seed/actors.json', import.meta.url));
const FIXTURE_ACTORS = fileURLToPath(new URL('../fixtures/known-actors.json', import.meta.url));
const USAGE = 'usage: eval <article.txt> <expected.json> [--actors <actors.json>]';

interface Arguments {
  articlePath: string;
  expectedPath: string;
  actorsPath: string | null;
}

function parseArguments(argv: readonly string[]): Arguments {
  const positional: string[] = [];
  let actorsPath: string | null = null;
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index] ?? '';
    if (argument === '--actors') {
      actorsPath = argv[++index] ?? null;
      if (actorsPath === null) throw new Error(`--actors needs a path\n${USAGE}`);
    } else if (argument.startsWith('--actors=')) {
      actorsPath = argument.slice('--actors='.length);
    } else {
      positional.push(argument);
    }
  }
  const [articlePath, expectedPath] = positional;
  if (articlePath === undefined || expectedPath === undefined || positional.length > 2) throw new Error(USAGE);
  return { articlePath, expectedPath, actorsPath };
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
  console.error(`note: ${REPO_ACTORS} does not exist yet; using ${FIXTURE_ACTORS}`);
  return FIXTURE_ACTORS;
}

function main(): void {
  const args = parseArguments(process.argv.slice(2));
  const articlePath = locate(args.articlePath);
  const expected = parseExpectedArticle(JSON.parse(readFileSync(locate(args.expectedPath), 'utf8')));
  const knownActors = parseKnownActors(JSON.parse(readFileSync(chooseActorsFile(args.actorsPath), 'utf8')));
  const extraction = createExtractor(knownActors).extract({
    text: readFileSync(articlePath, 'utf8'),
    publishedAt: expected.publishedAt,
    ...(expected.title === null ? {} : { title: expected.title }),
    ...(expected.url === null ? {} : { url: expected.url }),
    ...(expected.publisher === null ? {} : { publisher: expected.publisher }),
  });
  const evaluation = evaluateArticle(expected, extraction, knownActors);
  console.log(formatReport(basename(articlePath), expected, extraction, evaluation));
}

try {
  main();
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
}
