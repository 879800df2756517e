/** A row a foreign key guarantees; its absence is a broken invariant, not the caller's mistake. */
export async function required<Row>(row: Promise<Row | null>, what: string): Promise<Row> {
  const value = await row;
  if (!value) throw new Error(`${what} is missing`);
  return value;
}
