// One thing picked from what a search box finds on the server (an actor to
// merge into, an event to keep): a plain list of buttons, no combobox, since
// the choice is followed by a confirmation anyway.
import { useState, type ReactNode } from 'react';
import { useDebounced } from './useDebounced.ts';

interface SearchPickProps<T extends { id: string }> {
  label: string;
  placeholder: string;
  /** Runs the search; undefined while the text is empty. */
  useResults(search: string | undefined): { items: T[]; loading: boolean };
  exclude?: string | undefined;
  render(item: T): ReactNode;
  onPick(item: T): void;
}

export function SearchPick<T extends { id: string }>({ label, placeholder, useResults, exclude, render, onPick }: SearchPickProps<T>) {
  const [text, setText] = useState('');
  const search = useDebounced(text.trim(), 200);
  const { items, loading } = useResults(search || undefined);
  const shown = items.filter((item) => item.id !== exclude);
  return (
    <div className="search-pick">
      <label>
        <span>{label}</span>
        <input type="search" autoComplete="off" placeholder={placeholder} value={text} onChange={(e) => setText(e.target.value)} />
      </label>
      {search !== '' && (
        <ul className="search-pick-results" aria-label={`${label}: results`}>
          {shown.length === 0 && <li className="review-meta">{loading || search !== text.trim() ? 'Searching…' : 'Nothing found'}</li>}
          {shown.map((item) => (
            <li key={item.id}>
              <button
                type="button"
                className="button search-pick-option"
                onClick={() => {
                  onPick(item);
                  setText('');
                }}
              >
                {render(item)}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
