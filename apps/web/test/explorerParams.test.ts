// The URL is the shareable state: what it says is what the app shows.
import { describe, expect, it } from 'vitest';
import { DEFAULT_PARAMS, hasFilters, parseExplorerParams, serializeExplorerParams } from '../src/url/explorerParams.ts';

describe('explorer URL state', () => {
  it('round-trips every shareable setting', () => {
    const params = {
      ...DEFAULT_PARAMS,
      actors: ['QWN0b3I6MQ==', 'QWN0b3I6Mg=='],
      kinds: ['SANCTION' as const, 'LEGAL' as const],
      search: 'oil "embargo"',
      from: '2019-01-01',
      to: '2019-03-31',
      view: 'list' as const,
      lanes: 'actor' as const,
      event: 'RXZlbnQ6MQ==',
      timeline: 'other-timeline',
    };
    expect(parseExplorerParams(serializeExplorerParams(params))).toEqual(params);
  });

  it('leaves defaults out of the URL', () => {
    expect(serializeExplorerParams(DEFAULT_PARAMS)).toBe('');
  });

  it('ignores what it does not understand instead of failing', () => {
    const params = parseExplorerParams('?kinds=SANCTION,nope&from=2019-02-30&to=2019-03-01&view=map&lanes=x');
    expect(params.kinds).toEqual(['SANCTION']);
    expect(params.from).toBeNull();
    expect(params.to).toBeNull();
    expect(params.view).toBe('timeline');
    expect(params.lanes).toBe('none');
  });

  it('takes one actor or several, repeated or comma separated', () => {
    expect(parseExplorerParams('?actors=a').actors).toEqual(['a']);
    expect(parseExplorerParams('?actors=a&actors=b,c').actors).toEqual(['a', 'b', 'c']);
    expect(hasFilters(parseExplorerParams('?actors=a'))).toBe(true);
    expect(hasFilters(parseExplorerParams('?from=2019-01-01&to=2019-01-31'))).toBe(false);
  });
});

it('keeps the accounts panel, publishers (names with commas) and publisher countries in the URL', () => {
  const params = parseExplorerParams('?event=RXZlbnQ6MQ&panel=accounts&publisher=Reuters&publisher=Sputnik%2C+Mundo&countries=ru,us,XYZ');
  expect(params).toMatchObject({ panel: 'accounts', publishers: ['Reuters', 'Sputnik, Mundo'], countries: ['RU', 'US'] });
  expect(parseExplorerParams(serializeExplorerParams(params))).toEqual(params);
  expect(hasFilters(params)).toBe(true);
  // The panel means nothing without an event: it is left out.
  expect(serializeExplorerParams({ ...params, event: null })).not.toContain('panel');
  expect(parseExplorerParams('?panel=bogus').panel).toBe('details');
});
