// One actor the events are filtered by. The URL holds only its ID, so the
// name is looked up (from the cache when an event already brought it).
import { useQuery } from '@apollo/client/react';
import { graphql } from '@chronicle/schema/client';

const SelectedActorQuery = graphql(`
  query SelectedActor($id: ID!) {
    actor(id: $id) {
      id
      name
    }
  }
`);

export function SelectedActorChip({ actorId, onRemove }: { actorId: string; onRemove(): void }) {
  const { data, error } = useQuery(SelectedActorQuery, { variables: { id: actorId } });
  const name = data?.actor?.name ?? (error || data ? 'Unknown actor' : '…');
  return (
    <li className="chip">
      <span className="chip-label">{name}</span>
      <button type="button" className="chip-remove" aria-label={`Remove ${name} from the filter`} onClick={onRemove}>
        <span aria-hidden="true">×</span>
      </button>
    </li>
  );
}
