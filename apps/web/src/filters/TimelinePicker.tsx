// Which timeline to explore.
import { useId } from 'react';

interface TimelinePickerProps {
  value: string;
  timelines: readonly { slug: string; title: string }[];
  onChange(slug: string): void;
}

export function TimelinePicker({ value, timelines, onChange }: TimelinePickerProps) {
  const id = useId();
  const known = timelines.some((t) => t.slug === value);
  return (
    <div className="timeline-picker">
      <label htmlFor={id} className="field-label">
        Timeline
      </label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        {!known && <option value={value}>{value}</option>}
        {timelines.map((t) => (
          <option key={t.slug} value={t.slug}>
            {t.title}
          </option>
        ))}
      </select>
    </div>
  );
}
