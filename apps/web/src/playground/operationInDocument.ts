// GraphiQL can send the operation name of the tab shown before: switching from
// a tab whose last run was "CrisisInJanuary" to the one-operation tab
// "CrisisLive" and pressing run at once sends CrisisLive's text with the old name,
// which the server refuses. A name the document does not define is replaced by
// the document's only operation; with several, it is left for the server to refuse.
import { getOperationAST, parse } from 'graphql';

interface Params {
  query: string;
  operationName?: string | null | undefined;
}

export function withOperationInDocument<P extends Params>(params: P): P {
  if (!params.operationName) return params;
  try {
    const document = parse(params.query);
    if (getOperationAST(document, params.operationName)) return params;
    const only = getOperationAST(document);
    return only?.name ? { ...params, operationName: only.name.value } : params;
  } catch {
    // Not parseable: the server says what is wrong with it.
    return params;
  }
}
