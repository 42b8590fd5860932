import { findDates } from './src/dates/findDates.ts';
import fs from 'node:fs';
const text = fs.readFileSync('packages/extract/fixtures/articles/ryabkov-venezuela-2019-06.txt','utf8');
console.log(findDates(text, '2019-06-25'));
const samples = ['On Tuesday we met.', 'He left last week.', 'earlier this month', 'last month', 'in March', 'from 3 to 5 March', 'between January and March', 'in 2018', 'Jan. 23', 'between 3 and 5 March', 'on 5 and 6 March', 'January 10 and 23.', 'two weeks ago', 'The talks will resume on Thursday', 'last Tuesday', 'in October', 'March 2018', 'the 2018 election', 'some 2000 troops', 'Protesters march on', 'Tuesday, January 22', 'between 2014 and 2018', 'next month', 'yesterday', 'from March 30 to April 2'];
for (const s of samples) { const r = findDates(s, '2019-06-25'); console.log(JSON.stringify(s), r.dates.map(d => [d.span.text, d.resolved])); }
console.log(findDates('On Tuesday, on January 23 and on January 23, 2019, in 2018.', null));
