// What was said in an event, by whom, according to which source.
import { graphql } from '@chronicle/schema/client';
import type { ResultOf } from '@graphql-typed-document-node/core';
import { safeHttpUrl } from '../events/safeUrl.ts';

export const QuoteList_event = graphql(`
  fragment QuoteList_event on Event {
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
        publisher
        url
      }
    }
  }
`);

type Quotes = ResultOf<typeof QuoteList_event>['quotes'];

export function QuoteList({ quotes }: { quotes: Quotes }) {
  return (
    <ul className="quote-list">
      {quotes.map((quote) => {
        const href = safeHttpUrl(quote.source?.url);
        return (
          <li key={quote.id}>
            <figure className="quote">
              <blockquote>
                <p>{quote.text}</p>
              </blockquote>
              <figcaption>
                — {quote.speaker?.name ?? 'Unknown speaker'}
                {quote.verb ? `, ${quote.verb}` : ''}
                {quote.source?.publisher && (
                  <>
                    {' '}
                    (
                    {href ? (
                      <a href={href} target="_blank" rel="noopener noreferrer">
                        {quote.source.publisher}
                      </a>
                    ) : (
                      quote.source.publisher
                    )}
                    )
                  </>
                )}
              </figcaption>
            </figure>
          </li>
        );
      })}
    </ul>
  );
}
