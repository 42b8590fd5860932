import fs from 'node:fs';
import { findDates } from './src/dates/findDates.ts';
import { chronoCandidates } from './src/dates/chronoRules.ts';
const dir = 'packages/extract/fixtures/articles/';
const text = fs.readdirSync(dir).filter(f => f.endsWith('.txt')).map(f => fs.readFileSync(dir + f, 'utf8')).join('\n\n').slice(0, 7000);
for (let r = 0; r < 3; r++) {
  let t = performance.now(); for (let i = 0; i < 500; i++) findDates(text, '2019-06-25'); console.log('findDates', ((performance.now() - t) / 500).toFixed(3));
  t = performance.now(); for (let i = 0; i < 500; i++) chronoCandidates(text, { year: 2019, month: 6, day: 25 }); console.log('chrono', ((performance.now() - t) / 500).toFixed(3));
}
