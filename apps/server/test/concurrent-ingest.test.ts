// Several articles naming the same new actors, ingested at once: every one
// succeeds and they share one actor per name (issue 9, defect 3). Before, the
// losers failed on the actor slug's unique index, or made "peru-2".
import { describe, expect, it } from 'vitest';
import { useEditorApi } from './support/test-api.ts';

// A plain string, not a generated document: the test client's generated
// files belong to the schema package, which another change is editing.
const Ingest = 'mutation ConcurrentIngest($input: IngestArticleInput!) { ingestArticle(input: $input) { created proposedActors { name } } }';
type Ingested = { ingestArticle: { created: boolean; proposedActors: { name: string }[] } };

// Each round names a person and a country nobody has proposed yet.
const rounds = [
  { person: 'Florbitz Kanewhistle', country: 'Peru' },
  { person: 'Quindle Marrowby', country: 'Chile' },
  { person: 'Tesmer Vollankrue', country: 'Bolivia' },
  { person: 'Orvil Pasternack', country: 'Ecuador' },
];

const article = (round: (typeof rounds)[number], n: number) => ({
  text: `LIMA – On Tuesday, ${round.person} said the talks would resume. ${round.country} recalled its ambassador on Monday (report ${n}).`,
  publishedOn: '2019-06-25',
  publisher: `Wire ${n}`,
});

describe('concurrent ingests proposing the same new actors', () => {
  // No actors at all: every name in the articles is new.
  const session = useEditorApi({ seed: false });

  it('four simultaneous articles all succeed, with one actor per name, each article naming it', async () => {
    for (const [r, round] of rounds.entries()) {
      // Staggered by a few milliseconds after the first round: one article's
      // extraction may then run before or after another's transaction.
      const results = await Promise.all(
        [1, 2, 3, 4].map(async (n) => {
          if (r > 0) await new Promise((resolve) => setTimeout(resolve, n * r * 3));
          return session.api.request<Ingested, unknown>(Ingest, { input: article(round, r * 10 + n) }, { token: session.token });
        }),
      );
      for (const { status, body } of results) {
        expect(body.errors).toBeUndefined();
        expect(status).toBe(200);
        expect(body.data!.ingestArticle.created).toBe(true);
      }
      const proposedOnce = results.filter(({ body }) => body.data!.ingestArticle.proposedActors.some((a) => a.name === round.person));
      expect(proposedOnce.length).toBeGreaterThanOrEqual(1);
      const named = await session.api.database.db.actor.findMany({ where: { name: { in: [round.person, round.country] } }, select: { slug: true } });
      expect(named.map((a) => a.slug).sort()).toEqual([round.country.toLowerCase(), round.person.toLowerCase().replace(' ', '-')].sort());
    }
    expect(await session.api.database.db.actor.count({ where: { slug: { contains: '-2' } } })).toBe(0);
  });
});
