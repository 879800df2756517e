import { conferenceId, firstConferenceKey } from '@mitmach/demo-network';
import { type Federation, graphqlClient, startFederation, tokenFor } from '@mitmach/testkit';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadSubgraphs } from './load-subgraphs';

let federation: Federation;
let query: ReturnType<typeof graphqlClient>;
let staff: string;

beforeAll(async () => {
  federation = await startFederation({ subgraphs: await loadSubgraphs(), events: true });
  query = graphqlClient(federation.gatewayUrl);
  staff = await tokenFor(federation.jwtSecret, ['staff']);
});
afterAll(() => federation?.stop());

describe('events across services, through the gateway', () => {
  it('turns an outcome recorded at a conference into a draft action with its origin', async () => {
    const conference = conferenceId(firstConferenceKey('wurzen'));
    const recorded = await query<{ recordOutcome: { outcome: { id: string } } }>(
      `mutation($input: RecordOutcomeInput!) { recordOutcome(input: $input) { outcome { id } userErrors { code } } }`,
      {
        input: {
          conferenceId: conference,
          kind: 'PROJECT',
          title: 'Kostenlose Werkzeugbibliothek im Stadtteil',
          description: 'Nachbar:innen leihen Werkzeug aus einem gemeinsamen Bestand statt es neu zu kaufen.',
          fieldsOfAction: ['economy'],
          sdgs: [12],
          responsiblePersonIds: [],
          partnerOrganizationIds: [],
        },
      },
      { token: staff },
    );
    const outcomeId = recorded.body.data?.recordOutcome.outcome.id;
    expect(outcomeId).toBeDefined();
    const draft = await vi.waitFor(
      async () => {
        const response = await query<{
          conference: {
            resultingActions: {
              title: string;
              status: string;
              originRegion: { name: string };
              originOutcome: { id: string } | null;
            }[];
          };
        }>(
          'query($id: UUID!) { conference(id: $id) { resultingActions { title status originRegion { name } originOutcome { id } } } }',
          { id: conference },
          { token: staff },
        );
        const made = response.body.data?.conference.resultingActions.find(
          (action) => action.originOutcome?.id === outcomeId,
        );
        expect(made).toBeDefined();
        return made;
      },
      { timeout: 15_000, interval: 50 },
    );
    expect(draft).toEqual({
      title: 'Kostenlose Werkzeugbibliothek im Stadtteil',
      status: 'DRAFT',
      originRegion: { name: 'Wurzen' },
      originOutcome: { id: outcomeId },
    });
    const publicView = await query<{ conference: { resultingActions: { title: string }[] } }>(
      'query($id: UUID!) { conference(id: $id) { resultingActions { title } } }',
      { id: conference },
    );
    expect(publicView.body.data?.conference.resultingActions.map((action) => action.title)).not.toContain(
      'Kostenlose Werkzeugbibliothek im Stadtteil',
    );
  });

  it('removes an erased person from registrations and enrollments in the other services', async () => {
    const enrolled = await query<{ enrollments: { edges: { node: { person: { id: string } } }[] } }>(
      '{ enrollments(first: 100) { edges { node { person { id } } } } }',
      {},
      { token: staff },
    );
    const own = (token: string) =>
      query<{ myConferenceRegistrations: { edges: unknown[] }; myEnrollments: { edges: unknown[] } }>(
        '{ myConferenceRegistrations(first: 50) { edges { node { id } } } myEnrollments(first: 50) { edges { node { id } } } }',
        {},
        { token },
      );
    // Someone who both registered for a conference and enrolled in a course.
    let person = '';
    let member = '';
    for (const edge of enrolled.body.data?.enrollments.edges ?? []) {
      const token = await tokenFor(federation.jwtSecret, ['member'], { personId: edge.node.person.id });
      if (((await own(token)).body.data?.myConferenceRegistrations.edges.length ?? 0) > 0) {
        person = edge.node.person.id;
        member = token;
        break;
      }
    }
    expect(person).not.toBe('');
    const before = await own(member);
    expect(before.body.data?.myEnrollments.edges.length).toBeGreaterThan(0);

    const erased = await query<{ erasePerson: { userErrors: unknown[] } }>(
      'mutation($id: UUID!) { erasePerson(input: { personId: $id }) { userErrors { code } } }',
      { id: person },
      { token: staff },
    );
    expect(erased.body.data?.erasePerson.userErrors).toEqual([]);
    await expect
      .poll(async () => (await own(member)).body.data, { timeout: 15_000, interval: 50 })
      .toEqual({ myConferenceRegistrations: { edges: [] }, myEnrollments: { edges: [] } });
  });
});
