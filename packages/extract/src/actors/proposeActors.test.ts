import { describe, expect, it } from 'vitest';
import { extract } from '../testing/extraction.ts';

function proposals(text: string): string[] {
  return extract(text).proposedActors.map((actor) => `${actor.name}/${actor.kind}`);
}

describe('unknown names are proposed conservatively', () => {
  it('proposes organisations by their name and people by their title or speech', () => {
    expect(proposals('He said in the Federation Council that the work is routine.')).toEqual(['Federation Council/ORGANIZATION']);
    expect(proposals('Kremlin spokesman Dmitry Peskov said on Tuesday that Russia was not interfering.')).toEqual(['Dmitry Peskov/PERSON']);
    expect(proposals('"It is over," Morgan Ortagus said.')).toEqual(['Morgan Ortagus/PERSON']);
  });

  it('joins a bare surname to the full name', () => {
    const extraction = extract('Treasury Secretary Steven Mnuchin spoke on Monday. Mnuchin said the sanctions could be lifted.');
    expect(extraction.proposedActors).toHaveLength(1);
    expect(extraction.proposedActors[0]?.name).toBe('Steven Mnuchin');
    expect(extraction.proposedActors[0]?.mentions.map((mention) => mention.text)).toEqual(['Steven Mnuchin', 'Mnuchin']);
  });

  it('reads a surname that is also a month after an honorific, even opening a sentence', () => {
    const extraction = extract('Prime Minister Theresa May lost the vote on Tuesday. Earlier Mrs May made a plea to MPs. Mrs May said the result was clear.');
    expect(extraction.proposedActors.map((actor) => actor.name)).toEqual(['Theresa May']);
    expect(extraction.proposedActors[0]?.mentions.map((mention) => mention.text)).toEqual(['Theresa May', 'May', 'May']);
    expect(proposals('In May the talks resumed.')).toEqual([]);
  });

  it('proposes a country missing from the list', () => {
    expect(proposals('Talks were also held in Ecuador on Friday, Ecuador said.')).toEqual(['Ecuador/COUNTRY']);
  });

  it('reads a body named with "of" or "for" as one organisation, placed by a country after it', () => {
    expect(proposals('The Council of Elders of Portugal approved the budget on Monday.')).toEqual([
      'Portugal/COUNTRY',
      'Council of Elders of Portugal/ORGANIZATION',
    ]);
    expect(proposals('The Union for Green Farming won most seats, officials said.')).toEqual(['Union for Green Farming/ORGANIZATION']);
  });

  it('leaves out sentence openers, months, weekdays, page furniture and unexplained names', () => {
    expect(proposals('During March, Subscribe to Nothing. In addition, Monday was quiet and Earlier rallies faded.')).toEqual([]);
    expect(proposals('Hospitals struggled. Citgo and Bandes were named.')).toEqual([]);
    expect(proposals('Deputy Foreign Minister Reveals Why\n\nThe body text starts here.')).toEqual([]);
  });
});

describe('people of a new story, from the text alone', () => {
  it('reads a full name followed by a verb as a person, without a title', () => {
    expect(proposals('Amadou Toumani Sanogo was sworn in on January 10 for a second term.')).toEqual(['Amadou Toumani Sanogo/PERSON']);
    expect(proposals('Omar al-Bashir came to power in 1989 in a coup.')).toEqual(['Omar al-Bashir/PERSON']);
  });

  it('never runs a name over a line break, and a bare word after "the" is an institution', () => {
    expect(proposals('Power Grid Fails\nMaduro Blames Sabotage\n\nThe outage began on Monday.')).toEqual([]);
    expect(proposals('The Treasury said on Monday that the sanctions would stay.')).toEqual([]);
  });

  it('finds every country of the world, not only those of the first crisis', () => {
    expect(proposals('Sri Lanka and Austria signed the deal on Monday, Swedish officials said.')).toEqual([
      'Sri Lanka/COUNTRY',
      'Austria/COUNTRY',
      'Sweden/COUNTRY',
    ]);
  });

  it('reads "the <demonym> government" as the country itself', () => {
    const { events } = extract('Talks between the Peruvian government and the rebels were held on Monday in Geneva.');
    expect(events[0]?.actors.map((actor) => (actor.actor.kind === 'proposed' ? actor.actor.proposedKey : actor.actor.actorId))).toContain('peru');
  });

  it('gives a demonym that territories share to the sovereign state ("French" is France, not its southern lands)', () => {
    expect(proposals('French and Dutch envoys arrived on Monday.')).toEqual(['France/COUNTRY', 'Netherlands/COUNTRY']);
  });
});

describe('people named in passing', () => {
  it('finds a name set off after a role, a surname that is also a month, a name joined to a person, and names with particles', () => {
    expect(proposals('The UN High Commissioner for Refugees, Amina Odhiambo, reported in July that camps were full.')).toContain('Amina Odhiambo/PERSON');
    expect(proposals('Prime Minister Theresa May said on Monday that talks would go on.')).toContain('Theresa May/PERSON');
    expect(proposals('Opposition leaders Juan Guaido and Efraín Castillo Ruiz marched on Monday.')).toContain('Efraín Castillo Ruiz/PERSON');
    expect(proposals('“There are no troops,” Carlos Fernández de Cossío, the director of the office, told reporters on Monday.')).toContain(
      'Carlos Fernández de Cossío/PERSON',
    );
  });
});

describe('organisations under their full names', () => {
  it('spells out a country or the UN starting an organisation name', () => {
    expect(proposals('Protesters attacked the U.S. Embassy in Baghdad on Tuesday.')).toContain('United States Embassy/ORGANIZATION');
    expect(proposals('The UN Human Rights Council voted on Thursday.')).toContain('United Nations Human Rights Council/ORGANIZATION');
  });
});

describe('an administration', () => {
  it('is named after the person who heads it', () => {
    expect(proposals('The plan drew praise from the Mendes administration on Monday.')).toEqual(['Mendes/PERSON']);
    expect(proposals('The plan drew praise from the Treasury on Monday.')).toEqual([]);
  });
});

describe('armed groups', () => {
  it('are named by the word before "militia" or "rebels"', () => {
    expect(proposals('The army did not crack down on the Zanzar militia on Monday.')).toEqual(['Zanzar/GROUP']);
    expect(proposals('Tobaro rebels shelled the town on Monday.')).toEqual(['Tobaro/GROUP']);
    expect(proposals('Kenyan rebels shelled the town on Monday.')).not.toContain('Kenyan/GROUP');
  });
});

describe('parliaments', () => {
  it('reads "the House of Commons" as a body and "Theresa May\'s deal" as hers', () => {
    expect(proposals("MPs voted down Theresa May's deal in the House of Commons on Tuesday.")).toEqual(['Theresa May/PERSON', 'House of Commons/ORGANIZATION']);
  });
});

describe('where a name starts and ends', () => {
  it('skips a title\'s portfolio, even one joined by "and", and a body standing for the title', () => {
    expect(proposals('The talks go on, Minister of Communications and Information Jorge Rodriguez said on Monday.')).toEqual(['Jorge Rodriguez/PERSON']);
    expect(proposals('The UN High Commissioner for Human Rights, Michelle Bachelet, reported in July that camps were full.')).toEqual([
      'Michelle Bachelet/PERSON',
    ]);
    expect(proposals('President of the European Commission Ursula von der Leyen condemned the violence on Monday.')).toEqual(['Ursula von der Leyen/PERSON']);
    expect(proposals("The European Parliament's Brexit Co-ordinator Guy Verhofstadt tweeted on Tuesday.")).toEqual([
      'European Parliament/ORGANIZATION',
      'Guy Verhofstadt/PERSON',
    ]);
  });

  it('reads outlets, regions, plural abbreviations and places introduced by what they are as no one', () => {
    expect(proposals('State news agency Sputnik reported on Sunday that two planes landed.')).toEqual(['Sputnik/ORGANIZATION']);
    expect(proposals('Two seats allotted for Latin America were up for grabs on Thursday.')).toEqual([]);
    expect(proposals('MPs voted down the deal on Tuesday.')).toEqual([]);
    expect(proposals('She backed a crackdown in the western state of Rakhine on Monday, spokesman Myo Nyunt said.')).toEqual(['Myo Nyunt/PERSON']);
  });

  it("joins a shortened name to the full one: last names, a body's tail, a state's head", () => {
    expect(proposals('Aung San Suu Kyi was detained on Monday. Suu Kyi had won the election.')).toEqual(['Aung San Suu Kyi/PERSON']);
    expect(proposals('The Central Elections Committee said on Monday she won. She filed a complaint with the Elections Committee.')).toEqual([
      'Central Elections Committee/ORGANIZATION',
    ]);
    expect(proposals('The unrecognised Nagorno-Karabakh Republic mobilised on Sunday. Nagorno-Karabakh said it would fight.')).toEqual([
      'Nagorno-Karabakh Republic/COUNTRY',
    ]);
  });
});
