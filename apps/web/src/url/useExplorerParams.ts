// The explorer's URL state: read it, change part of it.
import { useCallback, useMemo } from 'react';
import { navigateSearch, useLocationSearch, type HistoryMode } from './location.ts';
import { parseExplorerParams, serializeExplorerParams, type ExplorerParams } from './explorerParams.ts';

export type UpdateParams = (change: Partial<ExplorerParams>, mode?: HistoryMode) => void;

export function useExplorerParams(): [ExplorerParams, UpdateParams] {
  const search = useLocationSearch();
  const params = useMemo(() => parseExplorerParams(search), [search]);
  const update = useCallback<UpdateParams>((change, mode = 'push') => {
    // Read the location now, not the render's copy: several updates may run
    // before React renders again.
    const current = parseExplorerParams(window.location.search);
    navigateSearch(serializeExplorerParams({ ...current, ...change }), mode);
  }, []);
  return [params, update];
}
