// Ingestion by link: the same review payload as a pasted article.
import { graphql } from '@chronicle/schema/client';

export const IngestUrlMutation = graphql(`
  mutation IngestUrl($input: IngestUrlInput!) {
    ingestUrl(input: $input) { ...ReviewPayload }
  }
`);
