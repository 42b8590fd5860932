import { describe, expect, it } from 'vitest';
import { actorsMentionedAs, extract, refKey } from '../testing/extraction.ts';
import { createExtractor } from '../extractor.ts';
import { buildKnownActorIndex } from './knownActorIndex.ts';

describe('known actors are found however the text writes them', () => {
  it('tolerates case, accents and curly or straight possessives', () => {
    const extraction = extract("Guaido's allies met. Maduro's government and Guaidó’s team answered. NICOLAS MADURO spoke.");
    expect(actorsMentionedAs(extraction, 'Guaido')).toEqual(['known:juan-guaido']);
    expect(actorsMentionedAs(extraction, 'Maduro')).toEqual(['known:nicolas-maduro']);
    expect(actorsMentionedAs(extraction, 'Guaidó')).toEqual(['known:juan-guaido']);
    expect(actorsMentionedAs(extraction, 'NICOLAS MADURO')).toEqual(['known:nicolas-maduro']);
  });

  it('reads past titles to the name', () => {
    const extraction = extract('Venezuelan President Nicolás Maduro spoke on Tuesday.');
    expect(actorsMentionedAs(extraction, 'Nicolás Maduro')).toEqual(['known:nicolas-maduro']);
    expect(actorsMentionedAs(extraction, 'Venezuelan')).toEqual(['known:venezuela']);
  });

  it('takes a misspelt surname where a person is expected ("Tyabkov said")', () => {
    const extraction = extract('“We are doing planned work,” Tyabkov said.');
    expect(actorsMentionedAs(extraction, 'Tyabkov')).toEqual(['known:sergei-ryabkov']);
    expect(extraction.quotes[0]?.speaker).toEqual({ kind: 'known', actorId: 'sergei-ryabkov' });
  });

  it('does not guess a misspelling without a reason to expect a person', () => {
    const extraction = extract('Tyabkov is a village near the border.');
    expect(actorsMentionedAs(extraction, 'Tyabkov')).toEqual([]);
  });

  it('does not give one person another person’s surname', () => {
    const extraction = extract('Communications Minister Jorge Rodríguez said on Monday that talks would go on.');
    expect(actorsMentionedAs(extraction, 'Rodríguez')).toEqual([]);
    expect(extraction.proposedActors.map((actor) => actor.name)).toContain('Jorge Rodríguez');
  });

  it('maps demonyms and capitals to countries in the list, but not "Latin American"', () => {
    const extraction = extract('Moscow and Washington disagree. USA and most Latin American countries back him. Russian troops arrived.');
    expect(actorsMentionedAs(extraction, 'Moscow')).toEqual(['known:russia']);
    expect(actorsMentionedAs(extraction, 'Washington')).toEqual(['known:united-states']);
    expect(actorsMentionedAs(extraction, 'USA')).toEqual(['known:united-states']);
    expect(actorsMentionedAs(extraction, 'American')).toEqual([]);
    expect(actorsMentionedAs(extraction, 'Russian')).toEqual(['known:russia']);
  });

  it('does not read the pronoun "us" as the United States', () => {
    const extraction = extract('“They attacked us,” he said.');
    expect((extraction.mentions ?? []).some((mention) => refKey(mention.actor) === 'known:united-states')).toBe(false);
  });
});

describe('descriptions and pronouns resolve to the person the text named', () => {
  const text = [
    'On Tuesday, Sergei Ryabkov, deputy foreign minister of Russia, stated that Russia does not intend to increase its presence in Venezuela.',
    'The Russian vice chancellor said that the aircraft arrived to maintain equipment.',
    'He added that the contracts are transparent.',
  ].join('\n\n');

  it('an appositive description is a mention of the person', () => {
    expect(actorsMentionedAs(extract(text), 'deputy foreign minister of Russia')).toEqual(['known:sergei-ryabkov']);
  });

  it('"The Russian vice chancellor" is the Russian official named before', () => {
    expect(actorsMentionedAs(extract(text), 'The Russian vice chancellor')).toEqual(['known:sergei-ryabkov']);
  });

  it('"He added" is the last speaker', () => {
    expect(actorsMentionedAs(extract(text), 'He')).toEqual(['known:sergei-ryabkov']);
  });

  it('a description with a country picks the person of that country', () => {
    const extraction = extract(
      [
        'Earlier this month, Russian Foreign Minister Sergei Lavrov spoke with Mike Pompeo.',
        'The Russian diplomat said the talks were useful.',
        'The U.S. diplomat said they were not.',
      ].join('\n\n'),
    );
    expect(actorsMentionedAs(extraction, 'The Russian diplomat')).toEqual(['known:sergei-lavrov']);
    expect(actorsMentionedAs(extraction, 'The U.S. diplomat')).toEqual(['known:mike-pompeo']);
  });

  it('"the group" is the group named before', () => {
    const extraction = extract('The Lima Group met on Friday. Arreaza accused the group of encouraging a coup.');
    expect(actorsMentionedAs(extraction, 'the group')).toEqual(['known:lima-group']);
  });
});

describe('a misspelt country', () => {
  it('is the country when the article spells it right elsewhere', () => {
    const extraction = createExtractor([]).extract({
      text: 'The delegation arrived in Paragauy on Monday. Talks in Paraguay resumed on Tuesday.',
      publishedAt: '2021-03-10',
    });
    expect(actorsMentionedAs(extraction, 'Paragauy')).toEqual(['proposed:paraguay']);
    const alone = createExtractor([]).extract({ text: 'The delegation arrived in Paragauy on Monday.', publishedAt: '2021-03-10' });
    expect(actorsMentionedAs(alone, 'Paragauy')).toEqual([]);
  });
});

describe("a known person's countries", () => {
  const people = [
    { id: 'finland', name: 'Finland', kind: 'COUNTRY' as const, aliases: [] },
    { id: 'chile', name: 'Chile', kind: 'COUNTRY' as const, aliases: [] },
    {
      id: 'ana-ruiz',
      name: 'Ana Ruiz',
      kind: 'PERSON' as const,
      aliases: [],
      description: 'Chilean trade minister who chaired the talks in Finland.',
    },
  ];

  it('come from what the description says the person is, not from a clause about what they did', () => {
    const profile = buildKnownActorIndex(people).profiles.get('ana-ruiz');
    expect(profile?.affiliationIds).toEqual(['chile']);
  });
});
