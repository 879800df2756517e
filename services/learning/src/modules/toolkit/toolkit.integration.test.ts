import { errorCodes, startForFile, tokenFor } from '@mitmach/testkit';
import { count } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { toolkitItems } from '../../db/schema';
import { toolkitItemSeedId } from '../../seed/seed';
import { startLearning } from '../../testing/start-learning';

const { platform, query, staff } = await startForFile(startLearning);

interface ToolkitData {
  toolkitItems: { totalCount: number; edges: { node: { kind: string; title: string; url: string } }[] };
}

const itemCount = async () => (await platform.db.select({ value: count() }).from(toolkitItems))[0]?.value ?? -1;

describe('the toolkit', () => {
  it('offers templates, checklists and guides, by title, publicly', async () => {
    const response = await query<ToolkitData>(
      '{ toolkitItems(first: 100) { totalCount edges { node { kind title url } } } }',
    );
    expect(response.headers.get('cache-control')).toBe('max-age=300, public');
    const titles = response.body.data?.toolkitItems.edges.map((edge) => edge.node.title) ?? [];
    expect(titles).toEqual(
      expect.arrayContaining(['Checkliste Mitmach-Konferenz', 'Vorlage Pressemitteilung', 'Leitfaden Moderation']),
    );
    expect(titles).toEqual([...titles].sort((a, b) => (a.toLowerCase() < b.toLowerCase() ? -1 : 1)));
  });

  it('filters by kind', async () => {
    const response = await query<ToolkitData>(
      '{ toolkitItems(filter: { kinds: [CHECKLIST] }) { totalCount edges { node { kind } } } }',
    );
    const kinds = response.body.data?.toolkitItems.edges.map((edge) => edge.node.kind) ?? [];
    expect(kinds.length).toBeGreaterThanOrEqual(2);
    expect(new Set(kinds)).toEqual(new Set(['CHECKLIST']));
  });

  it('lets staff add and change items, refusing short texts and everyone else', async () => {
    const create = `mutation($input: CreateToolkitItemInput!) {
      createToolkitItem(input: $input) { toolkitItem { kind title url } userErrors { field code } }
    }`;
    const input = {
      kind: 'TEMPLATE',
      title: 'Vorlage Fotofreigabe',
      description: 'Einverständniserklärung für Fotos auf der Mitmach-Konferenz.',
      url: 'https://www.mitmach-region.org/werkzeugkasten/vorlage-fotofreigabe',
    };
    const created = await query<{ createToolkitItem: { toolkitItem: { title: string } } }>(
      create,
      { input },
      { token: staff },
    );
    expect(created.body.data?.createToolkitItem.toolkitItem.title).toBe('Vorlage Fotofreigabe');

    const before = await itemCount();
    const short = await query<{ createToolkitItem: { userErrors: { field: string[] }[] } }>(
      create,
      { input: { ...input, title: 'V', description: 'kurz' } },
      { token: staff },
    );
    expect(short.body.data?.createToolkitItem.userErrors.map((error) => error.field.join('.'))).toEqual([
      'input.title',
      'input.description',
    ]);
    const member = await tokenFor(platform.jwtSecret, ['member'], { personId: '00000000-0000-4000-8000-0000000000bb' });
    expect(errorCodes(await query(create, { input }, { token: member }))).toEqual(['FORBIDDEN']);
    expect(await itemCount()).toBe(before);

    const updated = await query<{ updateToolkitItem: { toolkitItem: { kind: string; title: string } } }>(
      `mutation($input: UpdateToolkitItemInput!) { updateToolkitItem(input: $input) { toolkitItem { kind title } userErrors { code } } }`,
      {
        input: { toolkitItemId: toolkitItemSeedId('leitfaden-moderation'), title: 'Leitfaden Moderation (2. Auflage)' },
      },
      { token: staff },
    );
    expect(updated.body.data?.updateToolkitItem.toolkitItem).toEqual({
      kind: 'GUIDE',
      title: 'Leitfaden Moderation (2. Auflage)',
    });
  });
});
