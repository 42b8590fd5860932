// Splits an article into plain and highlighted runs, so the review screen can
// show which passages back which event without ever building HTML from text.

export interface Passage {
  start: number;
  end: number;
  /** Which event the passage backs. */
  eventId: string;
}

export interface Segment {
  text: string;
  start: number;
  /** Events whose passages cover this run; empty for plain text. */
  eventIds: string[];
}

export function passageSegments(text: string, passages: readonly Passage[]): Segment[] {
  const valid = passages.filter((p) => p.start >= 0 && p.end <= text.length && p.start < p.end);
  const cuts = new Set<number>([0, text.length]);
  for (const p of valid) {
    cuts.add(p.start);
    cuts.add(p.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i < points.length - 1; i += 1) {
    const start = points[i]!;
    const end = points[i + 1]!;
    const eventIds = [...new Set(valid.filter((p) => p.start <= start && p.end >= end).map((p) => p.eventId))];
    segments.push({ text: text.slice(start, end), start, eventIds });
  }
  return segments;
}
