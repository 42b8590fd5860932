// CSV in the TimelineJS Google Sheets template's layout plus chronicle's own
// columns, RFC 4180 (CRLF, quotes doubled) by csv-stringify.
import { stringify } from 'csv-stringify/sync';
import { toCalendarDay } from '@chronicle/db';
import { kindLabel, type ExportedEvent, type ExportedTimeline } from './exported-timeline.ts';
import { neutraliseFormula, SHEET_COLUMNS, type SheetColumn } from './sheet-columns.ts';
import { timelineJsSpan } from './timelinejs-date.ts';

const text = (value: number | undefined) => (value === undefined ? '' : String(value));

function row(event: ExportedEvent): Record<SheetColumn, string> {
  const { start_date: start, end_date: end } = timelineJsSpan(event.span);
  const media = event.sources.find((s) => s.url);
  const sources = event.sources.map((s) => {
    const name = [s.publisher, s.title].filter(Boolean).join(': ');
    const when = s.publishedOn ? ` (${toCalendarDay(s.publishedOn)})` : '';
    return `${name}${when}${s.url ? ` ${s.url}` : ''}`;
  });
  const cells: Record<SheetColumn, string> = {
    Year: text(start.year),
    Month: text(start.month),
    Day: text(start.day),
    Time: '',
    'End Year': text(end?.year),
    'End Month': text(end?.month),
    'End Day': text(end?.day),
    'End Time': '',
    'Display Date': event.span.precision === 'WEEK' ? event.display : '',
    Headline: event.title,
    Text: event.summary,
    Media: media?.url ?? '',
    'Media Credit': media?.publisher ?? '',
    'Media Caption': media?.title ?? '',
    'Media Thumbnail': '',
    Type: '',
    Group: kindLabel(event.kind),
    Background: '',
    id: event.id,
    precision: event.span.precision,
    start: toCalendarDay(event.span.startsOn),
    end: toCalendarDay(event.span.endsOn),
    actors: event.actors.map((a) => `${a.name} (${a.role.toLowerCase()})`).join('\n'),
    sources: sources.join('\n'),
  };
  for (const key of Object.keys(cells) as SheetColumn[]) cells[key] = neutraliseFormula(cells[key]);
  return cells;
}

export function toCsv(timeline: ExportedTimeline): string {
  return stringify(timeline.events.map(row), { header: true, columns: [...SHEET_COLUMNS], record_delimiter: 'windows' });
}
