import { errorCodes, startForFile } from '@mitmach/testkit';
import { describe, expect, it } from 'vitest';
import { startActionPool } from '../../testing/start-action-pool';

const { query } = await startForFile(startActionPool);

interface SearchData {
  actions: { totalCount: number; edges: { node: { title: string; description: string; originCountry: string } }[] };
}

async function search(filter: Record<string, unknown>, sort?: string) {
  const response = await query<SearchData>(
    `query($filter: ActionFilter, $sort: ActionSort) {
      actions(first: 20, filter: $filter, sort: $sort) { totalCount edges { node { title description originCountry } } }
    }`,
    { filter, sort },
  );
  expect(response.body.errors).toBeUndefined();
  return response.body.data?.actions as SearchData['actions'];
}

const titles = (result: SearchData['actions']) => result.edges.map((edge) => edge.node.title);

describe('German full-text search', () => {
  it('finds the action about regional organic food in canteens first for "Gemeinschaftsverpflegung"', async () => {
    const response = await query<SearchData>(
      '{ actions(filter: {search: "Gemeinschaftsverpflegung"}) { totalCount edges { node { title description originCountry } } } }',
    );
    expect(response.body.errors).toBeUndefined();
    const result = response.body.data?.actions as SearchData['actions'];
    expect(titles(result)[0]).toBe('Bio-regionale Gemeinschaftsverpflegung in Kantinen und Schulmensen');
    // The Ernährungsrat mentions Gemeinschaftsverpflegung in its description only, so it ranks below.
    expect(titles(result)).toEqual([
      'Bio-regionale Gemeinschaftsverpflegung in Kantinen und Schulmensen',
      'Ernährungsrat für die Region gründen',
    ]);
  });

  it('ranks a match in the title above a match in the description', async () => {
    const result = await search({ search: 'Ernährungsrat' });
    expect(titles(result)).toEqual([
      'Ernährungsrat für die Region gründen',
      'Bio-regionale Gemeinschaftsverpflegung in Kantinen und Schulmensen',
    ]);
    expect(result.edges[1]?.node.description).toContain('Ernährungsrat');
  });

  it('matches inflected German forms through stemming', async () => {
    // "Lastenräder" in the title, searched in the singular.
    expect(titles(await search({ search: 'Lastenrad' }))).toContain('Freie Lastenräder zum Ausleihen');
    expect(titles(await search({ search: 'Kantine' }))[0]).toBe(
      'Bio-regionale Gemeinschaftsverpflegung in Kantinen und Schulmensen',
    );
  });

  it('understands web-search syntax: phrases and excluded words', async () => {
    const withSchools = await search({ search: 'Schule' });
    expect(withSchools.totalCount).toBeGreaterThan(1);
    const withoutGardens = await search({ search: 'Schule -Hochbeete' });
    expect(titles(withoutGardens)).not.toContain('Gemeinschaftsgärten auf Schulhöfen');
    expect(withoutGardens.totalCount).toBeLessThan(withSchools.totalCount);
    expect(titles(await search({ search: '"alte Sorten"' }))).toEqual(['Saatgutbibliothek für alte Sorten']);
  });

  it('combines the search with filters and other sort orders', async () => {
    const everywhere = await search({ search: 'Genossenschaft' });
    const austrian = await search({ search: 'Genossenschaft', countries: ['AT'] });
    expect(titles(austrian)).toEqual(['Nahwärmenetz in Bürgerhand']);
    expect(everywhere.totalCount).toBeGreaterThan(austrian.totalCount);
    expect(new Set(austrian.edges.map((edge) => edge.node.originCountry))).toEqual(new Set(['AT']));
    const byRelevance = await search({ search: 'Gemeinschaftsverpflegung' }, 'RELEVANCE');
    const byNewest = await search({ search: 'Gemeinschaftsverpflegung' }, 'NEWEST');
    expect(titles(byNewest)).toEqual([...titles(byRelevance)].reverse());
  });

  it('finds nothing for words no action uses, and refuses an empty or overlong search', async () => {
    expect((await search({ search: 'Raumfahrt' })).totalCount).toBe(0);
    const bad = (value: string) =>
      query('query($s: String) { actions(filter: {search: $s}) { totalCount } }', { s: value });
    expect(errorCodes(await bad('   '))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await bad('x'.repeat(201)))).toEqual(['BAD_USER_INPUT']);
  });
});
