import { describe, expect, it } from 'vitest';
import { HEADLINE_LENGTH, present, toHeadline } from './headline.ts';

const none = { pronounName: null, personNames: [] };

describe('headlines from clauses', () => {
  it('puts the main verb in the present tense, singular or plural', () => {
    expect(toHeadline('The finance minister resigned after the vote', none)).toBe('The finance minister resigns after the vote');
    expect(toHeadline('Farmers blocked the highway to the port', none)).toBe('Farmers block the highway to the port');
    expect(toHeadline('The governor was arrested at the airport', none)).toBe('The governor is arrested at the airport');
    expect(toHeadline('Lawmakers have approved the budget', none)).toBe('Lawmakers approve the budget');
  });

  it('finds the main verb past participles describing a noun, a name with a verb in it and a counted subject', () => {
    expect(toHeadline('A statement released by the ministry said the strike was legal', none)).toBe(
      'A statement released by the ministry says the strike was legal',
    );
    expect(toHeadline('His remarks about a failed uprising angered the army', none)).toBe('His remarks about a failed uprising anger the army');
    expect(toHeadline('Human Rights Watch condemned the vote', none)).toBe('Human Rights Watch condemns the vote');
    expect(toHeadline('Two of eight seats were up for grabs', none)).toBe('Two of eight seats are up for grabs');
  });

  it('drops a dateline and an introductory phrase, keeps the subject first', () => {
    expect(toHeadline('LAGOS: Police fired tear gas at marchers', none)).toBe('Police fire tear gas at marchers');
    expect(toHeadline('In a surprise move, the central bank raised rates', none)).toBe('The central bank raises rates');
    // A speaker before a colon is no dateline.
    expect(toHeadline('May said: "We will appeal"', none)).toBe('May says: "We will appeal"');
    expect(toHeadline('Caracas, (AFP): Troops landed', none)).toBe('Troops land');
  });

  it('keeps a clause an adverb opens, without the adverb and the honorific', () => {
    expect(toHeadline('Earlier Mrs May made a last-ditch plea to MPs to back her plan, telling them: "I believe we have a duty to deliver"', none)).toMatch(
      /^May makes a last-ditch plea to MPs to back her plan/,
    );
    expect(toHeadline('Meanwhile the army closed the roads', none)).toBe('The army closes the roads');
  });

  it('agrees the verb with a plural acronym', () => {
    expect(toHeadline('MPs rejected the deal', none)).toBe('MPs reject the deal');
  });

  it('drops an apposition between the subject and its verb', () => {
    expect(toHeadline('Okafor, the head of the electoral commission, annulled the count', none)).toBe('Okafor annuls the count');
  });

  it('names the members of a listed subject and leaves out the vague rest', () => {
    expect(toHeadline('Kenya as well as Uganda, Tanzania and several other East African states followed suit', none)).toBe(
      'Kenya, Uganda and Tanzania follow suit',
    );
  });

  it('replaces an opening pronoun with the name it stands for', () => {
    expect(toHeadline('He invoked the constitution', { pronounName: 'Guaidó', personNames: [] })).toBe('Guaidó invokes the constitution');
  });

  it(`cuts a long clause where a phrase ends, within ${HEADLINE_LENGTH} characters and without an ellipsis`, () => {
    const clause =
      'The opposition coalition announced a nationwide general strike in protest against the disputed election results, which observers from several regional bodies had criticised';
    const headline = toHeadline(clause, none);
    expect(headline.length).toBeLessThanOrEqual(HEADLINE_LENGTH);
    expect(headline).not.toMatch(/…|\.\.\./);
    expect(headline).toBe('The opposition coalition announces a nationwide general strike in protest');
  });

  it('shortens people to their surnames only when the headline would be too long', () => {
    const people = { pronounName: null, personNames: ['Amara Okonkwo-Bello'] };
    expect(toHeadline('Amara Okonkwo-Bello told reporters the count was over', people)).toBe('Amara Okonkwo-Bello tells reporters the count was over');
    const long = 'Amara Okonkwo-Bello told reporters that the commission would publish every polling station result';
    expect(toHeadline(long, people)).toBe('Okonkwo-Bello tells reporters the commission would publish every polling station');
  });
});

describe('present tense', () => {
  it('follows English spelling rules', () => {
    expect(present('vow', false)).toBe('vows');
    expect(present('push', false)).toBe('pushes');
    expect(present('deny', false)).toBe('denies');
    expect(present('have', false)).toBe('has');
    expect(present('be', true)).toBe('are');
  });
});

describe('claims and references back', () => {
  it('replaces an opening possessive pronoun too', () => {
    expect(toHeadline('His allies blamed the army', { pronounName: 'Guaidó', personNames: [] })).toBe("Guaidó's allies blame the army");
  });
});
