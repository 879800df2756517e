import { badUserInput } from '@mitmach/server-kit';

export const maxSearchLength = 100;

/** Refuses search texts longer than any name, before they reach the database. */
export function checkSearch(search: string | null | undefined): void {
  if (search && search.trim().length > maxSearchLength) {
    throw badUserInput(`"search" may have at most ${maxSearchLength} characters.`, 'search');
  }
}

/** A LIKE pattern that finds the trimmed text anywhere, with its own wildcards taken literally. */
export function containsPattern(search: string): string {
  return `%${search.trim().replace(/[\\%_]/g, (match) => `\\${match}`)}%`;
}
