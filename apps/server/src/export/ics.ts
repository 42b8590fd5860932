// iCalendar: every event all-day over its span (DTEND is
// the day after the last, as RFC 5545 counts all-day ends). A month or year
// event covers its whole period and says so in its description, since a
// calendar cannot show "June 2019" any other way.
import type { DatePrecision } from '@chronicle/db';
import type { ExportedEvent, ExportedTimeline } from './exported-timeline.ts';
import { escapeText, foldLine, formatDate, formatDateTime } from './ics-lines.ts';

const DAY_MS = 86_400_000;

const PRECISION_NOTE: Record<DatePrecision, string | null> = {
  DAY: null,
  WEEK: 'Known to the week',
  MONTH: 'Known to the month',
  YEAR: 'Known to the year',
};

function description(event: ExportedEvent): string {
  const note = PRECISION_NOTE[event.span.precision];
  const lines = [note ? `${note}: ${event.display} (shown over the whole period; the exact day is not known).` : event.display];
  if (event.summary) lines.push('', event.summary);
  for (const q of event.quotes) lines.push('', `“${q.text}”${q.speaker ? ` — ${q.speaker}` : ''}`);
  if (event.sources.length > 0) {
    lines.push('', 'Sources:');
    for (const s of event.sources) lines.push(`- ${[s.publisher, s.title].filter(Boolean).join(': ')}${s.url ? ` ${s.url}` : ''}`);
  }
  lines.push('', event.url);
  return lines.join('\n');
}

export function toIcs(timeline: ExportedTimeline, now = new Date()): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//chronicle//chronicle//EN', `URL:${timeline.url}`];
  lines.push(`NAME:${escapeText(timeline.title)}`, `X-WR-CALNAME:${escapeText(timeline.title)}`);
  if (timeline.description) lines.push(`X-WR-CALDESC:${escapeText(timeline.description)}`);
  const stamp = formatDateTime(now);
  for (const event of timeline.events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${escapeText(`${event.id}@chronicle`)}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${formatDate(event.span.startsOn)}`,
      `DTEND;VALUE=DATE:${formatDate(new Date(event.span.endsOn.getTime() + DAY_MS))}`,
      // Outlook shows an event as all-day only when told so in its own words.
      'X-MICROSOFT-CDO-ALLDAYEVENT:TRUE',
      `SUMMARY:${escapeText(event.title)}`,
    );
    if (event.place) lines.push(`LOCATION:${escapeText(event.place)}`);
    lines.push(`DESCRIPTION:${escapeText(description(event))}`, `CATEGORIES:${escapeText(event.kind)}`, `URL;VALUE=URI:${event.url}`, 'END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
