// Kinds of events to show; none pressed means all. The toggles double as
// the colour key: symbol, word and colour together.
import { EVENT_KINDS, KIND_STYLES, kindClass } from '../events/eventKinds.ts';
import type { EventKind } from '@chronicle/schema/client/graphql';

interface KindFilterProps {
  selected: readonly EventKind[];
  onChange(kinds: EventKind[]): void;
}

export function KindFilter({ selected, onChange }: KindFilterProps) {
  function toggle(kind: EventKind) {
    onChange(selected.includes(kind) ? selected.filter((k) => k !== kind) : EVENT_KINDS.filter((k) => k === kind || selected.includes(k)));
  }
  return (
    <fieldset className="kind-filter">
      <legend className="field-label">Kinds {selected.length === 0 && <span className="muted">(all)</span>}</legend>
      <div className="kind-toggles">
        {EVENT_KINDS.map((kind) => (
          <button key={kind} type="button" className={`kind-toggle ${kindClass(kind)}`} aria-pressed={selected.includes(kind)} onClick={() => toggle(kind)}>
            <span className="kind-symbol" aria-hidden="true">
              {KIND_STYLES[kind].symbol}
            </span>
            {KIND_STYLES[kind].label}
          </button>
        ))}
      </div>
    </fieldset>
  );
}
