// Where sources disagree on who backs whom ("Bolivia supports Maduro" in one,
// "Bolivia opposes Maduro" in another), both accounts stand side by side, each
// with its own sources and dates, instead of one of them going unnoticed in a table.
import { StanceSources, UnpublishedFlag } from './StanceCredits.tsx';
import type { Stance, StanceKind } from './stancesQuery.ts';

const KIND_VERBS: Record<StanceKind, string> = { SUPPORTS: 'Supports', RECOGNIZES: 'Recognises', OPPOSES: 'Opposes' };

export interface ContestedPair {
  key: string;
  actor: Stance['actor'];
  target: Stance['target'];
  /** Every stance of the actor towards the target: at least one backing and one opposing. */
  accounts: Stance[];
}

/** One entry per actor and target whose stances contradict each other, in the order the stances came. */
export function contestedPairs(stances: readonly Stance[]): ContestedPair[] {
  const pairs = new Map<string, ContestedPair>();
  for (const stance of stances) {
    if (stance.contestedBy.length === 0) continue;
    const key = `${stance.actor.id}→${stance.target.id}`;
    const pair = pairs.get(key) ?? { key, actor: stance.actor, target: stance.target, accounts: [] };
    pair.accounts.push(stance);
    pairs.set(key, pair);
  }
  return [...pairs.values()];
}

export function ContestedStances({ pairs, onShowActor }: { pairs: readonly ContestedPair[]; onShowActor(actorId: string): void }) {
  if (pairs.length === 0) return null;
  return (
    <section className="contested-stances" aria-labelledby="contested-heading">
      <h3 id="contested-heading">Sources disagree</h3>
      {pairs.map((pair) => (
        <article key={pair.key} className="contested-pair" aria-label={`${pair.actor.name} towards ${pair.target.name}: sources disagree`}>
          <h4>
            <button type="button" className="link-button" onClick={() => onShowActor(pair.actor.id)}>
              {pair.actor.name}
            </button>
            {' towards '}
            <button type="button" className="link-button" onClick={() => onShowActor(pair.target.id)}>
              {pair.target.name}
            </button>
          </h4>
          <div className="contested-accounts">
            {pair.accounts.map((stance) => (
              <div key={stance.id} className={`contested-account stance-${stance.kind.toLowerCase()}`}>
                <p className="contested-kind">
                  {KIND_VERBS[stance.kind]}
                  <UnpublishedFlag status={stance.status} />
                </p>
                <p className={stance.sinceDisplay ? undefined : 'muted'}>Since {stance.sinceDisplay ?? 'not known'}</p>
                <StanceSources citations={stance.citations} label="According to" />
              </div>
            ))}
          </div>
        </article>
      ))}
    </section>
  );
}
