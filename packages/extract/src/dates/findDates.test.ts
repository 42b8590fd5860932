import { describe, expect, it } from 'vitest';
import { findDates } from './findDates.ts';

/** The one date found in `text`, published on `publishedAt`. */
function onlyDate(text: string, publishedAt: string | null = '2019-06-25') {
  const { dates } = findDates(text, publishedAt);
  expect(dates).toHaveLength(1);
  const [date] = dates;
  if (date === undefined) throw new Error('no date');
  return date;
}

describe('weekdays are read as the latest such day on or before publication', () => {
  it('"On Tuesday" in a Tuesday paper is the publication day', () => {
    expect(onlyDate('On Tuesday, Ryabkov spoke.').resolved).toEqual({ start: '2019-06-25', end: '2019-06-25', precision: 'DAY' });
  });

  it('"on Friday" in a Tuesday paper is the Friday before', () => {
    expect(onlyDate('Troops arrived on Friday.').resolved?.start).toBe('2019-06-21');
  });

  it('a weekday before an age or a count is still a weekday; before a day of the month it is left to the calendar rules', () => {
    expect(onlyDate('On Tuesday, the 75-year-old president stepped down.').resolved?.start).toBe('2019-06-25');
    expect(findDates('On Tuesday, the 25th, he left.', '2019-06-25').dates.map((date) => date.span.text)).not.toContain('Tuesday');
  });

  it('"last Tuesday" skips the publication day', () => {
    expect(onlyDate('He spoke last Tuesday.').resolved?.start).toBe('2019-06-18');
  });

  it('"next Monday" and a future verb look ahead', () => {
    expect(onlyDate('They meet next Monday.').resolved?.start).toBe('2019-07-01');
    expect(onlyDate('Maduro will be sworn in on Thursday.', '2019-01-05').resolved?.start).toBe('2019-01-10');
  });
});

describe('calendar days without a year', () => {
  it('"January 23" in June 2019 is 2019-01-23', () => {
    expect(onlyDate('It was aggravated on January 23 with the proclamation.').resolved).toEqual({ start: '2019-01-23', end: '2019-01-23', precision: 'DAY' });
  });

  it('a day later in the year than publication belongs to the previous year', () => {
    expect(onlyDate('The vote on December 6 was boycotted.').resolved?.start).toBe('2018-12-06');
  });

  it('reads the usual spellings', () => {
    expect(onlyDate('on Jan. 23 the crisis').resolved?.start).toBe('2019-01-23');
    expect(onlyDate('on 23 January the crisis').resolved?.start).toBe('2019-01-23');
    expect(onlyDate('January 23rd, 2018 was').resolved?.start).toBe('2018-01-23');
    expect(onlyDate('Tuesday, January 22 was').resolved?.start).toBe('2019-01-22');
  });
});

describe('relative periods', () => {
  it('"earlier this month" is the month of publication', () => {
    expect(onlyDate('Earlier this month, Zakharova called for calm.').resolved).toEqual({ start: '2019-06-01', end: '2019-06-30', precision: 'MONTH' });
  });

  it('"last month" is the previous month, across a year end too', () => {
    expect(onlyDate('He resigned last month.').resolved).toEqual({ start: '2019-05-01', end: '2019-05-31', precision: 'MONTH' });
    expect(onlyDate('He resigned last month.', '2019-01-15').resolved?.start).toBe('2018-12-01');
  });

  it('"last week" is Monday to Sunday of the previous ISO week', () => {
    expect(onlyDate('Sanctions were imposed last week.').resolved).toEqual({ start: '2019-06-17', end: '2019-06-23', precision: 'WEEK' });
    // Published on a Sunday: the previous week still ends the Sunday before.
    expect(onlyDate('Sanctions were imposed last week.', '2019-06-30').resolved?.start).toBe('2019-06-17');
  });

  it('"earlier this week", "two weeks ago", "yesterday"', () => {
    expect(onlyDate('He spoke earlier this week.', '2019-01-05').resolved).toEqual({ start: '2018-12-31', end: '2019-01-06', precision: 'WEEK' });
    expect(onlyDate('It began two weeks ago.').resolved?.start).toBe('2019-06-10');
    expect(onlyDate('It began yesterday.').resolved?.start).toBe('2019-06-24');
  });
});

describe('months and years', () => {
  it('"in March" is a month, in the past', () => {
    expect(onlyDate('Blackouts began in March.').resolved).toEqual({ start: '2019-03-01', end: '2019-03-31', precision: 'MONTH' });
    expect(onlyDate('Talks began in October.').resolved?.start).toBe('2018-10-01');
  });

  it('"in 2018" and "March 2018"', () => {
    expect(onlyDate('He was re-elected in 2018.').resolved).toEqual({ start: '2018-01-01', end: '2018-12-31', precision: 'YEAR' });
    expect(onlyDate('He was re-elected in May 2018.').resolved).toEqual({ start: '2018-05-01', end: '2018-05-31', precision: 'MONTH' });
  });

  it('does not take verbs or counts for dates', () => {
    expect(findDates('Protesters march on the palace. Maduro may resign. Some 2000 troops arrived.', '2019-06-25').dates).toEqual([]);
    expect(findDates('He waited for a second and left.', '2019-06-25').dates).toEqual([]);
  });
});

describe('ranges', () => {
  it('"from 3 to 5 March" spans three days', () => {
    expect(onlyDate('A mission visited from 3 to 5 March.').resolved).toEqual({ start: '2019-03-03', end: '2019-03-05', precision: 'DAY' });
  });

  it('"between 3 and 5 March" and "March 30 to April 2"', () => {
    expect(onlyDate('between 3 and 5 March').resolved).toEqual({ start: '2019-03-03', end: '2019-03-05', precision: 'DAY' });
    expect(onlyDate('from March 30 to April 2').resolved).toEqual({ start: '2019-03-30', end: '2019-04-02', precision: 'DAY' });
  });

  it('"between January and March" spans months', () => {
    expect(onlyDate('Exports fell between January and March.').resolved).toEqual({ start: '2019-01-01', end: '2019-03-31', precision: 'MONTH' });
  });

  it('"between 2014 and 2018" spans years', () => {
    expect(onlyDate('Output fell between 2014 and 2018.').resolved).toEqual({ start: '2014-01-01', end: '2018-12-31', precision: 'YEAR' });
  });

  it('"January 10 and 23" names two days', () => {
    const { dates } = findDates('Protests were held on January 10 and 23.', '2019-06-25');
    expect(dates.map((date) => date.resolved?.start)).toEqual(['2019-01-10', '2019-01-23']);
  });
});

describe('spans point into the text', () => {
  it('keeps the words and offsets of each mention', () => {
    const text = 'MOSCOW – On Tuesday, he said that last month was hard.';
    const { dates } = findDates(text, '2019-06-25');
    expect(dates.map((date) => date.span.text)).toEqual(['Tuesday', 'last month']);
    for (const date of dates) expect(text.slice(date.span.start, date.span.end)).toBe(date.span.text);
  });
});

describe('without a publication date', () => {
  it('leaves relative expressions unresolved, with a reason and a warning', () => {
    const { dates, warnings } = findDates('On Tuesday, a week after the January 23 rally, talks resumed last month.', null);
    expect(dates.map((date) => date.resolved)).toEqual([null, null, null]);
    expect(dates.every((date) => (date.unresolvedReason ?? '').includes('publication date'))).toBe(true);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('3 relative date expression(s)');
  });

  it('still resolves dates written with their year', () => {
    const { dates, warnings } = findDates('Maduro was sworn in on January 10, 2019, after an election in May 2018 and a vote in 2015.', null);
    expect(dates.map((date) => date.resolved?.start)).toEqual(['2019-01-10', '2018-05-01', '2015-01-01']);
    expect(warnings).toEqual([]);
  });

  it('treats an unreadable publication date as missing and says so', () => {
    const { dates, warnings } = findDates('It happened on Tuesday.', 'June 2019');
    expect(dates[0]?.resolved).toBeNull();
    expect(warnings[0]).toContain('"June 2019" is not a YYYY-MM-DD date');
  });
});

describe('months named with their year or as an occasion', () => {
  it('reads "July of this year" as one month', () => {
    expect(
      findDates('In July of this year, clashes took place.', '2020-09-27').dates.map((date) => [
        date.span.text,
        date.resolved?.start,
        date.resolved?.precision,
      ]),
    ).toEqual([['July of this year', '2020-07-01', 'MONTH']]);
  });

  it('reads "the November elections" as a month, but not "the May government"', () => {
    expect(onlyDate('The party won the November elections.', '2021-02-01').resolved).toMatchObject({ start: '2020-11-01', precision: 'MONTH' });
    expect(findDates('Ministers of the May government resigned.', '2019-06-25').dates).toEqual([]);
  });
});
