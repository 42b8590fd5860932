// Text fields of an imported row: TimelineJS headlines and texts are HTML,
// chronicle keeps plain text; groups become kinds where they match.
import { decodeHTML } from 'entities';
import { EventKind } from '@chronicle/db';
import { MAX_SUMMARY_LENGTH, MAX_TITLE_LENGTH, RowProblem, type ImportedSource } from './imported-row.ts';

/** Plain text of a TimelineJS HTML fragment: tags dropped, block ends as line breaks, entities decoded. */
export function htmlToText(html: string): string {
  const text = html
    .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(p|div|li|blockquote|h[1-6])\s*>/gi, '\n')
    .replace(/<[^>]*>/g, '');
  return decodeHTML(text)
    .replace(/[ \t\u00a0]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

export function titleOf(headline: string): string {
  const title = htmlToText(headline).replace(/\s+/g, ' ');
  if (title === '') throw new RowProblem('has no headline');
  if (title.length > MAX_TITLE_LENGTH) throw new RowProblem(`headline is longer than ${MAX_TITLE_LENGTH} characters`);
  return title;
}

export function summaryOf(text: string): string {
  if (text.length > MAX_SUMMARY_LENGTH) throw new RowProblem(`text is longer than ${MAX_SUMMARY_LENGTH} characters`);
  return text;
}

/** The kind a group names (any case: "Diplomatic", "DIPLOMATIC"); OTHER with a warning when none does. */
export function kindOfGroup(group: string, warnings: string[]): EventKind {
  const name = group.trim().toUpperCase();
  if (name === '') return 'OTHER';
  if (Object.hasOwn(EventKind, name)) return name as EventKind;
  warnings.push(`group "${group.trim()}" is not a kind of event; imported as OTHER`);
  return 'OTHER';
}

export function httpUrl(value: string): string | null {
  try {
    const url = new URL(value.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** A media URL as a source: only web addresses cite anything. */
export function mediaSource(url: string, credit: string, caption: string, warnings: string[]): ImportedSource | null {
  if (url.trim() === '') return null;
  const href = httpUrl(url);
  if (!href) {
    warnings.push(`media "${url.trim().slice(0, 80)}" is not a web address; left out`);
    return null;
  }
  const publisher = htmlToText(credit) || null;
  return { url: href, title: htmlToText(caption) || publisher || href, publisher, publishedOn: null };
}

/** Sources listed one a line as chronicle's CSV writes them: "Publisher: Title (2019-06-03) https://…". */
export function sourcesFromLines(cell: string): ImportedSource[] {
  const sources: ImportedSource[] = [];
  for (const line of cell.split(/\r?\n/)) {
    const match = /^(.*?)\s*(https?:\/\/\S+)\s*$/.exec(line.trim());
    const url = match?.[2] ? httpUrl(match[2]) : null;
    if (!match || !url) continue;
    let label = match[1] ?? '';
    let publishedOn: Date | null = null;
    const dated = /^(.*?)\s*\((\d{4})-(\d{2})-(\d{2})\)$/.exec(label);
    if (dated) {
      label = dated[1] ?? '';
      publishedOn = new Date(Date.UTC(Number(dated[2]), Number(dated[3]) - 1, Number(dated[4])));
    }
    const colon = label.indexOf(': ');
    const publisher = colon > 0 ? label.slice(0, colon) : null;
    const title = (colon > 0 ? label.slice(colon + 2) : label).trim() || url;
    sources.push({ url, title, publisher, publishedOn });
  }
  return sources;
}
