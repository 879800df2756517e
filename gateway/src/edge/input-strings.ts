import { type DocumentNode, Kind, type ValueNode, visit } from 'graphql';

export interface StringProblem {
  /** Where the string is: `$input.description` for a variable, `search` (with its field) for an argument literal. */
  where: string;
  problem: 'nul' | 'too-long';
}

function check(text: string, where: string, maxLength: number): StringProblem | null {
  if (text.includes('\u0000')) return { where, problem: 'nul' };
  if (text.length > maxLength) return { where, problem: 'too-long' };
  return null;
}

function inValue(value: unknown, where: string, maxLength: number): StringProblem | null {
  if (typeof value === 'string') return check(value, where, maxLength);
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = inValue(item, `${where}[${index}]`, maxLength);
      if (found) return found;
    }
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const found = inValue(item, `${where}.${key}`, maxLength);
      if (found) return found;
    }
  }
  return null;
}

function inLiteral(node: ValueNode, where: string, maxLength: number): StringProblem | null {
  if (node.kind === Kind.STRING) return check(node.value, where, maxLength);
  if (node.kind === Kind.LIST) {
    for (const [index, item] of node.values.entries()) {
      const found = inLiteral(item, `${where}[${index}]`, maxLength);
      if (found) return found;
    }
  }
  if (node.kind === Kind.OBJECT) {
    for (const field of node.fields) {
      const found = inLiteral(field.value, `${where}.${field.name.value}`, maxLength);
      if (found) return found;
    }
  }
  return null;
}

/**
 * A text no database or subgraph should see, written into the document: a NUL character (Postgres cannot store it,
 * and would answer with an internal error) or a string longer than any field of the API accepts.
 */
export function findBadLiteral(document: DocumentNode, maxLength: number): StringProblem | null {
  let found: StringProblem | null = null;
  visit(document, {
    Field(field) {
      for (const argument of field.arguments ?? []) {
        found ??= inLiteral(argument.value, `${field.name.value}(${argument.name.value})`, maxLength);
      }
    },
  });
  return found;
}

/** The same for the request's variables. */
export function findBadVariable(variables: Readonly<Record<string, unknown>>, maxLength: number): StringProblem | null {
  return inValue(variables, '$', maxLength);
}

export function describeStringProblem({ where, problem }: StringProblem, maxLength: number): string {
  const name = where.startsWith('$.') ? `Variable ${where.replace('$.', '$')}` : `Argument ${where}`;
  return problem === 'nul'
    ? `${name} contains a NUL character (\\u0000), which no text may contain.`
    : `${name} is longer than ${maxLength} characters, more than any field accepts.`;
}
