// One actor ingestion proposed, with the passages that named it: the editor
// confirms it (renamed, its kind and aliases set) or merges it into an actor
// already on file, after reading what the merge will do.
import { useState } from 'react';
import { skipToken, useMutation, useQuery } from '@apollo/client/react';
import type { ActorKind, ProposedActorCard_ActorFragment } from '@chronicle/schema/client/graphql';
import { ConfirmStep } from './ConfirmStep.tsx';
import { ConfirmActorMutation, MergeActorsMutation, MergeTargetSearchQuery } from './actorReviewDocuments.ts';
import { namingSegments, namingTerms } from './namingWords.ts';
import { SearchPick } from './SearchPick.tsx';

const KINDS: { value: ActorKind; label: string }[] = [
  { value: 'PERSON', label: 'Person' },
  { value: 'ORGANIZATION', label: 'Organization' },
  { value: 'COUNTRY', label: 'Country' },
  { value: 'GROUP', label: 'Group' },
];

interface Target {
  id: string;
  name: string;
  kind: ActorKind;
  aliases: string[];
}

function useTargetSearch(search: string | undefined) {
  const { data, loading } = useQuery(MergeTargetSearchQuery, search ? { variables: { search } } : skipToken);
  return { items: data?.actors.nodes ?? [], loading };
}

/** Aliases as the editor types them: one per line or comma-separated. */
function parseAliases(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[\n,]/)
        .map((a) => a.trim())
        .filter(Boolean),
    ),
  ];
}

export function ProposedActorCard({ actor, onDone }: { actor: ProposedActorCard_ActorFragment; onDone(message: string): void }) {
  const [name, setName] = useState(actor.name);
  const [kind, setKind] = useState<ActorKind>(actor.kind);
  const [aliases, setAliases] = useState(actor.aliases.join(', '));
  const [target, setTarget] = useState<Target | null>(null);
  const [confirm, confirmation] = useMutation(ConfirmActorMutation);
  const [merge, merging] = useMutation(MergeActorsMutation);
  const error = confirmation.error ?? merging.error;
  const headingId = `actor-${actor.id}`;
  const terms = namingTerms(actor.name, actor.aliases, actor.kind);

  async function onConfirm() {
    await confirm({ variables: { id: actor.id, input: { name, kind, aliases: parseAliases(aliases) } } });
    onDone(`${name.trim()} confirmed.`);
  }

  async function onMerge(into: Target) {
    await merge({ variables: { keep: into.id, merge: actor.id } });
    onDone(`${actor.name} merged into ${into.name}.`);
  }

  return (
    <article className="review-card actor-review-card" aria-labelledby={headingId}>
      <h3 id={headingId}>{actor.name}</h3>
      <p className="review-meta">
        proposed · named in {actor.events.totalCount} event{actor.events.totalCount === 1 ? '' : 's'}
      </p>
      <ul className="actor-review-passages" aria-label={`Passages naming ${actor.name}`}>
        {actor.events.nodes.flatMap((event) =>
          event.citations
            .filter((c) => c.passage)
            .map((c) => (
              <li key={c.id}>
                <blockquote className="review-passage">
                  {namingSegments(c.passage ?? '', terms).map((segment, i) =>
                    segment.naming ? (
                      <mark key={i} className="naming-word">
                        {segment.text}
                      </mark>
                    ) : (
                      segment.text
                    ),
                  )}
                </blockquote>
                <p className="review-meta">
                  {c.source.publisher ?? 'Unknown publisher'}
                  {c.source.publishedOn ? `, ${c.source.publishedOn}` : ''} · {event.title} ({event.date.display})
                </p>
              </li>
            )),
        )}
      </ul>

      <form
        className="actor-review-form"
        onSubmit={(e) => {
          e.preventDefault();
          void onConfirm().catch(() => {});
        }}
      >
        <label>
          <span>Name</span>
          <input value={name} onChange={(e) => setName(e.target.value)} required />
        </label>
        <label>
          <span>Kind</span>
          <select value={kind} onChange={(e) => setKind(e.target.value as ActorKind)}>
            {KINDS.map((k) => (
              <option key={k.value} value={k.value}>
                {k.label}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>Aliases (comma-separated)</span>
          <input value={aliases} onChange={(e) => setAliases(e.target.value)} />
        </label>
        <button type="submit" className="button button-primary" disabled={confirmation.loading || merging.loading}>
          Confirm as a new actor
        </button>
      </form>

      {target ? (
        <ConfirmStep
          confirmLabel={`Merge into ${target.name}`}
          busy={merging.loading}
          onConfirm={() => void onMerge(target).catch(() => {})}
          onCancel={() => setTarget(null)}
        >
          <p>
            “{actor.name}” will be deleted and become an alias of <strong>{target.name}</strong>. Its {actor.events.totalCount} event
            {actor.events.totalCount === 1 ? '' : 's'}, quotes and stances move to {target.name}.
          </p>
        </ConfirmStep>
      ) : (
        <SearchPick<Target>
          label="Or merge into an actor on file"
          placeholder="Name or alias…"
          useResults={useTargetSearch}
          exclude={actor.id}
          render={(t) => (
            <>
              {t.name}
              {t.aliases.length > 0 && <span className="review-meta"> · {t.aliases.slice(0, 3).join(' · ')}</span>}
            </>
          )}
          onPick={setTarget}
        />
      )}
      {error && (
        <p role="alert" className="review-error">
          {error.message}
        </p>
      )}
    </article>
  );
}
