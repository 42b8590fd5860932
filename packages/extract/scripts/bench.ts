// Extraction speed: articles per second on ~1,000-word articles made by joining the
// fixture articles, with the repo's actor list (or the fixture list while it is absent).
//
//   npm run bench -w @chronicle/extract [-- <runs>]

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createExtractor } from '../src/index.ts';
import { parseKnownActors } from '../src/evaluation/index.ts';

const REPO_ACTORS = fileURLToPath(new URL('../../../prisma/seed/actors.json', import.meta.url));
const FIXTURE_ACTORS = fileURLToPath(new URL('../fixtures/known-actors.json', import.meta.url));
const FIXTURE_ARTICLES = fileURLToPath(new URL('../fixtures/articles/', import.meta.url));
const TARGET_WORDS = 1_000;

const wordCount = (text: string): number => text.split(/\s+/).filter(Boolean).length;

function thousandWordArticles(): string[] {
  const texts = readdirSync(FIXTURE_ARTICLES)
    .filter((file) => file.endsWith('.txt'))
    .sort()
    .map((file) => readFileSync(`${FIXTURE_ARTICLES}${file}`, 'utf8'));
  return texts.map((_, first) => {
    const parts: string[] = [];
    for (let next = first; wordCount(parts.join('\n\n')) < TARGET_WORDS; next++) parts.push(texts[next % texts.length] ?? '');
    return parts.join('\n\n');
  });
}

const runs = Number(process.argv[2] ?? 1_000);
const actorsPath = existsSync(REPO_ACTORS) ? REPO_ACTORS : FIXTURE_ACTORS;
const knownActors = parseKnownActors(JSON.parse(readFileSync(actorsPath, 'utf8')));
const articles = thousandWordArticles();

let started = performance.now();
const extractor = createExtractor(knownActors);
const compileMs = performance.now() - started;
for (const text of articles) extractor.extract({ text, publishedAt: '2019-06-25' });

started = performance.now();
const cpuBefore = process.cpuUsage();
for (let run = 0; run < runs; run++) extractor.extract({ text: articles[run % articles.length] ?? '', publishedAt: '2019-06-25' });
const seconds = (performance.now() - started) / 1000;
// CPU time as well as wall time: on a shared machine the wall clock also counts other
// processes' turns, while CPU seconds are what one core spends on extraction.
const cpu = process.cpuUsage(cpuBefore);
const cpuSeconds = (cpu.user + cpu.system) / 1e6;

const meanWords = Math.round(articles.reduce((sum, text) => sum + wordCount(text), 0) / articles.length);
console.log(`known actors: ${knownActors.length} (${actorsPath}); createExtractor: ${compileMs.toFixed(1)} ms`);
console.log(`${runs} articles of ~${meanWords} words: ${(runs / seconds).toFixed(1)} articles/s, ${((seconds * 1000) / runs).toFixed(2)} ms each (wall clock)`);
console.log(`CPU time: ${(runs / cpuSeconds).toFixed(1)} articles per CPU-second, ${((cpuSeconds * 1000) / runs).toFixed(2)} ms each`);
