// Options for the query that tells an editor page who is asking. Apollo joins
// a request to an identical one in flight, keyed on query and variables but
// not on headers, and writes every answer to its cache: the first request
// after the token is saved would share, or be overwritten by, the answer to
// the tokenless request sent at page load, and the page would fall back to
// the token form. So this query is never joined to another nor cached; the
// page is mounted afresh with the token (EditorSession) and asks again.
export const VIEWER_QUERY_OPTIONS = {
  fetchPolicy: 'no-cache',
  context: { queryDeduplication: false },
} as const;
