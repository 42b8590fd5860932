// Who backs whom: every stance, grouped by the actor it is about (Maduro,
// Guaidó, …), each with since when and every source that says so.
import { useQuery } from '@apollo/client/react';
import { ErrorState } from '../states/ErrorState.tsx';
import { Loading } from '../states/Loading.tsx';
import { ContestedStances, contestedPairs } from './ContestedStances.tsx';
import { StanceSources, UnpublishedFlag } from './StanceCredits.tsx';
import { StancesQuery, type Stance, type StanceKind } from './stancesQuery.ts';

const KIND_HEADINGS: Record<StanceKind, string> = {
  RECOGNIZES: 'Recognised by',
  SUPPORTS: 'Supported by',
  OPPOSES: 'Opposed by',
};
const KIND_ORDER: StanceKind[] = ['RECOGNIZES', 'SUPPORTS', 'OPPOSES'];

interface TargetGroup {
  target: Stance['target'];
  byKind: Map<StanceKind, Stance[]>;
  count: number;
}

function groupByTarget(stances: readonly Stance[]): TargetGroup[] {
  const groups = new Map<string, TargetGroup>();
  for (const stance of stances) {
    const group = groups.get(stance.target.id) ?? { target: stance.target, byKind: new Map<StanceKind, Stance[]>(), count: 0 };
    const list = group.byKind.get(stance.kind) ?? [];
    list.push(stance);
    group.byKind.set(stance.kind, list);
    group.count += 1;
    groups.set(stance.target.id, group);
  }
  for (const group of groups.values()) {
    for (const list of group.byKind.values()) list.sort((a, b) => a.actor.name.localeCompare(b.actor.name));
  }
  return [...groups.values()].sort((a, b) => b.count - a.count || a.target.name.localeCompare(b.target.name));
}

export function StancesView({ onShowActor }: { onShowActor(actorId: string): void }) {
  const { data, error, refetch } = useQuery(StancesQuery);
  if (error && !data) return <ErrorState error={error} what="the stances" onRetry={() => void refetch()} />;
  if (!data) return <Loading label="Loading who backs whom…" />;
  const groups = groupByTarget(data.stances);
  if (groups.length === 0) {
    return (
      <div className="state state-empty" role="status">
        <h2>No stances recorded</h2>
      </div>
    );
  }
  return (
    <section className="stances-view" aria-labelledby="stances-heading">
      <div className="view-toolbar">
        <h2 id="stances-heading" className="view-heading">
          Who backs whom
        </h2>
      </div>
      <ContestedStances pairs={contestedPairs(data.stances)} onShowActor={onShowActor} />
      <div className="stance-groups">
        {groups.map((group) => (
          <section key={group.target.id} className="stance-group" aria-labelledby={`stance-${group.target.id}`}>
            <h3 id={`stance-${group.target.id}`}>
              <button type="button" className="link-button" onClick={() => onShowActor(group.target.id)}>
                {group.target.name}
              </button>
            </h3>
            {KIND_ORDER.filter((kind) => group.byKind.has(kind)).map((kind) => (
              <table key={kind} className={`stance-table stance-${kind.toLowerCase()}`}>
                <caption>{KIND_HEADINGS[kind]}</caption>
                <thead>
                  <tr>
                    <th scope="col">Who</th>
                    <th scope="col">Since</th>
                    <th scope="col">Sources</th>
                  </tr>
                </thead>
                <tbody>
                  {(group.byKind.get(kind) ?? []).map((stance) => (
                    <StanceRow key={stance.id} stance={stance} onShowActor={onShowActor} />
                  ))}
                </tbody>
              </table>
            ))}
          </section>
        ))}
      </div>
    </section>
  );
}

function StanceRow({ stance, onShowActor }: { stance: Stance; onShowActor(actorId: string): void }) {
  return (
    <tr>
      <th scope="row">
        <button type="button" className="link-button" onClick={() => onShowActor(stance.actor.id)}>
          {stance.actor.name}
        </button>
        <UnpublishedFlag status={stance.status} />
        {stance.contestedBy.length > 0 && <span className="stance-contested"> (sources disagree)</span>}
      </th>
      <td className={stance.sinceDisplay ? undefined : 'muted'}>{stance.sinceDisplay ?? 'not known'}</td>
      <td>{stance.citations.length === 0 ? <span className="muted">none</span> : <StanceSources citations={stance.citations} />}</td>
    </tr>
  );
}
