import { readFileSync } from 'node:fs';
import { createExtractor } from './src/index.ts';
const [file, published] = process.argv.slice(2);
const text = readFileSync(file!, 'utf8');
const ex = createExtractor([]).extract({ text, publishedAt: published });
for (const a of ex.proposedActors) console.log(a.kind, a.name, a.mentions.map((m) => m.text).join('|'));
for (const e of ex.events) console.log(e.date?.resolved?.start, e.dateSource, '|', e.title, '|', e.actors.map((a) => a.name).join(', '));
