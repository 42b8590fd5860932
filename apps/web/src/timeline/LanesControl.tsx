// Lanes of the timeline: none, one per kind, one per leading actor, or one per outlet.
import type { Lanes } from '../url/explorerParams.ts';

const CHOICES: { value: Lanes; label: string }[] = [
  { value: 'none', label: 'None' },
  { value: 'kind', label: 'By kind' },
  { value: 'actor', label: 'By actor' },
  { value: 'source', label: 'By source' },
];

interface LanesControlProps {
  lanes: Lanes;
  disabled: boolean;
  onChange(lanes: Lanes): void;
}

export function LanesControl({ lanes, disabled, onChange }: LanesControlProps) {
  return (
    <fieldset className="segmented" disabled={disabled}>
      <legend>Lanes</legend>
      {CHOICES.map((choice) => (
        <label key={choice.value} className={choice.value === lanes ? 'is-checked' : undefined}>
          <input type="radio" name="lanes" value={choice.value} checked={choice.value === lanes} onChange={() => onChange(choice.value)} />
          {choice.label}
        </label>
      ))}
    </fieldset>
  );
}
