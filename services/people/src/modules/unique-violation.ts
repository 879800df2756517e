/** Whether a failed statement broke a unique index, looking through the driver's error wrappers. */
export function isUniqueViolation(error: unknown, constraint: string): boolean {
  for (let current = error; current instanceof Object; current = (current as { cause?: unknown }).cause) {
    const { code, constraint_name: postgresName, constraint: pgliteName } = current as Record<string, unknown>;
    if (code === '23505' && (postgresName === constraint || pgliteName === constraint)) return true;
  }
  return false;
}
