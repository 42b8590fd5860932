// Several actors to narrow the events to, found by name or alias on the
// server (`actors(search:)`), shown as removable chips.
import { useId, useState, type KeyboardEvent } from 'react';
import { skipToken, useQuery } from '@apollo/client/react';
import { graphql } from '@chronicle/schema/client';
import { useDebounced } from '../actors/useDebounced.ts';
import { SelectedActorChip } from './SelectedActorChip.tsx';

const ActorSearchQuery = graphql(`
  query ActorSearch($search: String!, $first: Int!) {
    actors(search: $search, first: $first) {
      nodes {
        id
        name
        kind
        aliases
      }
    }
  }
`);

const SEARCH_DEBOUNCE_MS = 200;

interface ActorPickerProps {
  selected: readonly string[];
  onChange(actors: string[]): void;
}

export function ActorPicker({ selected, onChange }: ActorPickerProps) {
  const id = useId();
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const search = useDebounced(text.trim(), SEARCH_DEBOUNCE_MS);
  const { data, loading } = useQuery(ActorSearchQuery, search ? { variables: { search, first: 8 } } : skipToken);
  const options = (data?.actors.nodes ?? []).filter((actor) => !selected.includes(actor.id));
  const expanded = open && search !== '' && text.trim() !== '';
  const listId = `${id}-options`;

  function choose(actorId: string) {
    onChange([...selected, actorId]);
    setText('');
    setOpen(false);
    setActive(0);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setOpen(true);
      setActive((i) => Math.min(i + 1, Math.max(options.length - 1, 0)));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((i) => Math.max(i - 1, 0));
    } else if (event.key === 'Enter') {
      const option = options[active];
      if (expanded && option) {
        event.preventDefault();
        choose(option.id);
      }
    } else if (event.key === 'Escape') {
      setOpen(false);
    }
  }

  const activeOption = expanded ? options[active] : undefined;

  return (
    <div className="actor-picker">
      <label htmlFor={`${id}-input`} className="field-label">
        Actors
      </label>
      <div className="actor-picker-box">
        {selected.length > 0 && (
          <ul className="chips" aria-label="Selected actors">
            {selected.map((actorId) => (
              <SelectedActorChip key={actorId} actorId={actorId} onRemove={() => onChange(selected.filter((a) => a !== actorId))} />
            ))}
          </ul>
        )}
        <input
          id={`${id}-input`}
          type="text"
          role="combobox"
          autoComplete="off"
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-activedescendant={activeOption ? `${id}-option-${activeOption.id}` : undefined}
          placeholder={selected.length > 0 ? 'Add another…' : 'Name or alias…'}
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            setOpen(true);
            setActive(0);
          }}
          onFocus={() => setOpen(true)}
          onBlur={() => setOpen(false)}
          onKeyDown={onKeyDown}
        />
      </div>
      <ul id={listId} role="listbox" aria-label="Matching actors" className="actor-options" hidden={!expanded}>
        {expanded && options.length === 0 && (
          <li className="actor-option-empty" role="presentation">
            {loading || search !== text.trim() ? 'Searching…' : 'No actor by that name'}
          </li>
        )}
        {expanded &&
          options.map((actor, index) => (
            <li
              key={actor.id}
              id={`${id}-option-${actor.id}`}
              role="option"
              aria-selected={index === active}
              className={index === active ? 'actor-option is-active' : 'actor-option'}
              // mousedown, not click: the input's blur would close the list first.
              onMouseDown={(e) => {
                e.preventDefault();
                choose(actor.id);
              }}
            >
              <span className="actor-option-name">{actor.name}</span>
              {actor.aliases.length > 0 && <span className="actor-option-aliases">{actor.aliases.slice(0, 3).join(' · ')}</span>}
            </li>
          ))}
      </ul>
    </div>
  );
}
