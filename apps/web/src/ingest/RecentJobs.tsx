// The most recent ingestion jobs (links queued here, from feeds, from the bulk
// command), refreshed every few seconds: what each is doing, why one failed,
// and a button to run a failed one again. Every field is shown as text.
import { useMutation, useQuery } from '@apollo/client/react';
import { safeHttpUrl } from '../events/safeUrl.ts';
import { RecentJobsQuery, RetryIngestionJobMutation } from './jobDocuments.ts';

const STATE_LABEL: Record<string, string> = {
  QUEUED: 'Queued',
  RUNNING: 'Running',
  RETRYING: 'Will retry',
  DONE: 'Done',
  FAILED: 'Failed',
  CANCELLED: 'Cancelled',
};

export function RecentJobs() {
  const jobs = useQuery(RecentJobsQuery, { variables: { first: 20 }, pollInterval: 3_000, fetchPolicy: 'network-only' });
  const [retry, retrying] = useMutation(RetryIngestionJobMutation, { refetchQueries: [RecentJobsQuery] });
  const list = jobs.data?.ingestionJobs ?? [];

  return (
    <section className="ingest-form recent-jobs" aria-labelledby="recent-jobs-heading">
      <h2 id="recent-jobs-heading">Recent jobs</h2>
      {jobs.error && (
        <p role="alert" className="review-error">
          {jobs.error.message}
        </p>
      )}
      {retrying.error && (
        <p role="alert" className="review-error">
          {retrying.error.message}
        </p>
      )}
      {list.length === 0 ? (
        <p className="recent-jobs-empty">
          No articles queued yet. Queue a link above, follow a feed (npm run feed -- add URL) or run npm run ingest -- FILE.jsonl.
        </p>
      ) : (
        <table className="recent-jobs-table">
          <thead>
            <tr>
              <th scope="col">Article</th>
              <th scope="col">State</th>
              <th scope="col">Attempts</th>
              <th scope="col">Last error</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {list.map((job) => {
              const href = safeHttpUrl(job.url);
              const label = job.title ?? job.url ?? (job.kind === 'TEXT' ? 'Pasted text' : 'Link');
              return (
                <tr key={job.id} data-state={job.state}>
                  <td className="recent-jobs-article">
                    {href ? (
                      <a href={href} rel="noopener noreferrer" target="_blank">
                        {label}
                      </a>
                    ) : (
                      label
                    )}
                  </td>
                  <td className="recent-jobs-state">{STATE_LABEL[job.state] ?? job.state}</td>
                  <td>{job.attempts}</td>
                  <td className="recent-jobs-error">{job.lastError ?? ''}</td>
                  <td>
                    {(job.state === 'FAILED' || job.state === 'CANCELLED') && (
                      <button
                        type="button"
                        className="button button-quiet"
                        disabled={retrying.loading}
                        onClick={() => void retry({ variables: { id: job.id } }).catch(() => {})}
                      >
                        Retry
                      </button>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
