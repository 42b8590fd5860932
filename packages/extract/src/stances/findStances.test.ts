import { describe, expect, it } from 'vitest';
import { extract, refKey } from '../testing/extraction.ts';

function stancesOf(text: string): string[] {
  return extract(text).stances.map((stance) => `${refKey(stance.actor)} ${stance.stance} ${refKey(stance.target)}`);
}

describe('stances stated in the text', () => {
  it('every country listed before "support" supports the target', () => {
    expect(stancesOf('Russia, China, Cuba, Bolivia, Iran, Turkey and other countries support Maduro’s government.')).toEqual([
      'known:russia SUPPORTS known:nicolas-maduro',
      'known:china SUPPORTS known:nicolas-maduro',
      'known:cuba SUPPORTS known:nicolas-maduro',
      'known:bolivia SUPPORTS known:nicolas-maduro',
      'known:iran SUPPORTS known:nicolas-maduro',
      'known:turkey SUPPORTS known:nicolas-maduro',
    ]);
  });

  it('reads lists with "including" and leaves out regions', () => {
    expect(stancesOf('On the other hand, the European Union, USA and most Latin American countries, including Brazil, support Guaidó.')).toEqual([
      'known:european-union SUPPORTS known:juan-guaido',
      'known:united-states SUPPORTS known:juan-guaido',
      'known:brazil SUPPORTS known:juan-guaido',
    ]);
  });

  it('"recognized X as" is recognition, also from a relative clause', () => {
    expect(stancesOf('The United States, which recognized Guaidó as interim president in January, said it was sceptical.')).toEqual([
      'known:united-states RECOGNIZES known:juan-guaido',
    ]);
  });

  it('"oppose" is opposition', () => {
    expect(stancesOf('Colombia and the United States oppose Maduro and have called for new elections.')).toEqual([
      'known:colombia OPPOSES known:nicolas-maduro',
      'known:united-states OPPOSES known:nicolas-maduro',
    ]);
  });

  it('negations, refusals and the noun "support" state no stance', () => {
    expect(stancesOf('Uruguay and Mexico, which declined to recognize Guaidó, pushed for dialogue.')).toEqual([]);
    expect(stancesOf('Mexico does not recognize Guaidó.')).toEqual([]);
    expect(stancesOf('Russia thanked Cuba for their support of Maduro.')).toEqual([]);
  });

  it('a speaker reporting a stance: the clause after the verb holds it', () => {
    expect(stancesOf('Pompeo said on Monday that Brazil backs Guaidó.')).toEqual(['known:brazil SUPPORTS known:juan-guaido']);
  });
});
