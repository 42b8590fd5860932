// The sources behind an event: who published what when, the passage that
// supports the event, and how the source put the date.
import { graphql } from '@chronicle/schema/client';
import type { ResultOf } from '@graphql-typed-document-node/core';
import { formatDay } from '../dates/formatDay.ts';
import { safeHttpUrl } from '../events/safeUrl.ts';

export const SourceList_event = graphql(`
  fragment SourceList_event on Event {
    citations {
      id
      passage
      dateExpression
      source {
        id
        title
        publisher
        url
        publishedOn
      }
    }
  }
`);

type Citations = ResultOf<typeof SourceList_event>['citations'];

export function SourceList({ citations }: { citations: Citations }) {
  if (citations.length === 0) return <p className="muted">No sources cited.</p>;
  return (
    <ol className="source-list">
      {citations.map((citation) => {
        const { source } = citation;
        const href = safeHttpUrl(source.url);
        return (
          <li key={citation.id} className="source">
            <p className="source-head">
              <span className="source-publisher">{source.publisher ?? 'Unknown publisher'}</span>
              {source.publishedOn && (
                <>
                  {' · '}
                  <time dateTime={source.publishedOn}>{formatDay(source.publishedOn)}</time>
                </>
              )}
            </p>
            <p className="source-title">
              {href ? (
                <a href={href} target="_blank" rel="noopener noreferrer">
                  {source.title}
                  <span className="visually-hidden"> (opens in a new tab)</span>
                </a>
              ) : (
                source.title
              )}
            </p>
            {citation.passage && (
              <blockquote className="source-passage">
                <p>{citation.passage}</p>
              </blockquote>
            )}
            {citation.dateExpression && (
              <p className="source-date-expression">
                Dated in the source as <q>{citation.dateExpression}</q>
              </p>
            )}
          </li>
        );
      })}
    </ol>
  );
}
