// Everything that narrows the events. Each change is a history entry.
import { hasFilters, type ExplorerParams } from '../url/explorerParams.ts';
import type { UpdateParams } from '../url/useExplorerParams.ts';
import { ActorPicker } from './ActorPicker.tsx';
import { KindFilter } from './KindFilter.tsx';
import { PublisherFilter } from './PublisherFilter.tsx';
import { SearchBox } from './SearchBox.tsx';
import { TimelinePicker } from './TimelinePicker.tsx';

interface FilterBarProps {
  params: ExplorerParams;
  update: UpdateParams;
  timelines: readonly { slug: string; title: string }[];
}

export function FilterBar({ params, update, timelines }: FilterBarProps) {
  return (
    <section className="filter-bar" aria-label="Filters">
      <TimelinePicker value={params.timeline} timelines={timelines} onChange={(timeline) => update({ timeline, from: null, to: null, event: null })} />
      <SearchBox value={params.search} onSearch={(search) => update({ search })} />
      <ActorPicker selected={params.actors} onChange={(actors) => update({ actors })} />
      <KindFilter selected={params.kinds} onChange={(kinds) => update({ kinds })} />
      <PublisherFilter timeline={params.timeline} publishers={params.publishers} countries={params.countries} onChange={(change) => update(change)} />
      {hasFilters(params) && (
        <button
          type="button"
          className="button button-quiet clear-filters"
          onClick={() => update({ actors: [], kinds: [], search: '', publishers: [], countries: [] })}
        >
          Clear filters
        </button>
      )}
    </section>
  );
}
