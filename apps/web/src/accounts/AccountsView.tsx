// "According to whom": one card per source of an event, side by side — who
// published it and where, the date as the source wrote it and as it resolves,
// the passage and the quotes, with the framing words where the accounts part
// ways highlighted. Every string from the API is React text, never HTML.
import { graphql } from '@chronicle/schema/client';
import type { ResultOf } from '@graphql-typed-document-node/core';
import { formatDay } from '../dates/formatDay.ts';
import { safeHttpUrl } from '../events/safeUrl.ts';
import { countryName } from './countryName.ts';
import { distinctiveTerms, framingSegments } from './framing.ts';

export const AccountsView_event = graphql(`
  fragment AccountsView_event on Event {
    dateDisagreement
    date {
      display
    }
    citations {
      id
      passage
      dateExpression
      resolvedDate {
        start
        end
        precision
        display
      }
      source {
        id
        title
        publisher
        publisherCountry
        url
        publishedOn
      }
    }
    quotes {
      id
      text
      verb
      speaker {
        id
        name
      }
      source {
        id
      }
    }
  }
`);

type AccountsEvent = ResultOf<typeof AccountsView_event>;

function Framed({ text, highlight }: { text: string; highlight: ReadonlySet<string> }) {
  return (
    <>
      {framingSegments(text, highlight).map((segment, i) =>
        segment.framing ? (
          <mark key={i} className="framing-word">
            {segment.text}
          </mark>
        ) : (
          segment.text
        ),
      )}
    </>
  );
}

export function AccountsView({ event }: { event: AccountsEvent }) {
  const { citations } = event;
  if (citations.length === 0) return <p className="muted">No sources cited.</p>;
  const quotesOf = (sourceId: string) => event.quotes.filter((q) => q.source?.id === sourceId);
  // What each account says in words: its headline, passage and quotes.
  const texts = citations.map((c) => [c.source.title, c.passage ?? '', ...quotesOf(c.source.id).map((q) => q.text)].join('\n'));
  const highlights = distinctiveTerms(texts);
  const resolvedKinds = new Set(
    citations.flatMap((c) => (c.resolvedDate ? [`${c.resolvedDate.precision} ${c.resolvedDate.start} ${c.resolvedDate.end}`] : [])),
  );

  return (
    <section className="accounts" aria-label="Accounts of this event, one per source">
      <p className="accounts-intro">
        {citations.length === 1 ? 'One source tells this event.' : `${citations.length} sources tell this event.`}{' '}
        {citations.length > 1 && 'Highlighted: the words one account uses and another does not.'}
      </p>
      {event.dateDisagreement && (
        <p className="date-disagreement" role="note">
          <span aria-hidden="true">≠ </span>Sources disagree on the date: {resolvedKinds.size} different dates below. The timeline shows {event.date.display}.
        </p>
      )}
      <ol className="account-cards">
        {citations.map((citation, i) => {
          const { source } = citation;
          const href = safeHttpUrl(source.url);
          const highlight = highlights[i] ?? new Set<string>();
          const quotes = quotesOf(source.id);
          return (
            <li key={citation.id} className="account-card">
              <h3 className="account-publisher">{source.publisher ?? 'Unknown publisher'}</h3>
              <p className="account-meta">
                {source.publisherCountry ? countryName(source.publisherCountry) : 'Country not known'}
                {source.publishedOn && (
                  <>
                    {' · published '}
                    <time dateTime={source.publishedOn}>{formatDay(source.publishedOn)}</time>
                  </>
                )}
              </p>
              <p className="account-title">
                {href ? (
                  <a href={href} target="_blank" rel="noopener noreferrer">
                    <Framed text={source.title} highlight={highlight} />
                    <span className="visually-hidden"> (opens in a new tab)</span>
                  </a>
                ) : (
                  <Framed text={source.title} highlight={highlight} />
                )}
              </p>
              <dl className="account-dates">
                <dt>Date as written</dt>
                <dd>{citation.dateExpression ? <q>{citation.dateExpression}</q> : <span className="muted">not given</span>}</dd>
                <dt>Resolved</dt>
                <dd className={event.dateDisagreement && citation.resolvedDate ? 'account-date-differs' : undefined}>
                  {citation.resolvedDate ? (
                    <time dateTime={citation.resolvedDate.start}>{citation.resolvedDate.display}</time>
                  ) : (
                    <span className="muted">this source dates nothing itself</span>
                  )}
                </dd>
              </dl>
              {citation.passage ? (
                <blockquote className="account-passage">
                  <p>
                    <Framed text={citation.passage} highlight={highlight} />
                  </p>
                </blockquote>
              ) : (
                <p className="muted account-no-passage">chronicle does not hold this article's text.</p>
              )}
              {quotes.length > 0 && (
                <ul className="account-quotes">
                  {quotes.map((quote) => (
                    <li key={quote.id}>
                      <span className="account-speaker">{quote.speaker?.name ?? 'Unattributed'}</span>
                      {quote.verb ? ` ${quote.verb}: ` : ': '}
                      <q>
                        <Framed text={quote.text} highlight={highlight} />
                      </q>
                    </li>
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
