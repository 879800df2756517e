import { errorCodes, startForFile, tokenFor } from '@mitmach/testkit';
import { describe, expect, it } from 'vitest';
import { regionSeedId } from '../../seed/seed';
import { startRegions } from '../../testing/start-regions';

const { platform, query, staff } = await startForFile(startRegions);

const today = new Date().toISOString().slice(0, 10);
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

describe('application rounds', () => {
  it('shows rounds publicly but their applications only to staff', async () => {
    const round =
      '{ applicationRounds(first: 5) { totalCount edges { node { title applicationCount applications { decision } } } } }';
    const anonymous = await query(round);
    expect(errorCodes(anonymous)).toContain('FORBIDDEN');
    const asStaff = await query<{
      applicationRounds: {
        totalCount: number;
        edges: { node: { applicationCount: number; applications: unknown[] } }[];
      };
    }>(round, {}, { token: staff });
    expect(asStaff.body.errors).toBeUndefined();
    expect(asStaff.body.data?.applicationRounds.totalCount).toBeGreaterThanOrEqual(1);
    for (const edge of asStaff.body.data?.applicationRounds.edges ?? []) {
      expect(edge.node.applications).toHaveLength(edge.node.applicationCount);
    }
  });

  it('takes an application in an open round and moves the region to ACCEPTED when accepted', async () => {
    const opened = await query<{ openApplicationRound: { applicationRound: { id: string; isOpen: boolean } } }>(
      `mutation($input: OpenApplicationRoundInput!) { openApplicationRound(input: $input) { applicationRound { id isOpen } userErrors { code } } }`,
      {
        input: {
          slug: 'testrunde',
          title: 'Testrunde',
          opensOn: today,
          deadline: inDays(30),
          cohortStartsOn: inDays(60),
        },
      },
      { token: staff },
    );
    const round = opened.body.data?.openApplicationRound.applicationRound;
    expect(round?.isOpen).toBe(true);

    const created = await query<{ createRegion: { region: { id: string } } }>(
      `mutation($input: CreateRegionInput!) { createRegion(input: $input) { region { id } userErrors { code } } }`,
      {
        input: {
          slug: 'mittelburgenland',
          name: 'Mittelburgenland',
          kind: 'DISTRICT',
          country: 'AT',
          subdivision: 'AT-1',
          description: 'Bezirk im Burgenland mit vielen kleinen Gemeinden und einer aktiven Energiegemeinschaft.',
          location: { lat: 47.5, lng: 16.5 },
          fieldsOfAction: ['energy'],
          sdgs: [7],
        },
      },
      { token: staff },
    );
    const regionId = created.body.data?.createRegion.region.id;
    const team = await tokenFor(platform.jwtSecret, ['regional_team'], { regionIds: [regionId ?? ''] });
    const submit = `mutation($input: SubmitApplicationInput!) { submitApplication(input: $input) { application { id decision } userErrors { code } } }`;
    const submitted = await query<{ submitApplication: { application: { id: string; decision: string } } }>(
      submit,
      {
        input: {
          roundId: round?.id,
          regionId,
          motivation: 'Wir wollen eine Mitmach-Konferenz zur Energiewende im Bezirk.',
        },
      },
      { token: team },
    );
    const application = submitted.body.data?.submitApplication.application;
    expect(application?.decision).toBe('PENDING');

    const again = await query<{ submitApplication: { userErrors: { code: string }[] } }>(
      submit,
      { input: { roundId: round?.id, regionId, motivation: 'Noch einmal dieselbe Bewerbung in derselben Runde.' } },
      { token: team },
    );
    expect(again.body.data?.submitApplication.userErrors.map((error) => error.code)).toEqual(['TAKEN']);

    const decide = `mutation($input: DecideApplicationInput!) { decideApplication(input: $input) { application { decision region { status } } userErrors { code } } }`;
    expect(
      errorCodes(
        await query(decide, { input: { applicationId: application?.id, decision: 'ACCEPTED' } }, { token: team }),
      ),
    ).toEqual(['FORBIDDEN']);
    const decided = await query<{
      decideApplication: { application: { decision: string; region: { status: string } } };
    }>(decide, { input: { applicationId: application?.id, decision: 'ACCEPTED' } }, { token: staff });
    expect(decided.body.data?.decideApplication.application).toEqual({
      decision: 'ACCEPTED',
      region: { status: 'ACCEPTED' },
    });
  });

  it('refuses applications of regions that are past applying', async () => {
    const rounds = await query<{ applicationRounds: { edges: { node: { id: string; isOpen: boolean } }[] } }>(
      '{ applicationRounds(first: 10) { edges { node { id isOpen } } } }',
    );
    const open = rounds.body.data?.applicationRounds.edges.find((edge) => edge.node.isOpen);
    expect(open).toBeDefined();
    const response = await query<{ submitApplication: { userErrors: { code: string }[] } }>(
      `mutation($input: SubmitApplicationInput!) { submitApplication(input: $input) { userErrors { code } } }`,
      {
        input: {
          roundId: open?.node.id,
          regionId: regionSeedId('chiemgau'),
          motivation: 'Chiemgau ist längst dabei und bewirbt sich nicht.',
        },
      },
      { token: staff },
    );
    expect(response.body.data?.submitApplication.userErrors.map((error) => error.code)).toEqual(['NOT_APPLYING']);
  });
});
