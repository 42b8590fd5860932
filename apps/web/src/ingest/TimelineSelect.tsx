// Which timeline an ingested article's events join, in the article and link forms.
import { useState } from 'react';

export interface TimelineChoice {
  slug: string;
  title: string;
}

interface TimelineSelectProps {
  label: string;
  name: string;
  timelines: readonly TimelineChoice[];
  value: string;
  onChange(slug: string): void;
}

export function TimelineSelect({ label, name, timelines, value, onChange }: TimelineSelectProps) {
  return (
    <label>
      <span>{label}</span>
      <select name={name} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">None</option>
        {timelines.map((t) => (
          <option key={t.slug} value={t.slug}>
            {t.title}
          </option>
        ))}
      </select>
    </label>
  );
}

/**
 * The chosen timeline's slug ('' for none). Until the editor picks one it is
 * the first of the list, also when the list arrives after the form is drawn
 * (the viewer query is still on its way when the page opens with a token).
 */
export function useTimelineChoice(timelines: readonly TimelineChoice[]): [string, (slug: string) => void] {
  const [chosen, setChosen] = useState<string | undefined>(undefined);
  return [chosen ?? timelines[0]?.slug ?? '', setChosen];
}
