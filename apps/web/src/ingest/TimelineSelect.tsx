// Which timeline an ingested article's events join, in the article and link forms.

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
