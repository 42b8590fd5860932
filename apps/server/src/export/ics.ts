// iCalendar by ical-generator: every event all-day over its span (DTEND is
// the day after the last, as RFC 5545 counts all-day ends). A month or year
// event covers its whole period and says so in its description, since a
// calendar cannot show "June 2019" any other way.
import ical from 'ical-generator';
import type { DatePrecision } from '@chronicle/db';
import type { ExportedEvent, ExportedTimeline } from './exported-timeline.ts';

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

export function toIcs(timeline: ExportedTimeline): string {
  const calendar = ical({
    name: timeline.title,
    description: timeline.description || undefined,
    prodId: { company: 'chronicle', product: 'chronicle', language: 'EN' },
    url: timeline.url,
  });
  for (const event of timeline.events) {
    calendar.createEvent({
      id: `${event.id}@chronicle`,
      allDay: true,
      start: event.span.startsOn,
      end: new Date(event.span.endsOn.getTime() + DAY_MS),
      summary: event.title,
      description: description(event),
      location: event.place ?? undefined,
      url: event.url,
      categories: [{ name: event.kind }],
    });
  }
  return calendar.toString();
}
