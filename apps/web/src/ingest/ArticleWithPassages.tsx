// The article as the editor pasted it, with the passages that back the
// proposed events marked; the selected event's passages stand out.
import { useMemo } from 'react';
import { passageSegments, type Passage } from './passageSegments.ts';

interface Props {
  text: string;
  passages: readonly Passage[];
  selectedEventId: string | null;
  onSelectEvent(eventId: string): void;
}

export function ArticleWithPassages({ text, passages, selectedEventId, onSelectEvent }: Props) {
  const segments = useMemo(() => passageSegments(text, passages), [text, passages]);
  return (
    <div className="ingest-article" aria-label="Article text with supporting passages marked">
      {segments.map((segment) => {
        if (segment.eventIds.length === 0) return <span key={segment.start}>{segment.text}</span>;
        const selected = selectedEventId !== null && segment.eventIds.includes(selectedEventId);
        return (
          <mark key={segment.start} className={selected ? 'passage passage-selected' : 'passage'} onClick={() => onSelectEvent(segment.eventIds[0]!)}>
            {segment.text}
          </mark>
        );
      })}
    </div>
  );
}
