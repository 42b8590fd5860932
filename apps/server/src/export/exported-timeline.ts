// What leaves chronicle when a timeline is exported: plain data, already cut
// down to what readers may see, so every format below is a pure function of it.
import type { ActorRole, EventKind, EventSpan } from '@chronicle/db';

export interface ExportedSource {
  title: string;
  publisher: string | null;
  /** Only http(s) addresses: anything else never becomes a link. */
  url: string | null;
  publishedOn: Date | null;
  passage: string | null;
  /** The date as the source wrote it ("On Tuesday"). */
  dateExpression: string | null;
}

export interface ExportedQuote {
  text: string;
  verb: string | null;
  speaker: string | null;
}

export interface ExportedEvent {
  /** The API's global ID. */
  id: string;
  title: string;
  summary: string;
  kind: EventKind;
  span: EventSpan;
  /** "June 2019", "7 – 14 March 2019": as chronicle shows it. */
  display: string;
  place: string | null;
  actors: { name: string; role: ActorRole }[];
  sources: ExportedSource[];
  quotes: ExportedQuote[];
  /** The event opened in chronicle's web app. */
  url: string;
}

export interface ExportedTimeline {
  slug: string;
  title: string;
  description: string;
  /** The timeline (with the export's filters) in chronicle's web app. */
  url: string;
  /** True when filters or a window narrowed the events. */
  filtered: boolean;
  events: ExportedEvent[];
}

/** "Diplomatic" for DIPLOMATIC: the group TimelineJS shows, and what import matches back to a kind. */
export function kindLabel(kind: EventKind): string {
  return kind.charAt(0) + kind.slice(1).toLowerCase();
}

export function safeHttpUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}
