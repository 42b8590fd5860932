// The article and its metadata, as an editor pastes them.
import { useId, useState, type FormEvent } from 'react';
import type { IngestArticleInput } from '@chronicle/schema/client/graphql';
import { TimelineSelect, useTimelineChoice, type TimelineChoice } from './TimelineSelect.tsx';

interface Props {
  timelines: readonly TimelineChoice[];
  busy: boolean;
  onSubmit(input: IngestArticleInput): void;
}

const today = () => new Date().toISOString().slice(0, 10);

export function ArticleForm({ timelines, busy, onSubmit }: Props) {
  const id = useId();
  const [text, setText] = useState('');
  const [publishedOn, setPublishedOn] = useState('');
  const [title, setTitle] = useState('');
  const [publisher, setPublisher] = useState('');
  const [url, setUrl] = useState('');
  const [timeline, setTimeline] = useTimelineChoice(timelines);

  function submit(event: FormEvent) {
    event.preventDefault();
    onSubmit({ text, publishedOn, title: title || null, publisher: publisher || null, url: url || null, timeline: timeline || null });
  }

  return (
    <form className="ingest-form" onSubmit={submit} aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Article</h2>
      <label>
        <span>Text of the article</span>
        <textarea name="text" required rows={14} value={text} onChange={(e) => setText(e.target.value)} />
      </label>
      <div className="review-row">
        <label>
          <span>Published on</span>
          <input name="publishedOn" type="date" required max={today()} value={publishedOn} onChange={(e) => setPublishedOn(e.target.value)} />
        </label>
        <label>
          <span>Publisher</span>
          <input name="publisher" type="text" value={publisher} onChange={(e) => setPublisher(e.target.value)} />
        </label>
        <TimelineSelect label="Timeline" name="timeline" timelines={timelines} value={timeline} onChange={setTimeline} />
      </div>
      <label>
        <span>Headline</span>
        <input name="title" type="text" value={title} onChange={(e) => setTitle(e.target.value)} />
      </label>
      <label>
        <span>Address (URL)</span>
        <input name="url" type="url" value={url} onChange={(e) => setUrl(e.target.value)} />
      </label>
      <button type="submit" className="button button-primary" disabled={busy}>
        {busy ? 'Reading the article…' : 'Propose events'}
      </button>
    </form>
  );
}
