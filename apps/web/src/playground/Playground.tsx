// The API playground at /graphiql: GraphiQL served from this app (no CDN),
// loaded only on this route so the timeline never downloads Monaco.
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import { GraphiQL, type GraphiQLProps } from 'graphiql';
import type { ExecutionResult } from 'graphql';
import { EXAMPLE_TABS } from './exampleTabs.ts';
import { withOperationInDocument } from './operationInDocument.ts';
import { isSubscription, subscribeOverSocket } from './socketFetcher.ts';

const fetcher: GraphiQLProps['fetcher'] = (sent, options) => {
  const params = withOperationInDocument(sent);
  return isSubscription(params) ? subscribeOverSocket(params, options?.headers) : fetchOverHttp(params, options);
};

const fetchOverHttp: GraphiQLProps['fetcher'] = async (params, options) => {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { ...options?.headers, 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify(params),
  });
  const text = await response.text();
  try {
    return JSON.parse(text) as ExecutionResult;
  } catch {
    // A proxy or server error page: say what came back instead of a JSON parse error.
    throw new Error(`The API answered HTTP ${response.status} without JSON${text ? `: ${text.slice(0, 200)}` : ''}`);
  }
};

export default function Playground() {
  return (
    <div className="playground">
      <GraphiQL fetcher={fetcher} defaultTabs={EXAMPLE_TABS} defaultEditorToolsVisibility={false}>
        <GraphiQL.Logo>
          <a href="/" className="playground-home">
            chronicle
          </a>{' '}
          API
        </GraphiQL.Logo>
      </GraphiQL>
    </div>
  );
}
