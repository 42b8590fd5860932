// How a stance's sources and review state are credited, in the tables and the contested pairs.
import { formatDay } from '../dates/formatDay.ts';
import { safeHttpUrl } from '../events/safeUrl.ts';
import type { Stance, StanceSource } from './stancesQuery.ts';

/** Only editors are shown drafts and rejections; they must not mistake them for what readers see. */
export function UnpublishedFlag({ status }: { status: Stance['status'] }) {
  if (status === 'PUBLISHED') return null;
  return <span className="stance-unpublished"> ({status.toLowerCase()}, not public)</span>;
}

/** The sources a stance is according to, each with its date and, for editors, its review state. */
export function StanceSources({ citations, label }: { citations: Stance['citations']; label?: string }) {
  return (
    <ul className="stance-sources" aria-label={label}>
      {citations.map((citation) => (
        <li key={citation.id}>
          <SourceCredit source={citation.source} />
          <UnpublishedFlag status={citation.status} />
        </li>
      ))}
    </ul>
  );
}

export function SourceCredit({ source }: { source: StanceSource }) {
  const href = safeHttpUrl(source.url);
  const name = source.publisher ?? source.title;
  return (
    <>
      {href ? (
        <a href={href} target="_blank" rel="noopener noreferrer" title={source.title}>
          {name}
          <span className="visually-hidden"> (opens in a new tab)</span>
        </a>
      ) : (
        <span className="stance-source-name">{name}</span>
      )}
      {source.publishedOn && (
        <>
          {' · '}
          <time dateTime={source.publishedOn}>{formatDay(source.publishedOn)}</time>
        </>
      )}
    </>
  );
}
