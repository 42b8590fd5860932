// Who took part in an event and how; each actor narrows the timeline to them.
import { graphql } from '@chronicle/schema/client';
import type { ResultOf } from '@graphql-typed-document-node/core';

export const ActorList_event = graphql(`
  fragment ActorList_event on Event {
    actors {
      role
      actor {
        id
        name
        kind
      }
    }
  }
`);

type EventActors = ResultOf<typeof ActorList_event>['actors'];

const ROLE_LABELS: Record<EventActors[number]['role'], string> = {
  SPEAKER: 'speaker',
  SUBJECT: 'subject',
  TARGET: 'target',
  PARTICIPANT: 'participant',
};

interface ActorListProps {
  actors: EventActors;
  /** Actors the timeline is already filtered by. */
  selected: readonly string[];
  onFilter(actorId: string): void;
}

export function ActorList({ actors, selected, onFilter }: ActorListProps) {
  if (actors.length === 0) return <p className="muted">No actors recorded.</p>;
  return (
    <ul className="actor-list">
      {actors.map(({ role, actor }) => {
        const active = selected.includes(actor.id);
        return (
          <li key={`${actor.id}-${role}`}>
            <button
              type="button"
              className="actor-chip"
              aria-pressed={active}
              title={active ? `The timeline already shows ${actor.name}'s events` : `Show only events involving ${actor.name}`}
              onClick={() => onFilter(actor.id)}
            >
              <span className="actor-name">{actor.name}</span>
              <span className="actor-role">{ROLE_LABELS[role]}</span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}
