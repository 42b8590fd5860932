// An article by its link: chronicle fetches the page and reads the text,
// headline, publisher and date from it, so the editor gives only the address.
import { useId, useState, type FormEvent } from 'react';
import type { IngestUrlInput } from '@chronicle/schema/client/graphql';
import { TimelineSelect, useTimelineChoice, type TimelineChoice } from './TimelineSelect.tsx';

interface Props {
  timelines: readonly TimelineChoice[];
  busy: boolean;
  onSubmit(input: IngestUrlInput): void;
  /** Queue the link for the workers instead of waiting for it here. */
  onQueue(input: IngestUrlInput): void;
}

const today = () => new Date().toISOString().slice(0, 10);

export function UrlForm({ timelines, busy, onSubmit, onQueue }: Props) {
  const id = useId();
  const [url, setUrl] = useState('');
  const [publishedOn, setPublishedOn] = useState('');
  const [timeline, setTimeline] = useTimelineChoice(timelines);

  const input = (): IngestUrlInput => ({ url: url.trim(), publishedOn: publishedOn || null, timeline: timeline || null });
  function submit(event: FormEvent) {
    event.preventDefault();
    onSubmit(input());
  }
  function queue(event: { currentTarget: HTMLButtonElement }) {
    // The form's own checks (a required, well-formed address) apply to queueing too.
    if (!event.currentTarget.form?.reportValidity()) return;
    onQueue(input());
    setUrl('');
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
        <TimelineSelect label="Timeline to join" name="urlTimeline" timelines={timelines} value={timeline} onChange={setTimeline} />
      </div>
      <div className="review-row">
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? 'Fetching the page…' : 'Fetch the page'}
        </button>
        <button type="button" className="button" disabled={busy} onClick={queue}>
          Queue it for later
        </button>
      </div>
    </form>
  );
}
