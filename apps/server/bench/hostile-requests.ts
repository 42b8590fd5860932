// Request bodies an outside probe sent (issue 9): each must be refused
// cheaply, before any resolver runs.
const fanOut = (n: number) => {
  const fragments = Array.from({ length: n }, (_, i) => `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`);
  return `query { ...F0 } ${fragments.join(' ')} fragment F${n} on Query { __typename }`;
};

export const HOSTILE_BODIES: { name: string; body: string; headers?: Record<string, string> }[] = [
  { name: 'fragment fan-out (2^30)', body: JSON.stringify({ query: fanOut(30) }) },
  { name: 'field duplication ×480', body: JSON.stringify({ query: `{ ${'events { totalCount } '.repeat(480)}}` }) },
  {
    name: 'depth 40',
    body: JSON.stringify({ query: `{ events { nodes { ${'actors { actor { events { nodes { '.repeat(10)}id${' } } } }'.repeat(10)} } } }` }),
  },
  {
    name: 'wrong token on a mutation',
    body: JSON.stringify({ query: 'mutation { publishEvent(id: "RXZlbnQ6MA==") { id } }' }),
    headers: { authorization: 'Bearer chr_wrong-token-guess' },
  },
];
