// What the colours, symbols and shapes on the timeline mean.
import { EVENT_KINDS, KIND_STYLES, kindClass } from '../events/eventKinds.ts';

export function Legend() {
  return (
    <div className="legend" aria-label="Legend">
      <ul className="legend-kinds">
        {EVENT_KINDS.map((kind) => (
          <li key={kind} className={`legend-kind ${kindClass(kind)}`}>
            <span className="legend-swatch" aria-hidden="true">
              {KIND_STYLES[kind].symbol}
            </span>
            {KIND_STYLES[kind].label}
          </li>
        ))}
      </ul>
      <ul className="legend-shapes">
        <li>
          <span className="legend-shape legend-day" aria-hidden="true" /> A known day
        </li>
        <li>
          <span className="legend-shape legend-span-precise" aria-hidden="true" /> Several known days
        </li>
        <li>
          <span className="legend-shape legend-span-imprecise" aria-hidden="true" /> Known only to the week, month or year
        </li>
        <li>
          <span className="legend-shape legend-cluster" aria-hidden="true">
            5
          </span>{' '}
          Events close together
        </li>
      </ul>
    </div>
  );
}
