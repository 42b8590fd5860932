// Events as some outlets told them: publishers of the timeline (most events
// first) and their countries, as checkboxes in a disclosure so the bar stays
// short. None ticked means every source.
import { useState } from 'react';
import { skipToken, useQuery } from '@apollo/client/react';
import { graphql } from '@chronicle/schema/client';
import { countryName } from '../accounts/countryName.ts';

const PublisherFilterQuery = graphql(`
  query PublisherFilter($timeline: String!) {
    publishers(timeline: $timeline) { name country eventCount }
  }
`);

interface PublisherFilterProps {
  timeline: string;
  publishers: readonly string[];
  countries: readonly string[];
  onChange(change: { publishers?: string[]; countries?: string[] }): void;
}

function toggled(list: readonly string[], value: string): string[] {
  return list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
}

export function PublisherFilter({ timeline, publishers, countries, onChange }: PublisherFilterProps) {
  // Asked for when the list is first opened, not with the page: most readers
  // never open it, and the timeline's own queries go first. (It once counted
  // every citation of the timeline, 6-14 s at a million events; it now reads
  // per-timeline counts kept by triggers, 12-23 ms p95 there.)
  const [opened, setOpened] = useState(false);
  const { data } = useQuery(PublisherFilterQuery, opened ? { variables: { timeline } } : skipToken);
  const outlets = data?.publishers ?? [];
  const countryCodes = [...new Set(outlets.flatMap((p) => (p.country ? [p.country] : [])))].sort((a, b) => countryName(a).localeCompare(countryName(b)));
  const chosen = publishers.length + countries.length;
  return (
    <details className="publisher-filter" onToggle={(event) => event.currentTarget.open && setOpened(true)}>
      <summary className="field-label">
        Sources {chosen === 0 ? <span className="muted">(all)</span> : <span className="publisher-filter-count">({chosen} chosen)</span>}
      </summary>
      <div className="publisher-filter-body">
        <fieldset>
          <legend className="field-label">Publisher</legend>
          {outlets.map((p) => (
            <label key={p.name} className="publisher-option">
              <input type="checkbox" checked={publishers.includes(p.name)} onChange={() => onChange({ publishers: toggled(publishers, p.name) })} />
              <span>{p.name}</span>
              <span className="muted">
                {p.country ? `${countryName(p.country)} · ` : ''}
                {p.eventCount}
              </span>
            </label>
          ))}
          {/* A link may name an outlet this timeline no longer cites: it stays visible so it can be unticked. */}
          {publishers
            .filter((name) => !outlets.some((p) => p.name === name))
            .map((name) => (
              <label key={name} className="publisher-option">
                <input type="checkbox" checked onChange={() => onChange({ publishers: toggled(publishers, name) })} />
                <span>{name}</span>
              </label>
            ))}
        </fieldset>
        <fieldset>
          <legend className="field-label">Publisher country</legend>
          {[...new Set([...countryCodes, ...countries])].map((code) => (
            <label key={code} className="publisher-option">
              <input type="checkbox" checked={countries.includes(code)} onChange={() => onChange({ countries: toggled(countries, code) })} />
              <span>{countryName(code)}</span>
            </label>
          ))}
        </fieldset>
      </div>
    </details>
  );
}
