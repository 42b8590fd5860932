import type { ArticleText } from '../text/articleText.ts';
import { foldForMatch } from '../text/fold.ts';
import { firstTokenAtOrAfter } from '../text/tokenize.ts';
import { isNamed, type Mention, type MentionTable } from './mention.ts';

// "the group", "the ministry", "the court": a definite noun that names what kind of body
// was just mentioned. It refers to the latest organisation or group named earlier whose
// own name contains that noun ("the group" → the Lima Group), and to nothing otherwise.

// prettier-ignore
const HEAD_NOUNS: ReadonlySet<string> = new Set([
  'group', 'bloc', 'alliance', 'coalition', 'organization', 'organisation', 'ministry', 'court', 'tribunal', 'assembly',
  'council', 'parliament', 'congress', 'company', 'bank', 'agency', 'commission', 'committee', 'union',
]);

export function resolveOrganizationReferences(article: ArticleText, mentions: MentionTable, nameOf: (actorKey: string) => string): Mention[] {
  const bodies = mentions.sorted().filter((mention) => (mention.kind === 'ORGANIZATION' || mention.kind === 'GROUP') && isNamed(mention));
  const resolved: Mention[] = [];
  for (const paragraph of article.layout.paragraphs) {
    if (paragraph.kind !== 'body') continue;
    const end = firstTokenAtOrAfter(article.tokens, paragraph.end);
    for (let index = firstTokenAtOrAfter(article.tokens, paragraph.proseStart); index < end - 1; index++) {
      const determiner = article.tokens[index];
      const head = article.tokens[index + 1];
      if (determiner?.folded !== 'the' || head === undefined || head.capitalized || !HEAD_NOUNS.has(head.folded)) continue;
      if (mentions.at(index + 1) !== undefined || article.tokens[index + 2]?.capitalized === true) continue;
      const antecedent = latestBodyNamed(bodies, head.folded, index, nameOf);
      if (antecedent === undefined) continue;
      const mention: Mention = {
        ...antecedent,
        start: determiner.start,
        end: head.end,
        tokenStart: index,
        tokenEnd: index + 2,
        source: 'description',
        possessive: head.possessive,
      };
      mentions.add(mention);
      resolved.push(mention);
    }
  }
  return resolved;
}

function latestBodyNamed(bodies: readonly Mention[], head: string, before: number, nameOf: (actorKey: string) => string): Mention | undefined {
  for (let position = bodies.length - 1; position >= 0; position--) {
    const body = bodies[position];
    if (body === undefined || body.tokenEnd > before) continue;
    if (foldForMatch(nameOf(body.actorKey)).split(/\s+/).includes(head)) return body;
  }
  return undefined;
}
