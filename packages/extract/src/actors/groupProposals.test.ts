import { describe, expect, it } from 'vitest';
import { createExtractor } from '../extractor.ts';
import type { KnownActor } from '../types.ts';

function proposedNames(text: string, known: KnownActor[] = []): string[] {
  return createExtractor(known)
    .extract({ text, publishedAt: '2021-03-10' })
    .proposedActors.map((actor) => `${actor.name} (${actor.kind})`)
    .sort();
}

describe('groups named after a country', () => {
  it('proposes protesters, armed forces and police under one standard name each, with the country', () => {
    expect(proposedNames('Kenyan protesters blocked the road on Monday. Police fired tear gas.')).toEqual(['Kenya (COUNTRY)', 'Kenyan protesters (GROUP)']);
    expect(proposedNames("Mali's army seized the capital on Tuesday.")).toEqual(['Mali (COUNTRY)', 'Malian Armed Forces (ORGANIZATION)']);
    expect(proposedNames('Peruvian troops and Peruvian soldiers crossed the river on Monday.')).toEqual([
      'Peru (COUNTRY)',
      'Peruvian Armed Forces (ORGANIZATION)',
    ]);
  });

  it('spells one group one way: "Mali\'s army" joins the "Malian troops" of the same article', () => {
    expect(proposedNames("Mali's army seized the capital on Tuesday. Malian troops then closed the border.")).toEqual([
      'Mali (COUNTRY)',
      'Malian Armed Forces (ORGANIZATION)',
    ]);
  });

  it("names a group after its country's own adjective, as the body is called, even when the article never writes it", () => {
    expect(proposedNames("Ghana's army has taken control of the streets.")).toEqual(['Ghana (COUNTRY)', 'Ghanaian Armed Forces (ORGANIZATION)']);
    // "Burmese" is not the adjective of the name "Myanmar": the group keeps the name.
    expect(proposedNames("Myanmar's military seized power on Monday.")).toEqual(['Myanmar (COUNTRY)', 'Myanmar Armed Forces (ORGANIZATION)']);
  });

  it("names the opposition with the country word written apart from it: coordinated with the government, or its leader's supporters", () => {
    expect(proposedNames('Talks between the Kenyan government and the opposition resumed on Monday.')).toContain('Kenyan opposition (GROUP)');
    expect(proposedNames('Thousands of supporters of Kenyan opposition leader Ana Rivas marched on Saturday.')).toContain('Kenyan opposition (GROUP)');
    // Without supporters the words stay the leader's title.
    expect(proposedNames('Kenyan opposition leader Ana Rivas marched on Saturday.')).not.toContain('Kenyan opposition (GROUP)');
  });

  it('reads protests told before anyone is named, where a country is, as its protesters acting', () => {
    const extraction = createExtractor([]).extract({ text: 'On Monday night, angry protests erupted in several towns in Kenya.', publishedAt: '2021-03-10' });
    expect(extraction.events[0]?.actors.map((actor) => `${actor.name}:${actor.role}`)).toEqual(['Kenyan protesters:SUBJECT']);
    expect(proposedNames('Huge rallies spread across a dozen Peruvian cities on Sunday.')).toContain('Peruvian protesters (GROUP)');
    expect(proposedNames('Police broke up protests in Kenya on Sunday.')).not.toContain('Kenyan protesters (GROUP)');
  });

  it('uses the actor table when it already knows the group', () => {
    const known: KnownActor[] = [{ id: 'fanb', name: 'Bolivarian National Armed Forces', kind: 'ORGANIZATION', aliases: ['Venezuelan armed forces'] }];
    const extraction = createExtractor(known).extract({ text: "Venezuela's military moved tanks to the border on Monday.", publishedAt: '2021-03-10' });
    expect(extraction.proposedActors.map((actor) => actor.name)).toEqual(['Venezuela']);
    expect(extraction.mentions?.some((mention) => mention.actor.kind === 'known' && mention.actor.actorId === 'fanb')).toBe(true);
  });

  it('leaves a group word that opens a person\'s title to the title: "Kenyan opposition leader Ana Rivas"', () => {
    expect(proposedNames('Kenyan opposition leader Ana Rivas called for new elections on Monday.')).toEqual(['Ana Rivas (PERSON)', 'Kenya (COUNTRY)']);
    expect(proposedNames('Kenyan military spokesmen said on Monday that the border was calm.')).toEqual(['Kenya (COUNTRY)']);
    expect(proposedNames('The Kenyan opposition said on Monday that it would boycott the vote.')).toEqual(['Kenya (COUNTRY)', 'Kenyan opposition (GROUP)']);
  });
});
