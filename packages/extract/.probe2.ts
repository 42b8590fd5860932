import fs from 'node:fs';
import { findDates } from './src/dates/findDates.ts';
for (const [f, pub] of [['maduro-second-term-no-pubdate', null], ['lima-group-declaration-2019-01', '2019-01-05']] as const) {
  const text = fs.readFileSync(`packages/extract/fixtures/articles/${f}.txt`, 'utf8');
  console.log(f, findDates(text, pub).dates.map(d => [d.span.text, d.span.start, d.resolved?.start, d.resolved?.precision, d.unresolvedReason]));
}
