// The ingestion queue as the /ingest page shows it.
import { graphql } from '@chronicle/schema/client';

export const RecentJobsQuery = graphql(`
  query RecentIngestionJobs($first: Int!) {
    ingestionJobs(first: $first) { id kind state url title attempts lastError createdAt finishedAt }
  }
`);

export const EnqueueIngestionMutation = graphql(`
  mutation EnqueueIngestionFromPage($input: EnqueueIngestionInput!) {
    enqueueIngestion(input: $input) { id state }
  }
`);

export const RetryIngestionJobMutation = graphql(`
  mutation RetryIngestionJobFromPage($id: ID!) {
    retryIngestionJob(id: $id) { id state }
  }
`);
