import { startForFile } from '@mitmach/testkit';
import { describe, expect, it } from 'vitest';
import { fixtureEvents, fixtureIds } from '../../testing/fixture';
import { actionEntitiesQuery } from '../../testing/queries';
import { startStatistics } from '../../testing/start-statistics';

const { platform } = await startForFile(startStatistics);
await platform.apply(fixtureEvents());

async function spreadOf(actionIds: string[]) {
  const response = await platform.subgraphQuery<{ _entities: { id: string; spread: unknown }[] }>(actionEntitiesQuery, {
    representations: actionIds.map((id) => ({ __typename: 'Action', id })),
  });
  expect(response.body.errors).toBeUndefined();
  return response.body.data?._entities.map((entity) => entity.spread);
}

const statuses = (planned: number, inProgress: number, implemented: number, abandoned: number) => [
  { status: 'PLANNED', count: planned },
  { status: 'IN_PROGRESS', count: inProgress },
  { status: 'IMPLEMENTED', count: implemented },
  { status: 'ABANDONED', count: abandoned },
];

describe('Action.spread', () => {
  it('counts adopting regions by status and country', async () => {
    expect(await spreadOf([fixtureIds.buergerbus, fixtureIds.solarkataster, fixtureIds.saatgut])).toEqual([
      {
        adoptingRegions: 2,
        byStatus: statuses(0, 1, 1, 0),
        countries: [
          { country: 'AT', regions: 1 },
          { country: 'DE', regions: 1 },
        ],
      },
      { adoptingRegions: 0, byStatus: statuses(0, 0, 0, 1), countries: [] },
      { adoptingRegions: 1, byStatus: statuses(0, 0, 1, 0), countries: [{ country: 'DE', regions: 1 }] },
    ]);
  });

  it('answers an action nobody adopted with zeros', async () => {
    expect(await spreadOf(['00000000-0000-4000-8000-000000000000'])).toEqual([
      { adoptingRegions: 0, byStatus: statuses(0, 0, 0, 0), countries: [] },
    ]);
  });
});
