import fs from 'node:fs';
import { createExtractor } from './src/index.ts';
import { parseKnownActors } from './src/evaluation/index.ts';
const actors = parseKnownActors(JSON.parse(fs.readFileSync(process.argv[2] ?? 'prisma/seed/actors.json', 'utf8')));
const dir = 'packages/extract/fixtures/articles/';
const texts = fs.readdirSync(dir).filter(f => f.endsWith('.txt')).map(f => fs.readFileSync(dir + f, 'utf8'));
// Build ~1,000-word articles by joining fixtures.
const articles: string[] = [];
for (let i = 0; i < texts.length; i++) {
  let t = ''; let j = i;
  while (t.split(/\s+/).length < 1000) { t += (t ? '\n\n' : '') + texts[j % texts.length]!; j++; }
  articles.push(t);
}
console.log('words per article ~', articles.map(a => a.split(/\s+/).length).join(','));
let t0 = performance.now();
const extractor = createExtractor(actors);
console.log('createExtractor ms', (performance.now() - t0).toFixed(1));
for (let i = 0; i < 50; i++) extractor.extract({ text: articles[i % articles.length]!, publishedAt: '2019-06-25' });
const N = 1000; t0 = performance.now();
for (let i = 0; i < N; i++) extractor.extract({ text: articles[i % articles.length]!, publishedAt: '2019-06-25' });
const ms = performance.now() - t0;
console.log(`${N} articles in ${ms.toFixed(0)} ms → ${(N / ms * 1000).toFixed(0)} articles/s`);
