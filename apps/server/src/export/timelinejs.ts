// Knight Lab TimelineJS JSON (https://timeline.knightlab.com/docs/json-format.html):
// one slide per event. TimelineJS renders `headline` and `text` as HTML, so
// every string from chronicle is escaped here; links are http(s) only.
// Each slide also carries a `chronicle` object (TimelineJS ignores unknown
// keys) with what TimelineJS cannot hold: the precision (weeks), the plain
// summary and every source, so an export imports back whole.
// No slide has `media`: TimelineJS shows any address it does not recognise
// as an image, so a source's page would be fetched by every reader's browser
// from the publisher as a broken picture. The sources are links in the text.
import { escapeUTF8 } from 'entities';
import type { DatePrecision } from '@chronicle/db';
import { kindLabel, type ExportedEvent, type ExportedTimeline } from './exported-timeline.ts';
import { timelineJsSpan, type TimelineJsDate } from './timelinejs-date.ts';

export interface TimelineJsSlide {
  unique_id: string;
  start_date: TimelineJsDate;
  end_date?: TimelineJsDate;
  display_date?: string;
  text: { headline: string; text: string };
  group: string;
  chronicle: {
    precision: DatePrecision;
    kind: string;
    summary: string;
    sources: { url: string | null; title: string; publisher: string | null; publishedOn: string | null }[];
  };
}

export interface TimelineJsFile {
  title: { text: { headline: string; text: string } };
  events: TimelineJsSlide[];
}

const html = escapeUTF8;

function link(url: string | null, label: string): string {
  return url ? `<a href="${html(url)}" target="_blank" rel="noopener noreferrer">${html(label)}</a>` : html(label);
}

function slideText(event: ExportedEvent): string {
  const parts: string[] = [];
  if (event.summary) parts.push(`<p>${html(event.summary)}</p>`);
  if (event.quotes.length > 0) {
    const quotes = event.quotes.map((q) => {
      const who = q.speaker ? ` <cite>— ${html(q.speaker)}${q.verb ? ` (${html(q.verb)})` : ''}</cite>` : '';
      return `<blockquote>“${html(q.text)}”${who}</blockquote>`;
    });
    parts.push(quotes.join(''));
  }
  if (event.sources.length > 0) {
    const items = event.sources.map((s) => {
      const name = [s.publisher, s.title].filter(Boolean).join(': ');
      const when = s.publishedOn ? `, ${s.publishedOn.toISOString().slice(0, 10)}` : '';
      const passage = s.passage ? `<br>“${html(s.passage)}”` : '';
      return `<li>${link(s.url, name)}${html(when)}${passage}</li>`;
    });
    parts.push(`<p><strong>Sources</strong></p><ul>${items.join('')}</ul>`);
  }
  parts.push(`<p>${link(event.url, 'Open in chronicle')}</p>`);
  return parts.join('');
}

function slide(event: ExportedEvent): TimelineJsSlide {
  return {
    unique_id: event.id,
    ...timelineJsSpan(event.span),
    ...(event.span.precision === 'WEEK' ? { display_date: event.display } : {}),
    text: { headline: html(event.title), text: slideText(event) },
    group: kindLabel(event.kind),
    chronicle: {
      precision: event.span.precision,
      kind: event.kind,
      summary: event.summary,
      sources: event.sources.map((s) => ({
        url: s.url,
        title: s.title,
        publisher: s.publisher,
        publishedOn: s.publishedOn ? s.publishedOn.toISOString().slice(0, 10) : null,
      })),
    },
  };
}

export function toTimelineJs(timeline: ExportedTimeline): TimelineJsFile {
  const about = timeline.description ? `<p>${html(timeline.description)}</p>` : '';
  return {
    title: { text: { headline: html(timeline.title), text: `${about}<p>${link(timeline.url, 'From chronicle')}</p>` } },
    events: timeline.events.map(slide),
  };
}
