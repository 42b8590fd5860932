// An article by its link: chronicle fetches the page and reads the text,
// headline, publisher and date from it, so the editor gives only the address.
import { useId, useState, type FormEvent } from 'react';
import type { IngestUrlInput } from '@chronicle/schema/client/graphql';

interface Props {
  timelines: readonly { slug: string; title: string }[];
  busy: boolean;
  onSubmit(input: IngestUrlInput): void;
}

const today = () => new Date().toISOString().slice(0, 10);

export function UrlForm({ timelines, busy, onSubmit }: Props) {
  const id = useId();
  const [url, setUrl] = useState('');
  const [publishedOn, setPublishedOn] = useState('');
  const [timeline, setTimeline] = useState(timelines[0]?.slug ?? '');

  function submit(event: FormEvent) {
    event.preventDefault();
    onSubmit({ url: url.trim(), publishedOn: publishedOn || null, timeline: timeline || null });
  }

  return (
    <form className="ingest-form" onSubmit={submit} aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>From a link</h2>
      <label>
        <span>Address of the article</span>
        <input name="pageUrl" type="url" required placeholder="https://…" value={url} onChange={(e) => setUrl(e.target.value)} />
      </label>
      <div className="review-row">
        <label>
          <span>Date, if the page gives none</span>
          <input name="fallbackPublishedOn" type="date" max={today()} value={publishedOn} onChange={(e) => setPublishedOn(e.target.value)} />
        </label>
        <label>
          <span>Timeline to join</span>
          <select name="urlTimeline" value={timeline} onChange={(e) => setTimeline(e.target.value)}>
            <option value="">None</option>
            {timelines.map((t) => (
              <option key={t.slug} value={t.slug}>{t.title}</option>
            ))}
          </select>
        </label>
      </div>
      <button type="submit" className="button button-primary" disabled={busy}>
        {busy ? 'Fetching the page…' : 'Fetch the page'}
      </button>
    </form>
  );
}
