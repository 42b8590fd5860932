import { describe, expect, it } from 'vitest';
import { createExtractor } from '../extractor.ts';
import { refKey } from '../testing/extraction.ts';
import type { Extraction, KnownActor } from '../types.ts';

// Who takes part in an event when the actor table is empty, as on a new crisis: every
// actor comes from the text. The sentences are invented for these tests.

const extractor = createExtractor([]);

function extractNew(text: string): Extraction {
  return extractor.extract({ text, publishedAt: '2021-03-10' });
}

function actorsOfEvents(text: string): string[][] {
  return extractNew(text).events.map((event) => event.actors.map(({ actor, role }) => `${refKey(actor)}:${role}`));
}

describe('a capital named as a place', () => {
  it('is where the event happened, not a state taking part in it', () => {
    const [actors] = actorsOfEvents('Union leader Marta Costa led thousands of farmers through the streets of Lisbon on Sunday.');
    expect(actors).toContain('proposed:marta-costa:SUBJECT');
    expect(actors?.some((actor) => actor.startsWith('proposed:portugal'))).toBe(false);
  });

  it('still acts when it opens the sentence for its government', () => {
    const [actors] = actorsOfEvents('Lisbon recalled its ambassador on Sunday.');
    expect(actors?.[0]).toMatch(/^proposed:portugal:(?:SUBJECT|SPEAKER)$/);
  });
});

describe('an opening prepositional phrase', () => {
  it('does not hold the subject of the clause after its comma', () => {
    const [actors] = actorsOfEvents('In a new blow to President Ana Rivas, the Portuguese government on Friday froze her assets.');
    expect(actors?.[0]).toBe('proposed:portugal:SUBJECT');
  });
});

describe('a state outlet', () => {
  it('speaks for the country named before "state news agency"', () => {
    const [actors] = actorsOfEvents('Portuguese state news agency Lusitania reported on Monday that the talks had failed.');
    expect(actors).toEqual(['proposed:lusitania:SPEAKER', 'proposed:portugal:PARTICIPANT']);
  });
});

describe('a country after a part of it', () => {
  it('places the event and does not take part', () => {
    const [actors] = actorsOfEvents('Fighting broke out in the Alto region of Portugal on Sunday, and Marta Costa was blamed.');
    expect(actors?.some((actor) => actor.startsWith('proposed:portugal'))).toBe(false);
  });
});

describe('a country in a title', () => {
  it('written before anyone taking part, takes part with them', () => {
    const [actors] = actorsOfEvents('Foreign Minister Luis Ortega will hold talks in Lima with Chilean President Ana Rivas on Monday.');
    expect(actors).toEqual(['proposed:luis-ortega:SUBJECT', 'proposed:ana-rivas:TARGET', 'proposed:chile:PARTICIPANT']);
  });

  it('is the country its office holder speaks for, beside another country', () => {
    const [actors] = actorsOfEvents('Peruvian Foreign Minister Luis Ortega said on Monday that the border with Chile would stay open.');
    expect(actors).toContain('proposed:peru:PARTICIPANT');
  });

  it('is not taken part for by its opposition leaders or former officials', () => {
    const [opposition] = actorsOfEvents('Peruvian opposition leader Ana Rivas called for new elections on Tuesday.');
    expect(opposition).toContain('proposed:ana-rivas:SPEAKER');
    expect(opposition?.some((actor) => actor.startsWith('proposed:peru'))).toBe(false);
    const [former] = actorsOfEvents('Former Peruvian interior minister Luis Ortega said on Monday that the border would stay open.');
    expect(former?.some((actor) => actor.startsWith('proposed:peru'))).toBe(false);
  });
});

describe('the own country of those acting', () => {
  it('takes part only when the event names another country', () => {
    const [domestic] = actorsOfEvents('Peruvian President Ana Rivas was sworn in on Monday.');
    expect(domestic).toEqual(['proposed:ana-rivas:SUBJECT']);
    const [minister] = actorsOfEvents('Peruvian Foreign Minister Luis Ortega said on Monday that the elections would be held in June.');
    expect(minister).toEqual(['proposed:luis-ortega:SPEAKER']);
    const [international] = actorsOfEvents('Peruvian President Ana Rivas met Chilean President Luis Ortega in Santiago on Monday.');
    expect(international).toEqual(['proposed:ana-rivas:SUBJECT', 'proposed:luis-ortega:TARGET', 'proposed:peru:PARTICIPANT', 'proposed:chile:PARTICIPANT']);
  });
});

describe('a country in a background or purpose phrase', () => {
  it('is what the actors react to or want, not one of them', () => {
    const [amid] = actorsOfEvents('Union leader Marta Costa led a strike on Monday amid anger over a deal to sell the port to Portugal.');
    expect(amid).toEqual(['proposed:marta-costa:SUBJECT']);
    const [goal] = actorsOfEvents('Chile entered the race on Monday with the stated goal of denying Portugal a seat.');
    expect(goal).toEqual(['proposed:chile:SUBJECT']);
    const [plain] = actorsOfEvents('Chile entered the race on Monday, and Portugal followed.');
    expect(plain).toContain('proposed:portugal:TARGET');
  });
});

describe('someone others want removed', () => {
  it('is what the actors want, not one of them', () => {
    const [marchers] = actorsOfEvents('Union leader Marta Costa led a march on Saturday, demanding the departure of embattled President Carlos Mendes.');
    expect(marchers).toContain('proposed:marta-costa:SUBJECT');
    expect(marchers?.some((actor) => actor.startsWith('proposed:carlos-mendes'))).toBe(false);
    const [plot] = actorsOfEvents('Colonel Rui Vaz launched a revolt on Monday aimed at ousting President Carlos Mendes.');
    expect(plot?.some((actor) => actor.startsWith('proposed:carlos-mendes'))).toBe(false);
    const [protests] = actorsOfEvents("Opposition leader Rui Vaz on Monday joined protests demanding Mendes's removal.");
    expect(protests?.some((actor) => actor.includes('mendes'))).toBe(false);
  });

  it('still takes part when the sentence tells what they did', () => {
    const [actors] = actorsOfEvents('President Carlos Mendes survived a vote on Monday aimed at ousting him.');
    expect(actors).toContain('proposed:carlos-mendes:SUBJECT');
  });
});

describe('a group named after its country', () => {
  it('brings the country in when it acts for the state, not when it stands against it', () => {
    const [troops] = actorsOfEvents('Chilean troops crossed the border into Bolivia on Monday.');
    expect(troops?.slice(0, 1)).toEqual(['proposed:chilean-armed-forces:SUBJECT']);
    expect(troops).toContain('proposed:chile:PARTICIPANT');
    const [protesters] = actorsOfEvents('Chilean protesters blocked the highway on Monday.');
    expect(protesters).toEqual(['proposed:chilean-protesters:SUBJECT']);
    const [opposition] = actorsOfEvents('The Chilean opposition walked out of the talks on Monday.');
    expect(opposition).toEqual(['proposed:chilean-opposition:SUBJECT']);
  });

  it("named with the country's name, does not bring it in either when it stands against the state", () => {
    const [opposition] = actorsOfEvents("Chile's opposition walked out of the talks on Monday.");
    expect(opposition).toEqual(['proposed:chilean-opposition:SUBJECT']);
  });

  it('as the supporters of its leader, is who marched, and the leader takes part', () => {
    const [march] = actorsOfEvents('Thousands of supporters of Kenyan opposition leader Ana Rivas marched through the capital on Saturday.');
    expect(march?.slice(0, 2)).toEqual(['proposed:kenyan-opposition:SUBJECT', 'proposed:ana-rivas:TARGET']);
  });

  it('does not bring its country in when it takes power: the forces act against the government', () => {
    const [coup] = actorsOfEvents("Ghana's army seized power in a coup on Monday, detaining President Kofi Mensah.");
    expect(coup?.[0]).toBe('proposed:ghanaian-armed-forces:SUBJECT');
    expect(coup?.some((actor) => actor.startsWith('proposed:ghana:'))).toBe(false);
    const [streets] = actorsOfEvents("Ghana's army has taken control of the streets on Monday.");
    expect(streets).toEqual(['proposed:ghanaian-armed-forces:SUBJECT']);
    const [exercises] = actorsOfEvents("Ghana's army began exercises along the border with Togo on Monday.");
    expect(exercises).toContain('proposed:ghana:PARTICIPANT');
  });

  it('that is only named in passing does not bring its country in', () => {
    const [actors] = actorsOfEvents(
      'Police chief Marta Costa said on Monday that President Ali Said was killed in an airstrike carried out by the U.S. military.',
    );
    expect(actors).toEqual(['proposed:marta-costa:SPEAKER', 'proposed:ali-said:TARGET']);
  });
});

describe('two countries joined by a hyphen', () => {
  it('are the two sides of what happened, demonyms included', () => {
    const [border] = actorsOfEvents('Heavy clashes broke out on the Peruvian-Chilean border on Monday.');
    expect(border).toEqual(['proposed:peru:PARTICIPANT', 'proposed:chile:PARTICIPANT']);
  });

  it('but one demonym before "-backed" is not a pair', () => {
    const [actors] = actorsOfEvents('Heavy clashes broke out between Peruvian-backed militias on Monday.');
    expect(actors?.some((actor) => actor.startsWith('proposed:peru:'))).toBe(false);
  });
});

describe('what a statement is about', () => {
  it('is the first actor its quoted words name when nothing outside them is acted on', () => {
    const [actors] = actorsOfEvents('"All Chilean soldiers must go home," Foreign Minister Luis Ortega said on Monday.');
    expect(actors).toEqual(['proposed:luis-ortega:SPEAKER', 'proposed:chile:TARGET']);
  });

  it('is what an owner has, not the owner: "rejected X\'s claim that …"', () => {
    const [actors] = actorsOfEvents(
      "Foreign Minister Luis Ortega on Monday rejected opposition leader Ana Rivas's claim that Peruvian troops had crossed the border.",
    );
    expect(actors?.slice(0, 2)).toEqual(['proposed:luis-ortega:SPEAKER', 'proposed:peru:TARGET']);
    // The owner of the claim is named for her words, not as one taking part (ownerOfWords.ts).
    expect(actors?.some((actor) => actor.startsWith('proposed:ana-rivas'))).toBe(false);
  });
});

describe('the body where something happened', () => {
  it('is not its subject when no one else is named', () => {
    const [actors] = actorsOfEvents('Lawmakers voted on Tuesday to reject the budget in the Federal Assembly.');
    expect(actors).toEqual([]);
  });
});

describe('the actor table', () => {
  it('gives a known opposition figure no state to speak for, as a title would', () => {
    const known: KnownActor[] = [
      { id: 'peru', name: 'Peru', kind: 'COUNTRY', aliases: [] },
      { id: 'ana-rivas', name: 'Ana Rivas', kind: 'PERSON', aliases: ['Rivas'], description: 'Opposition lawmaker and party leader', country: 'peru' },
      { id: 'luis-ortega', name: 'Luis Ortega', kind: 'PERSON', aliases: ['Ortega'], description: 'Foreign minister', country: 'peru' },
      { id: 'chile', name: 'Chile', kind: 'COUNTRY', aliases: [] },
    ];
    const table = createExtractor(known);
    const actorsOf = (text: string): string[] =>
      table.extract({ text, publishedAt: '2021-03-10' }).events.flatMap((event) => event.actors.map(({ actor, role }) => `${refKey(actor)}:${role}`));
    expect(actorsOf('Rivas called on Chile to reopen the border on Tuesday.')).toEqual(['known:ana-rivas:SPEAKER', 'known:chile:TARGET']);
    expect(actorsOf('Ortega called on Chile to reopen the border on Tuesday.')).toEqual([
      'known:luis-ortega:SPEAKER',
      'known:chile:TARGET',
      'known:peru:PARTICIPANT',
    ]);
  });
});

describe('a title held in a known alias', () => {
  it('still takes its country from the word before the name', () => {
    const known: KnownActor[] = [
      { id: 'peru', name: 'Peru', kind: 'COUNTRY', aliases: [] },
      { id: 'chile', name: 'Chile', kind: 'COUNTRY', aliases: [] },
      { id: 'ana-rivas', name: 'Ana Rivas', kind: 'PERSON', aliases: ['President Ana Rivas'], country: 'peru' },
      { id: 'luis-ortega', name: 'Luis Ortega', kind: 'PERSON', aliases: [], country: 'chile' },
    ];
    const [event] = createExtractor(known).extract({
      text: 'Luis Ortega of Chile met Peruvian President Ana Rivas in Lima on Monday.',
      publishedAt: '2021-03-10',
    }).events;
    expect(event?.actors.map(({ actor, role }) => `${refKey(actor)}:${role}`)).toEqual([
      'known:luis-ortega:SUBJECT',
      'known:ana-rivas:TARGET',
      'known:chile:PARTICIPANT',
      'known:peru:PARTICIPANT',
    ]);
  });
});

describe('a ", which …," clause on the dated noun', () => {
  it('names who took part in the dated happening, though the title leaves it out', () => {
    const [event] = extractNew('Opposition parties say the 2020 elections, which returned President Carlos Mendes to office, were rigged.').events;
    expect(event?.actors.map(({ actor, role }) => `${refKey(actor)}:${role}`)).toEqual(['proposed:carlos-mendes:SUBJECT']);
    expect(event?.title).not.toContain('returned');
  });

  it('but not when it hangs on another noun', () => {
    const [actors] = actorsOfEvents('Opposition parties say the talks in 2020, which President Carlos Mendes attended, were a failure.');
    expect(actors).toEqual([]);
  });
});

describe('a country right before a role noun', () => {
  it('describes a person, like a demonym, and is neither subject nor participant for it', () => {
    const [journalist] = actorsOfEvents('An independent Peru journalist, Rui Vaz, said on Monday that Chilean troops had landed.');
    expect(journalist?.some((actor) => actor.startsWith('proposed:peru:'))).toBe(false);
    const [leader] = actorsOfEvents('Peru leader Ana Rivas suspended the bill on Monday after protests.');
    expect(leader?.[0]).toBe('proposed:ana-rivas:SUBJECT');
  });
});

describe('a country glued to "-backed" or "-based"', () => {
  it('describes someone else and does not take part', () => {
    const [actors] = actorsOfEvents('Rui Vaz, deputy commander of Peru-backed militias in Chile, was killed on Monday, officials said.');
    // Chile, named in his description, does not take part either (personDescription.ts).
    expect(actors).toEqual(['proposed:rui-vaz:SUBJECT']);
  });
});

describe("a statement about a country's forces", () => {
  it('is about the country, in reported and in quoted words', () => {
    const [reported] = actorsOfEvents('Peruvian Foreign Minister Luis Ortega said on Monday that Chilean troops had crossed the border.');
    expect(reported).toContain('proposed:chile:TARGET');
    expect(reported?.some((actor) => actor.startsWith('proposed:chilean-armed-forces'))).toBe(false);
    const [quoted] = actorsOfEvents('“All Chilean soldiers must leave at once,” Ana Rivas wrote on Tuesday.');
    expect(quoted).toEqual(['proposed:ana-rivas:SPEAKER', 'proposed:chile:TARGET']);
  });

  it('keeps a group that stands against its state', () => {
    const [actors] = actorsOfEvents('Ana Rivas said on Monday that the Chilean opposition had lost its way.');
    expect(actors).toContain('proposed:chilean-opposition:TARGET');
  });
});

describe("a person's description set off by commas", () => {
  it('names a body and a country that do not act', () => {
    const [killed] = actorsOfEvents("The blast on Friday also killed Rui Vaz, deputy commander of Peru's National Guard, officials said.");
    expect(killed).toEqual(['proposed:rui-vaz:SUBJECT']);
    const [march] = actorsOfEvents('Union leader Marta Costa, 52, the head of the National Farmers Union, led a march through Lisbon on Saturday.');
    expect(march).toEqual(['proposed:marta-costa:SUBJECT']);
  });

  it('keeps the country of the role itself, as a title would', () => {
    const [actors] = actorsOfEvents('Luis Ortega met Ana Rivas, deputy foreign minister of Chile, in Lima on Monday.');
    expect(actors).toContain('proposed:chile:PARTICIPANT');
  });

  it('keeps the body when the sentence acts on it', () => {
    const [actors] = actorsOfEvents("Rui Vaz arrested the head of Peru's National Guard on Friday.");
    expect(actors).toContain('proposed:national-guard:TARGET');
  });
});

describe('the person opening a reported clause', () => {
  it('is what the speaker talks about, not one taking part', () => {
    const [actors] = actorsOfEvents('Foreign Minister Luis Ortega said on Monday that Ana Rivas had fled the country.');
    expect(actors).toEqual(['proposed:luis-ortega:SPEAKER']);
    const [conditional] = actorsOfEvents('Luis Ortega said on Sunday that if Ana Rivas did not call elections, Peru would recognise Marta Costa as president.');
    expect(conditional?.some((actor) => actor.startsWith('proposed:ana-rivas'))).toBe(false);
  });

  it('leaves people named further inside the clause', () => {
    const [actors] = actorsOfEvents("Luis Ortega said on Monday that the talks had ended Ana Rivas's hopes.");
    expect(actors).toContain('proposed:ana-rivas:PARTICIPANT');
  });
});

describe("the owner of a group ('Rivas's troops')", () => {
  it('does not take part: the group acts', () => {
    const [actors] = actorsOfEvents("Two farmers died on Friday after Ana Rivas's troops opened fire on a march led by union leader Marta Costa.");
    expect(actors?.some((actor) => actor.startsWith('proposed:ana-rivas'))).toBe(false);
  });

  it('named after the group ("the delegation representing X"), does not take part, but the state in its title does', () => {
    const [actors] = actorsOfEvents('On Monday, the delegation representing Peruvian President Ana Rivas arrived in Chile for talks with the rebels.');
    expect(actors?.some((actor) => actor.startsWith('proposed:ana-rivas'))).toBe(false);
    expect(actors).toContain('proposed:peru:PARTICIPANT');
  });

  it('of the person a description introduces ("X\'s main rival, Y,") does not take part: Y acts', () => {
    const [actors] = actorsOfEvents("On Monday, Ana Rivas's main rival in the presidential election, Marta Costa, left the country.");
    expect(actors).toContain('proposed:marta-costa:SUBJECT');
    expect(actors?.some((actor) => actor.startsWith('proposed:ana-rivas'))).toBe(false);
  });

  it('still takes part as the owner of anything else', () => {
    const [actors] = actorsOfEvents("Union leader Marta Costa said on Friday that the march marked an end to Ana Rivas's rule.");
    expect(actors).toContain('proposed:ana-rivas:PARTICIPANT');
  });
});

describe('the owner of words a statement cites', () => {
  it('does not take part in the statement', () => {
    const [actors] = actorsOfEvents("Luis Ortega said on Monday that the farmers had ignored union leader Marta Costa's call for a strike.");
    expect(actors).toContain('proposed:luis-ortega:SPEAKER');
    expect(actors?.some((actor) => actor.startsWith('proposed:marta-costa'))).toBe(false);
  });
});

describe('the country a statement sends someone or something to', () => {
  it('is where the news happens, not a party, and holds the place of the target', () => {
    const [actors] = actorsOfEvents(
      'President Ana Rivas said on Monday she would travel to Chile on a state visit “to meet our friend, President Luis Ortega.”',
    );
    expect(actors).toEqual(['proposed:ana-rivas:SPEAKER']);
  });

  it('is no participant of what is reported either', () => {
    const [actors] = actorsOfEvents('Two navy ships delivered fuel and food to Chile over the weekend, Ana Rivas said on Sunday.');
    expect(actors?.some((actor) => actor.startsWith('proposed:chile'))).toBe(false);
  });
});
