// The actors of a proposed event: change a role, remove one, add one found by
// name or alias.
import { useState } from 'react';
import { skipToken, useQuery } from '@apollo/client/react';
import type { ActorRole } from '@chronicle/schema/client/graphql';
import { ReviewActorSearchQuery } from './reviewDocuments.ts';

export interface EditableActor {
  id: string;
  name: string;
  role: ActorRole;
}

const ROLES: ActorRole[] = ['SPEAKER', 'SUBJECT', 'TARGET', 'PARTICIPANT'];

interface Props {
  actors: EditableActor[];
  onChange(actors: EditableActor[]): void;
}

export function ActorRolesEditor({ actors, onChange }: Props) {
  const [search, setSearch] = useState('');
  const term = search.trim();
  const { data } = useQuery(ReviewActorSearchQuery, term.length >= 2 ? { variables: { search: term, first: 6 } } : skipToken);
  const options = (data?.actors.nodes ?? []).filter((a) => !actors.some((x) => x.id === a.id));

  return (
    <fieldset className="review-actors">
      <legend>Actors</legend>
      <ul>
        {actors.map((actor, index) => (
          <li key={`${actor.id}-${index}`}>
            <span className="review-actor-name">{actor.name}</span>
            <select
              aria-label={`Role of ${actor.name}`}
              value={actor.role}
              onChange={(e) => onChange(actors.map((a, i) => (i === index ? { ...a, role: e.target.value as ActorRole } : a)))}
            >
              {ROLES.map((role) => (
                <option key={role} value={role}>
                  {role.toLowerCase()}
                </option>
              ))}
            </select>
            <button
              type="button"
              className="button button-quiet"
              aria-label={`Remove ${actor.name}`}
              onClick={() => onChange(actors.filter((_, i) => i !== index))}
            >
              Remove
            </button>
          </li>
        ))}
      </ul>
      <label className="review-add-actor">
        <span>Add an actor</span>
        <input type="search" value={search} placeholder="Name or alias…" onChange={(e) => setSearch(e.target.value)} />
      </label>
      {options.length > 0 && (
        <ul className="review-actor-options" aria-label="Matching actors">
          {options.map((option) => (
            <li key={option.id}>
              <button
                type="button"
                className="button button-quiet"
                onClick={() => {
                  onChange([...actors, { id: option.id, name: option.name, role: 'PARTICIPANT' }]);
                  setSearch('');
                }}
              >
                {option.name}
              </button>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
