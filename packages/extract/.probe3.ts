import fs from 'node:fs';
import { createExtractor } from './src/index.ts';
const actors = JSON.parse(fs.readFileSync('packages/extract/fixtures/known-actors.json','utf8')).map((a: any) => ({ ...a, id: a.key }));
const file = process.argv[2]!;
const meta = JSON.parse(fs.readFileSync(file + '.json','utf8'));
const text = fs.readFileSync(file + '.txt','utf8');
const x = createExtractor(actors).extract({ text, publishedAt: meta.publishedAt, title: meta.title });
for (const e of x.events) { console.log('EVENT', e.title); for (const p of e.passages) console.log('   P:', p.text.slice(0, 120)); }
