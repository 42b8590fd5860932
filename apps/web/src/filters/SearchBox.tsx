// Full-text search over titles, summaries and quotes. It applies on Enter
// (one history entry per search, not one per keystroke).
import { useEffect, useId, useState, type FormEvent } from 'react';

export function SearchBox({ value, onSearch }: { value: string; onSearch(search: string): void }) {
  const id = useId();
  const [text, setText] = useState(value);
  // Back/forward and "clear filters" change the URL under us.
  useEffect(() => setText(value), [value]);

  function submit(event: FormEvent) {
    event.preventDefault();
    onSearch(text.trim());
  }

  return (
    <form role="search" className="search-box" onSubmit={submit}>
      <label htmlFor={id} className="field-label">
        Search
      </label>
      <div className="search-row">
        <input
          id={id}
          type="search"
          value={text}
          placeholder="sanctions, “oil embargo”…"
          onChange={(e) => {
            setText(e.target.value);
            // Clearing the field with its × clears the search at once.
            if (e.target.value === '' && value !== '') onSearch('');
          }}
        />
        <button type="submit" className="button">
          Search
        </button>
      </div>
    </form>
  );
}
