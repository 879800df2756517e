/** Counts SQL statements sent through a drizzle view. */
export function statementCounter() {
  const statements: string[] = [];
  return {
    onQuery: (sql: string) => {
      statements.push(sql);
    },
    get count() {
      return statements.length;
    },
    statements,
    reset() {
      statements.length = 0;
    },
  };
}

export type StatementCounter = ReturnType<typeof statementCounter>;
