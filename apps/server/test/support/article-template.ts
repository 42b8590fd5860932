// Distinct articles made from a template, for queue tests and the ingestion
// benchmark: each index gives other people, places, days and figures, so no
// two texts (or their hashes) are alike. Written for these tests, not copied
// from any outlet.
import { monthName } from '@chronicle/calendar';

const SPEAKERS = ['Sergey Lavrov', 'Mike Pompeo', 'Juan Guaidó', 'Nicolás Maduro', 'Iván Duque', 'Jair Bolsonaro', 'Michelle Bachelet', 'John Bolton'];
const PLACES = ['Caracas', 'Bogotá', 'Lima', 'Moscow', 'Washington', 'Brasília', 'Oslo', 'Havana', 'Montevideo', 'Geneva'];
const TOPICS = [
  'humanitarian aid at the border',
  'the oil export sanctions',
  'talks between the government and the opposition',
  'the electricity blackout',
  'the release of detained lawmakers',
  'new elections',
  'the military advisers sent from abroad',
];
// January to November: a meeting on day 25 is still reported within its month.
const MONTHS_USED = 11;
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];

export interface TemplateArticle {
  title: string;
  text: string;
  /** YYYY-MM-DD, two days after the meeting it reports. */
  publishedOn: string;
  publisher: string;
}

const pick = <T>(list: readonly T[], n: number): T => list[n % list.length]!;

export function templateArticle(index: number): TemplateArticle {
  const speaker = pick(SPEAKERS, index);
  const other = pick(SPEAKERS, index + 3);
  const place = pick(PLACES, index * 7 + 1);
  const topic = pick(TOPICS, index * 3 + 2);
  const monthNumber = 1 + (Math.floor(index / 25) % MONTHS_USED);
  const month = monthName(monthNumber);
  const day = 1 + (index % 25);
  const tonnes = 100 + index * 37;
  const publishedOn = `2019-${String(monthNumber).padStart(2, '0')}-${String(day + 2).padStart(2, '0')}`;
  const title = `${speaker} and ${other} discuss ${topic} in ${place} (report ${index + 1})`;
  const text = [
    title,
    '',
    `${speaker} met ${other} in ${place} on ${day} ${month} 2019 to discuss ${topic}, officials said.`,
    `"We will not accept pressure from abroad," ${speaker} told reporters after the meeting, which lasted ${2 + (index % 5)} hours.`,
    `According to a statement issued on ${pick(WEEKDAYS, index)}, both sides agreed that ${tonnes} tonnes of supplies would be counted again.`,
    `${other} said on ${day} ${month} 2019 that a second meeting in ${pick(PLACES, index + 4)} was possible before the end of the month.`,
    `Observers in ${place} noted that report number ${index + 1} of this series was the first to mention ${tonnes} tonnes.`,
  ].join('\n');
  return { title, text, publishedOn, publisher: pick(['Desk Wire', 'Regional Post', 'Evening Ledger'], index) };
}

/** The article as a news page with its metadata, as an outlet would serve it. */
export function templatePage(article: TemplateArticle): string {
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
  const [heading, , ...paragraphs] = article.text.split('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escape(article.title)}</title>
<meta property="og:site_name" content="${escape(article.publisher)}"><meta property="article:published_time" content="${article.publishedOn}T09:00:00Z"></head>
<body><nav><a href="/">Home</a></nav><article><h1>${escape(heading!)}</h1>${paragraphs.map((p) => `<p>${escape(p)}</p>`).join('\n')}</article>
<footer>All rights reserved.</footer></body></html>`;
}
