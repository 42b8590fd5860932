import { describe, expect, it } from 'vitest';
import { extract, refKey } from '../testing/extraction.ts';
import type { ProposedEvent } from '../types.ts';

function summary(event: ProposedEvent): string {
  const date = event.date?.resolved;
  return `${date === null || date === undefined ? 'undated' : `${date.start} ${date.precision}`} ${event.kind}`;
}

function actorsOf(event: ProposedEvent | undefined): string[] {
  return (event?.actors ?? []).map(({ actor, role }) => `${refKey(actor)}:${role}`);
}

describe('one event per happening', () => {
  it('undated paragraphs continuing a speaker’s statement join its event', () => {
    const text = [
      'On Tuesday, Sergei Ryabkov, deputy foreign minister of Russia, stated that Russia does not intend to increase its presence in Venezuela.',
      'The Russian military has arrived to maintain equipment, Ryabkov said.',
      '“All of this is routine work,” he said in the Federation Council.',
      'In addition, he stated that nothing else is happening.',
    ].join('\n\n');
    const { events } = extract(text);
    expect(events.map(summary)).toEqual(['2019-06-25 DAY STATEMENT']);
    expect(events[0]?.passages).toHaveLength(4);
    expect(events[0]?.quotes.map((quote) => quote.text)).toEqual(['All of this is routine work,']);
    expect(actorsOf(events[0])).toEqual(['known:sergei-ryabkov:SPEAKER', 'known:venezuela:TARGET', 'known:russia:PARTICIPANT']);
  });

  it('countries named only in the paragraphs that carry a statement on are its topic, not its participants', () => {
    const text = [
      'On Tuesday, Sergei Ryabkov, deputy foreign minister of Russia, stated that Russia does not intend to increase its presence in Venezuela.',
      'Ryabkov said the list of such cases was long, naming Guatemala, Chile and Argentina.',
    ].join('\n\n');
    const { events } = extract(text);
    expect(events).toHaveLength(1);
    expect(actorsOf(events[0]).filter((actor) => /guatemala|chile|argentina/.test(actor))).toEqual([]);
  });

  it('a new occasion by the same speaker is a new event dated like the previous one', () => {
    const text = [
      'Earlier this month, the official representative of the Russian Foreign Ministry, Maria Zakharova, called for Washington to renounce its plans.',
      'During the weekly press conference, the diplomat also condemned the new sanctions of the United States against Cuba.',
    ].join('\n\n');
    const { events } = extract(text);
    expect(events.map(summary)).toEqual(['2019-06-01 MONTH STATEMENT', '2019-06-01 MONTH STATEMENT']);
    expect(events.map((event) => event.dateSource)).toEqual(['stated', 'inherited']);
    expect(actorsOf(events[1])).toContain('known:maria-zakharova:SPEAKER');
    expect(actorsOf(events[1])).toContain('known:cuba:PARTICIPANT');
  });

  it('a date in a ", who … ," clause dates that clause only', () => {
    const text =
      'Venezuelan President Nicolás Maduro, who took office on January 10 after an election, called Guaidó’s statement a coup attempt and blamed the United States.';
    const { events } = extract(text);
    expect(events.map(summary)).toEqual(['2019-01-10 DAY POLITICAL']);
    // A domestic happening: the president's own country, named only in his title, does not take part.
    expect(actorsOf(events[0])).toEqual(['known:nicolas-maduro:SUBJECT']);
    expect(events[0]?.passages[0]?.text).toBe('Venezuelan President Nicolás Maduro, who took office on January 10 after an election');
  });

  it('a date inside reported words is a background event of its own', () => {
    const text = 'Kremlin spokesman Dmitry Peskov said on Tuesday that the specialists were in Venezuela under an agreement signed in 2001.';
    const { events } = extract(text);
    expect(events.map(summary)).toEqual(['2019-06-25 DAY STATEMENT', '2001-01-01 YEAR DIPLOMATIC']);
    expect(actorsOf(events[1])).not.toContain('proposed:dmitry-peskov:SPEAKER');
  });

  it('a relative clause ending the sentence after someone spoke dates only that clause', () => {
    const { events } = extract("In January, the Lima Group said it did not recognise Maduro's new term, which began on January 10.");
    expect(events.map((event) => event.date?.resolved?.start)).toEqual(['2019-01-01', '2019-01-10']);
    expect(events[0]?.kind).toBe('STATEMENT');
    // Maduro's country does not come in with him: his term is his (see eventActors.ts, state voices).
    expect(actorsOf(events[1])).toEqual(['known:nicolas-maduro:SUBJECT']);
  });

  it('what others think of a person, in a ", whom …," clause, is not part of the dated happening', () => {
    const { events } = extract('Opposition leader Juan Guaidó, whom the United States recognises as interim president, called for new protests last week.');
    expect(actorsOf(events[0])).toEqual(['known:juan-guaido:SPEAKER']);
  });

  it('"…, the ministry said" after a happening makes the happening the event', () => {
    const text = 'Two Russian planes carrying about 100 troops landed in Caracas on Saturday, the Venezuelan government said.';
    const { events } = extract(text);
    expect(events.map(summary)).toEqual(['2019-06-22 DAY MILITARY']);
  });

  it('"Hours earlier" and "the next day" are dated against the event just told', () => {
    const text =
      'Morales resigned on Sunday.\n\nHours earlier, the Organization of American States said it had found irregularities.\n\nThe next day, Mexico offered him asylum.';
    const extraction = extract(text, '2019-11-11');
    expect(extraction.events.map(summary)).toEqual(['2019-11-10 DAY POLITICAL', '2019-11-10 DAY STATEMENT', '2019-11-11 DAY DIPLOMATIC']);
    expect(extraction.dates.map((date) => date.span.text)).toEqual(['Sunday', 'Hours earlier', 'The next day']);
  });

  it('a reaction ("immediately drew", "responded … by") happens on the day of what it reacts to', () => {
    const text = [
      'The opposition leader declared himself president on Wednesday before huge crowds.',
      'The challenge immediately drew recognition from several governments abroad.',
      'The president responded to the move by expelling three ambassadors.',
    ].join('\n\n');
    expect(extract(text, '2019-01-24').events.map((event) => event.date?.resolved?.start)).toEqual(['2019-01-23', '2019-01-23', '2019-01-23']);
  });

  it('an undated lede retold with its day in the next paragraph is one event on that day', () => {
    const text = [
      'President Amadou Keita has ordered the closure of all land borders.',
      'Keita signed the decree on Monday, blocking all traffic across the frontier.',
    ].join('\n\n');
    const { events } = extract(text, '2019-08-06');
    expect(events.map((event) => [event.date?.resolved?.start, event.dateSource, event.passages.length])).toEqual([['2019-08-05', 'stated', 2]]);
    expect(events[0]?.title).toContain('orders the closure of all land borders');
  });

  it('an undated lede followed by an older, different happening stays dated by its publication', () => {
    const text = [
      'Mali’s main opposition candidate, Aminata Traoré, has left the country.',
      'In the election on August 9, President Amadou Keita won 80 percent of the vote.',
    ].join('\n\n');
    expect(extract(text, '2020-08-11').events.map((event) => [event.date?.resolved?.start, event.dateSource])).toEqual([
      ['2020-08-11', 'published'],
      ['2020-08-09', 'stated'],
    ]);
  });

  it('background sentences without a date make no event', () => {
    const { events } = extract('Russia and China support Maduro’s government. Inflation is running in the millions of percent.');
    expect(events).toEqual([]);
  });

  it('without a publication date, relative dates give events with unresolved dates', () => {
    const { events, warnings } = extract('On Thursday, the Organization of American States voted on the resolution.', null);
    expect(events).toHaveLength(1);
    expect(events[0]?.date?.resolved).toBeNull();
    expect(events[0]?.date?.span.text).toBe('Thursday');
    expect(warnings).toHaveLength(1);
  });
});

describe('event kinds come from cue words near the date', () => {
  const kindOf = (text: string): string | undefined => extract(text).events[0]?.kind;

  it('statements, even about sanctions, unless announcing a measure', () => {
    expect(kindOf('On Monday, Zakharova condemned the new sanctions against Cuba.')).toBe('STATEMENT');
    expect(kindOf('The United States on Monday imposed sanctions on PDVSA.')).toBe('SANCTION');
    expect(kindOf('On Monday, Pompeo announced new sanctions against four governors.')).toBe('SANCTION');
  });

  it('political, military, diplomatic, protest, legal and economic happenings', () => {
    expect(kindOf('Maduro was sworn in on January 10 before the Supreme Tribunal.')).toBe('POLITICAL');
    expect(kindOf('Russian troops landed at the airport on Saturday.')).toBe('MILITARY');
    expect(kindOf('The United States recognized Guaidó on January 23.')).toBe('DIPLOMATIC');
    expect(kindOf('Thousands of protesters marched in Caracas on Saturday.')).toBe('PROTEST');
    expect(kindOf('The Supreme Tribunal lifted his immunity on Tuesday.')).toBe('LEGAL');
    expect(kindOf('Oil exports fell sharply in March.')).toBe('ECONOMIC');
  });

  it('an "after …" clause is another happening', () => {
    expect(kindOf('Oil exports fell sharply last month after sanctions on PDVSA took effect.')).toBe('ECONOMIC');
  });

  it('the month March is not a march', () => {
    expect(kindOf('Blackouts began in early March across the country.')).toBe('OTHER');
  });
});

describe('titles', () => {
  it('two dates on either side of "after" give two events, each titled from its own clause, in the present tense of headlines', () => {
    const text = 'Large parts of Venezuela remained without power on Monday, four days after a failure at the Guri dam darkened the country on Thursday.';
    const { events } = extract(text);
    expect(events.map((event) => [event.date?.resolved?.start, event.title])).toEqual([
      ['2019-06-24', 'Large parts of Venezuela remain without power'],
      ['2019-06-20', 'A failure at the Guri dam darkens the country'],
    ]);
  });

  it('a date owning a noun leaves an article behind ("condemned Thursday\'s vote" → "condemns the vote")', () => {
    expect(extract("Rights groups condemned Thursday's vote as a disgrace.", '2019-10-18').events.map((event) => event.title)).toEqual([
      'Rights groups condemn the vote as a disgrace',
    ]);
  });

  it('quoted words keep their dates: a title quotes what was said', () => {
    const text = 'Prime Minister Theresa May lost a vote on Monday.\n\nMrs May said on Tuesday: "Tonight\'s vote tells us nothing."';
    expect(extract(text, '2019-01-15').events.map((event) => event.title)).toContain('Theresa May says: "Tonight\'s vote tells us nothing."');
  });

  it('a locative "before" does not split a sentence; the clause holding the date does', () => {
    const text =
      'Nicolás Maduro was sworn in on January 10 for a second term before the Supreme Tribunal, after an election in May 2018 that the opposition boycotted.';
    const { events } = extract(text);
    expect(events.map((event) => event.title)).toEqual(['Nicolás Maduro is sworn in for a second term', 'An election that the opposition boycotted']);
  });
});

describe('dates counted from the event just told', () => {
  it('"the following year" is the year after the previous event', () => {
    const { events } = extract('The general seized power in a coup in 1989. He survived a coup attempt the following year.');
    expect(events.map((event) => [event.date?.resolved?.start, event.date?.resolved?.precision])).toEqual([
      ['1989-01-01', 'YEAR'],
      ['1990-01-01', 'YEAR'],
    ]);
  });

  it('a forecast over "the next year" is not an event', () => {
    const { events } = extract('The sanctions were announced on Monday. They would cost the country $11 billion over the next year.');
    expect(events).toHaveLength(1);
  });
});

describe('whose happening a sentence tells', () => {
  it('a speech verb in an "after" clause does not make the main clause a statement', () => {
    const { events } = extract('President Keita resigned on Sunday after the army chief urged him to step down.');
    expect(events.map((event) => event.title)).toEqual(['President Keita resigns after the army chief urged him to step down']);
  });

  it('"US President Donald Trump" opening a clause makes Trump its subject, not the country', () => {
    const { events } = extract('US President Donald Trump has ordered a freeze on all assets of the government.', '2019-08-06');
    expect(actorsOf(events[0])[0]).toBe('known:donald-trump:SUBJECT');
  });

  it('a group opened by its country\'s possessive ("Myanmar\'s military") is the subject, not the person it acts on', () => {
    const { events } = extract(
      "Myanmar's military took control in a sudden coup on Monday, holding elected leader Aung San Suu Kyi and declaring a state of emergency.",
      '2021-02-01',
    );
    expect(actorsOf(events[0])[0]).toBe('proposed:myanmar-armed-forces:SUBJECT');
  });
});

describe('what is not an event', () => {
  it('a reporter seeing something is how the news was gathered, not news', () => {
    const text = 'Two planes landed at the airport on Saturday. An AFP journalist early on Sunday saw one of the planes on the tarmac.';
    expect(extract(text, '2019-03-25').events.map((event) => event.date?.resolved?.start)).toEqual(['2019-03-23']);
  });

  it('a long standfirst without a full stop is not the lede', () => {
    const text = [
      'A country wins a seat',
      'The late entry of a rival as competition gave the country the chance to win a seat on the council despite lobbying against it by its neighbours and by the rights groups that had campaigned for months',
      'The country won a seat on the council on Thursday.',
    ].join('\n\n');
    expect(extract(text, '2019-10-17').events.map((event) => [event.date?.resolved?.start, event.dateSource])).toEqual([['2019-10-17', 'stated']]);
  });

  it('a term of office and a forecast are not events; a past verb before a weekday keeps it in the past', () => {
    expect(extract('Maduro was sworn in on January 10 for the term 2019-2025.').events.map((event) => event.date?.resolved?.precision)).toEqual(['DAY']);
    const forecast = extract('Exports will fall and sales next year could halve, the company said on Tuesday.', '2019-01-30').events;
    expect(forecast.map((event) => event.date?.resolved?.start)).toEqual(['2019-01-29']);
  });

  it('"announced Monday, a day after …" gives two events with titles of their own', () => {
    const { events } = extract(
      'The sanctions on the oil company, announced Monday, a day after the opposition leader called for new elections on Sunday, will block $7 billion in assets, the adviser told a briefing.',
      '2019-01-30',
    );
    expect(events.map((event) => event.date?.resolved?.start)).toEqual(['2019-01-28', '2019-01-27']);
    expect(new Set(events.map((event) => event.title)).size).toBe(2);
    expect(events[0]?.title).toBe('Sanctions on the oil company announced');
  });
});

describe('headlines of reported happenings', () => {
  it('attributes what a source reports, when it fits', () => {
    expect(extract('Troops landed at the airport on Saturday, Ryabkov said.').events.map((event) => event.title)).toEqual([
      'Troops land at the airport, Ryabkov says',
    ]);
  });

  it('"he" opening a sentence is the person named last', () => {
    const { events } = extract('Amadou Sanogo came to power in a coup in 2012. At an election in 2013, he was returned with 70% of the vote.');
    expect(events.map((event) => event.title)).toEqual(['Amadou Sanogo comes to power in a coup', 'Sanogo is returned with 70% of the vote']);
    expect(events[1]?.actors.map((actor) => `${actor.name}:${actor.role}`)).toEqual(['Amadou Sanogo:SUBJECT']);
  });
});

describe('an undated happening after a dated one', () => {
  it('is an event of its own when another named actor did it, past an opening participle phrase and an apposition', () => {
    const text = [
      'Opposition leader Ana Ruiz declared herself interim president on Wednesday.',
      'Waving to thousands of supporters outside the palace, Ruiz, the head of the congress, took a symbolic oath.',
      'Waving to his own supporters, President Luis Mora, the incumbent, dissolved the congress.',
    ].join('\n\n');
    const { events } = extract(text, '2019-01-23');
    expect(events.map((event) => [event.date?.resolved?.start, event.dateSource])).toEqual([
      ['2019-01-23', 'stated'],
      ['2019-01-23', 'inherited'],
    ]);
    expect(events[1]?.actors.map((actor) => actor.name)).toContain('Luis Mora');
  });
});

describe('dates told against the event before', () => {
  it('"announced hours earlier" inside a sentence dates it like the event just told', () => {
    const text = ['President Luis Mora resigned on Sunday.', 'The election monitors announced hours earlier that the vote had been manipulated.'].join('\n\n');
    const { events } = extract(text, '2019-11-11');
    expect(events.map((event) => [event.date?.resolved?.start, event.date?.span.text])).toEqual([
      ['2019-11-10', 'Sunday'],
      ['2019-11-10', 'hours earlier'],
    ]);
  });
});

describe('an undated lede', () => {
  it('is dated by the publication when a named actor did something; an excerpt cut with "…" stays prose', () => {
    const text = [
      'The Cabinet of Ministers of Moldova introduced martial law in the country due to the escalation in Transnistria. Reported by TASS…',
      'Earlier, the President of Transnistria Vadim Krasnoselsky introduced martial law.',
    ].join('\n\n');
    const { events } = extract(text, '2020-09-27');
    expect(events.map((event) => [event.date?.resolved?.start, event.dateSource])).toEqual([
      ['2020-09-27', 'published'],
      ['2020-09-27', 'stated'], // "Earlier," dates it against the lede's event
    ]);
    expect(events[0]?.date?.span.text).toBe('');
  });

  it('an undated opening statement by a new voice is dated by the publication; later ones are not', () => {
    const text = [
      'Deputy Foreign Minister Ana Ruiz denied reports of foreign troops in the country.',
      'Opposition lawmaker Luis Mora said the reports were true.',
    ].join('\n\n');
    const { events } = extract(text, '2019-06-27');
    expect(events.map((event) => [event.date?.resolved?.start, event.dateSource, event.actors[0]?.name, event.actors[0]?.role])).toEqual([
      ['2019-06-27', 'published', 'Ana Ruiz', 'SPEAKER'],
    ]);
  });

  it('takes in a new voice of the next paragraph as its source, unless a person speaks the lede', () => {
    const text = [
      'The Cabinet of Ministers of Moldova introduced a curfew in the capital.',
      '“Stay at home tonight,” said Moldovan Prime Minister Ana Ruiz.',
      'Opposition lawmaker Luis Mora said the curfew was illegal.',
    ].join('\n\n');
    const { events } = extract(text, '2020-09-27');
    expect(events).toHaveLength(1);
    expect(events[0]?.passages).toHaveLength(2);
    expect(events[0]?.actors.map((actor) => actor.name)).toContain('Ana Ruiz');
    // "said Moldovan Prime Minister Ana Ruiz": the demonym opens her title; she speaks.
    expect(extract(text, '2020-09-27').quotes.map((quote) => quote.speaker?.kind)).toEqual(['proposed']);
    const spoken = extract('Deputy Foreign Minister Ana Ruiz denied the reports.\n\nOpposition lawmaker Luis Mora said the reports were true.', '2019-06-27');
    expect(spoken.events[0]?.passages).toHaveLength(1);
  });

  it('may hold one aside between its subject and a verb in the present perfect', () => {
    const { events } = extract('The president’s main rival in the election, Ana Ruiz, has left the country.', '2020-08-11');
    expect(events.map((event) => [event.date?.resolved?.start, event.dateSource])).toEqual([['2020-08-11', 'published']]);
  });

  it('in the present perfect may use an irregular participle ("has taken"), not one of a relative clause ("that has driven")', () => {
    const text = [
      'The president stepped down on Thursday after 30 years in power.',
      'Army takes control of the streets: eyewitness',
      'The country’s army has taken control of the bridges into the capital, according to an eyewitness.',
    ].join('\n\n');
    expect(extract(text, '2019-04-11').events.map((event) => [event.date?.resolved?.start, event.dateSource])).toEqual([
      ['2019-04-11', 'stated'],
      ['2019-04-11', 'published'],
    ]);
    expect(extract('Despite a collapse that has driven millions abroad, the president remains in control, analysts say.', '2019-04-10').events).toEqual([]);
  });

  it('so is the first sentence of a live page’s post under its crosshead', () => {
    const text = [
      'The president stepped down on Thursday after 30 years in power.',
      'Army takes control of the streets: eyewitness',
      'Soldiers blocked the bridges into the capital, an eyewitness said.',
    ].join('\n\n');
    const { events } = extract(text, '2019-04-11');
    expect(events.map((event) => [event.date?.resolved?.start, event.dateSource])).toEqual([
      ['2019-04-11', 'stated'],
      ['2019-04-11', 'published'],
    ]);
  });

  it('is left undated when it describes a state, or when the publication day is unknown', () => {
    expect(extract('The Cabinet of Ministers of Moldova is divided over martial law.', '2020-09-27').events).toEqual([]);
    expect(extract('The Cabinet of Ministers of Moldova introduced martial law.', null).events).toEqual([]);
  });
});

describe('a lede names its speaker', () => {
  it('"…," he said after a link to another story goes on with the speaker already met', () => {
    const text = [
      'Thousands of supporters of the opposition marched in the capital on Saturday.',
      '“We are not going to falter,” opposition leader Amadou Diallo told the crowd.',
      'Prices up sharply in the capital: report',
      '“Others took weeks, we have been at it for years,” he said.',
    ].join('\n\n');
    expect(extract(text, '2019-11-17').events.map((event) => event.dateSource)).not.toContain('published');
  });
});

describe('one happening told twice', () => {
  it('a loose mention ("a failed uprising last April") of a happening dated to the day elsewhere is not another event', () => {
    const text = [
      'Deputy minister Ana Pérez denied on Tuesday that Rafael Ortega’s remarks about a failed military uprising last April were true.',
      'Ortega, the former spy chief, launched a failed military uprising on April 30 with opposition leaders.',
    ].join('\n\n');
    const military = extract(text, '2019-06-27').events.filter((event) => event.kind === 'MILITARY');
    expect(military.map((event) => event.date?.resolved?.start)).toEqual(['2019-04-30']);
  });

  it("a post copied with its signature is its author's statement, on the day the signature gives", () => {
    const text = [
      'The foreign minister accused neighbouring governments on Sunday of sheltering the attackers.',
      'Desde Colombia llegan los atacantes y nadie los detiene. Exigimos respuestas ya. — Ana Torres R (@anatorres) March 4, 2019',
      'We will not rest until every attacker is caught and tried. — Ana Torres (@anatorres) March 5, 2019',
    ].join('\n\n');
    const { events, proposedActors } = extract(text, '2019-03-05', { title: 'Minister accuses neighbours over attack' });
    expect(proposedActors.filter((actor) => actor.kind === 'PERSON').map((actor) => actor.name)).toEqual(['Ana Torres']);
    const posts = events.filter((event) => event.date?.resolved?.start === '2019-03-04' || event.date?.resolved?.start === '2019-03-05');
    expect(posts.map(summary)).toEqual(['2019-03-04 DAY STATEMENT', '2019-03-05 DAY STATEMENT']);
    expect(posts.map((event) => actorsOf(event)[0])).toEqual(['proposed:ana-torres:SPEAKER', 'proposed:ana-torres:SPEAKER']);
    // Her words in Spanish make no English headline; in English they do.
    expect(posts.map((event) => event.title)).toEqual([
      'Ana Torres posts on Twitter',
      'Ana Torres: “We will not rest until every attacker is caught and tried”',
    ]);
    expect(actorsOf(posts[0])).toContain('known:colombia:TARGET');
  });

  it('an account signing with one word (an outlet, a group) is not proposed as a person', () => {
    const text = 'Talks between the two governments resumed in the capital after weeks of delay. — Kavalnik (@kavalnik) March 4, 2019';
    const { proposedActors } = extract(text, '2019-03-05', { title: 'Talks resume' });
    expect(proposedActors.filter((actor) => actor.kind === 'PERSON')).toEqual([]);
  });
});
