// /ingest: paste an article, review the events chronicle proposes from it
// next to the text, correct them, publish or reject each; the same for the
// stances the article states, and the article's evidence for events already on file.
import { useMemo, useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import type { IngestArticleInput } from '@chronicle/schema/client/graphql';
import { EditorPage } from '../editor/EditorPage.tsx';
import { VIEWER_QUERY_OPTIONS } from '../editor/viewerQueryOptions.ts';
import { ArticleForm } from './ArticleForm.tsx';
import { ArticleWithPassages } from './ArticleWithPassages.tsx';
import { MatchedEventCard } from './MatchedEventCard.tsx';
import type { Passage } from './passageSegments.ts';
import { ProposedEventCard } from './ProposedEventCard.tsx';
import { ProposedStanceCard } from './ProposedStanceCard.tsx';
import { IngestArticleMutation, ReviewTimelinesQuery } from './reviewDocuments.ts';
import { EnqueueIngestionMutation, RecentJobsQuery } from './jobDocuments.ts';
import { RecentJobs } from './RecentJobs.tsx';
import { UrlForm } from './UrlForm.tsx';
import { IngestUrlMutation } from './urlDocuments.ts';
import '../styles/ingest.css';

export default function IngestPage() {
  const viewer = useQuery(ReviewTimelinesQuery, VIEWER_QUERY_OPTIONS);
  const [ingest, ingestion] = useMutation(IngestArticleMutation);
  const [selected, setSelected] = useState<string | null>(null);
  const [ingestUrl, urlIngestion] = useMutation(IngestUrlMutation);
  const [enqueue, queueing] = useMutation(EnqueueIngestionMutation, { refetchQueries: [RecentJobsQuery] });
  const result = ingestion.data?.ingestArticle ?? urlIngestion.data?.ingestUrl;

  const passages = useMemo<Passage[]>(
    () =>
      (result?.proposedEvents ?? []).flatMap((event) =>
        event.citations
          .filter((c) => c.source.id === result?.source.id && c.passageStart !== null && c.passageEnd !== null)
          .map((c) => ({ start: c.passageStart!, end: c.passageEnd!, eventId: event.id })),
      ),
    [result],
  );

  return (
    <EditorPage title="Review an article" viewer={viewer}>
      {!result ? (
        <>
          <UrlForm
            timelines={viewer.data?.timelines ?? []}
            busy={urlIngestion.loading}
            onSubmit={(input) => void ingestUrl({ variables: { input } }).catch(() => {})}
            onQueue={(input) => void enqueue({ variables: { input } }).catch(() => {})}
          />
          {urlIngestion.error && (
            <p role="alert" className="review-error">
              {urlIngestion.error.message}
            </p>
          )}
          {queueing.error && (
            <p role="alert" className="review-error">
              {queueing.error.message}
            </p>
          )}
          {queueing.data && !queueing.error && <p role="status">Queued: it appears under Recent jobs.</p>}
          <ArticleForm
            timelines={viewer.data?.timelines ?? []}
            busy={ingestion.loading}
            onSubmit={(input: IngestArticleInput) => void ingest({ variables: { input } }).catch(() => {})}
          />
          {ingestion.error && (
            <p role="alert" className="review-error">
              {ingestion.error.message}
            </p>
          )}
          <RecentJobs />
        </>
      ) : (
        <div className="review-layout">
          <section aria-labelledby="review-article-heading" className="review-article">
            <h2 id="review-article-heading">
              {result.source.publisher ?? 'Article'} · {result.source.publishedOn}
            </h2>
            <ArticleWithPassages text={result.source.text ?? ''} passages={passages} selectedEventId={selected} onSelectEvent={setSelected} />
          </section>
          <section aria-labelledby="review-events-heading" className="review-events">
            <h2 id="review-events-heading">
              {result.proposedEvents.length} proposed event{result.proposedEvents.length === 1 ? '' : 's'}
              {result.created ? '' : ' (this article was ingested before)'}
            </h2>
            {result.warnings.length > 0 && (
              <ul className="review-warnings" aria-label="Warnings">
                {result.warnings.map((w, i) => (
                  <li key={i}>{w}</li>
                ))}
              </ul>
            )}
            {result.matchedEvidence.length > 0 && (
              <section aria-labelledby="review-matched-heading" className="review-matched-events">
                <h2 id="review-matched-heading">
                  Also reports {result.matchedEvidence.length} event{result.matchedEvidence.length === 1 ? '' : 's'} already on file
                </h2>
                <p className="review-meta">This article's passages were added as citations; readers see them once accepted here.</p>
                {result.matchedEvidence.map((matched) => (
                  <MatchedEventCard key={matched.event.id} matched={matched} />
                ))}
              </section>
            )}
            {result.proposedActors.length > 0 && (
              <p>
                New actors waiting for confirmation: {result.proposedActors.map((a) => a.name).join(', ')}. <a href="/actors">Review actors</a>
              </p>
            )}
            {result.proposedEvents.map((event) => (
              <ProposedEventCard key={event.id} event={event} selected={selected === event.id} onSelect={() => setSelected(event.id)} />
            ))}
            {result.proposedStances.length > 0 && (
              <section aria-labelledby="review-stances-heading" className="review-stances">
                <h2 id="review-stances-heading">
                  {result.proposedStances.length} stance{result.proposedStances.length === 1 ? '' : 's'} stated
                </h2>
                <p className="review-meta">Readers see a stance, and each source of it, once it is published here.</p>
                {result.proposedStances.map((proposed) => (
                  <ProposedStanceCard key={proposed.stance.id} proposed={proposed} />
                ))}
              </section>
            )}
            <button
              type="button"
              className="button"
              onClick={() => {
                ingestion.reset();
                urlIngestion.reset();
                setSelected(null);
              }}
            >
              Review another article
            </button>
          </section>
        </div>
      )}
    </EditorPage>
  );
}
