// Rules that span the files of the data set: every key is unique and every
// reference names one, a passage or quote is found verbatim in the text it is
// taken from, and one alias cannot name two actors (extraction could not tell
// them apart).
import type { SeedActor, SeedEvent, SeedSource, SeedStance } from './seed-schema.ts';

export interface SeedFiles {
  actors: SeedActor[];
  sources: SeedSource[];
  events: SeedEvent[];
  stances: SeedStance[];
  /** Full texts of sources we hold, by source key. */
  sourceTexts: Map<string, string>;
}

/** Every inconsistency found, one line each; empty when there is none. */
export function seedInconsistencies(data: SeedFiles): string[] {
  const problems: string[] = [];
  const actorKeys = uniqueKeys(
    data.actors.map((a) => a.key),
    'actor',
    problems,
  );
  const sourceKeys = uniqueKeys(
    data.sources.map((s) => s.key),
    'source',
    problems,
  );
  uniqueKeys(
    data.events.map((e) => e.key),
    'event',
    problems,
  );
  uniqueKeys(
    data.stances.map((s) => `${s.actor} ${s.stance} ${s.target}`),
    'stance',
    problems,
  );
  const need = (keys: Set<string>, key: string, where: string) => {
    if (!keys.has(key)) problems.push(`${where}: unknown key "${key}"`);
  };
  /** Passages are checked against the text we hold; for other sources we hold none, so there can be none. */
  const passage = (source: string, value: string | null, where: string) => {
    if (value === null || !sourceKeys.has(source)) return;
    const text = data.sourceTexts.get(source);
    if (text === undefined) problems.push(`${where}: passage given for ${source}, whose text we do not hold`);
    else if (!text.includes(value)) problems.push(`${where}: passage not found verbatim in the text of ${source}: "${value}"`);
  };

  const aliasOwner = new Map<string, string>();
  for (const actor of data.actors) {
    for (const alias of [actor.name, ...actor.aliases]) {
      const owner = aliasOwner.get(alias.toLowerCase());
      if (owner !== undefined && owner !== actor.key) problems.push(`alias "${alias}" used by both ${owner} and ${actor.key}`);
      aliasOwner.set(alias.toLowerCase(), actor.key);
    }
  }

  for (const event of data.events) {
    const at = `event ${event.key}`;
    uniqueKeys(
      event.actors.map((a) => `${a.actor} as ${a.role}`),
      `${at}: actor`,
      problems,
    );
    for (const { actor } of event.actors) need(actorKeys, actor, at);
    uniqueKeys(
      event.citations.map((c) => c.source),
      `${at}: cited source`,
      problems,
    );
    for (const citation of event.citations) {
      need(sourceKeys, citation.source, at);
      passage(citation.source, citation.passage, `${at} citation`);
    }
    const cited = new Set(event.citations.map((c) => c.source));
    for (const quote of event.quotes) {
      need(actorKeys, quote.speaker, `quote in ${event.key}`);
      need(sourceKeys, quote.source, `quote in ${event.key}`);
      if (!cited.has(quote.source)) problems.push(`quote in ${event.key}: its source ${quote.source} is not among the event's citations`);
      if (data.sourceTexts.has(quote.source)) passage(quote.source, quote.text, `quote in ${event.key}`);
    }
  }

  for (const stance of data.stances) {
    const at = `stance ${stance.actor} ${stance.stance} ${stance.target}`;
    need(actorKeys, stance.actor, at);
    need(actorKeys, stance.target, at);
    uniqueKeys(
      stance.citations.map((c) => `${c.source}/${c.passage}`),
      `${at}: citation`,
      problems,
    );
    for (const citation of stance.citations) {
      need(sourceKeys, citation.source, at);
      passage(citation.source, citation.passage, `${at} citation`);
    }
  }
  const urls = data.sources.flatMap((s) => (s.url === null ? [] : [s.url]));
  if (new Set(urls).size !== urls.length) problems.push('sources: two sources share one URL');
  return problems;
}

function uniqueKeys(keys: string[], label: string, problems: string[]): Set<string> {
  const seen = new Set<string>();
  for (const key of keys) {
    if (seen.has(key)) problems.push(`${label}: "${key}" appears twice`);
    seen.add(key);
  }
  return seen;
}
