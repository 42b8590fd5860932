import fs from 'node:fs';
import { findDates } from './src/dates/findDates.ts';
const dir = 'packages/extract/fixtures/articles/';
const text = fs.readdirSync(dir).filter(f => f.endsWith('.txt')).map(f => fs.readFileSync(dir + f, 'utf8')).join('\n\n').slice(0, 7000);
for (let i = 0; i < 1000; i++) findDates(text, '2019-06-25');
