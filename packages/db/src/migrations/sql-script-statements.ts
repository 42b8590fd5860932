// A migration script cut into its statements at the semicolons that end them,
// not at those inside quotes, comments or dollar-quoted bodies. PrismaPg's
// executeScript splits on every ";", which cut a PL/pgSQL trigger function in
// pieces; Prisma's native engine sends the script whole.

/** The statements of `script`, trimmed, without empty ones. */
export function sqlScriptStatements(script: string): string[] {
  const statements: string[] = [];
  let start = 0;
  let i = 0;
  while (i < script.length) {
    const rest = script.slice(i);
    if (rest.startsWith('--')) {
      const end = script.indexOf('\n', i);
      i = end < 0 ? script.length : end + 1;
    } else if (rest.startsWith('/*')) {
      const end = script.indexOf('*/', i + 2);
      i = end < 0 ? script.length : end + 2;
    } else if (rest[0] === "'" || rest[0] === '"') {
      // A doubled quote inside is an escaped one: it closes and reopens, which this handles as two strings.
      const end = script.indexOf(rest[0], i + 1);
      i = end < 0 ? script.length : end + 1;
    } else if (rest[0] === '$' && /^\$[A-Za-z_]*\$/.test(rest) && !/[\w$]/.test(script[i - 1] ?? ' ')) {
      const tag = /^\$[A-Za-z_]*\$/.exec(rest)![0];
      const end = script.indexOf(tag, i + tag.length);
      i = end < 0 ? script.length : end + tag.length;
    } else if (rest[0] === ';') {
      statements.push(script.slice(start, i));
      i += 1;
      start = i;
    } else {
      i += 1;
    }
  }
  statements.push(script.slice(start));
  return statements.map((s) => s.trim()).filter((s) => s.length > 0 && !isOnlyComments(s));
}

function isOnlyComments(statement: string): boolean {
  return statement.split('\n').every((line) => line.trim() === '' || line.trim().startsWith('--'));
}
