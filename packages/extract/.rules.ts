import fs from 'node:fs';
import { RELATIVE_RULES } from './src/dates/relativeRules.ts';
import { CALENDAR_RULES } from './src/dates/calendarRules.ts';
const dir = 'packages/extract/fixtures/articles/';
const text = fs.readdirSync(dir).filter(f => f.endsWith('.txt')).map(f => fs.readFileSync(dir + f, 'utf8')).join('\n\n').slice(0, 7000);
[...RELATIVE_RULES, ...CALENDAR_RULES].forEach((rule, i) => {
  const finder = new RegExp(rule.pattern.source, rule.pattern.flags.replace('d', ''));
  const t = performance.now();
  for (let k = 0; k < 200; k++) { finder.lastIndex = 0; while (finder.exec(text) !== null) {} }
  console.log(i, ((performance.now() - t) / 200).toFixed(3), 'ms', rule.pattern.flags, rule.pattern.source.slice(0, 60));
});
