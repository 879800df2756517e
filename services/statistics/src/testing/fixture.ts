import { seedId } from '@mitmach/db';
import { contracts } from '@mitmach/events';
import { type TestEvent, testEvent } from './events';

/**
 * A small network history, written so that every figure can be counted by hand. The tests ask for 2025; the events
 * marked "2024" or "2026" lie outside that period and must not count.
 *
 * Regions
 *   aachen  DE  active           joined 2024-11-10  [energy]
 *   bamberg DE  accepted → in_regional_lab (2025-06-01)  joined 2025-02-03  [mobility]
 *   graz    AT  applied → accepted (2025-05-20)          joined 2025-03-15  [agriculture-food]
 *   → end of 2025: 3 regions: active 1 (DE), in_regional_lab 1 (DE), accepted 1 (AT); joined in 2025: 2
 *     (February 1, March 1); in the network (accepted or further): Jan 1, Feb–Apr 2, May–Dec 3.
 *
 * Conferences held: aachen Mitmach-Konferenz 2025-03-08, graz Mitmach-Werkstatt 2025-09-20,
 *   aachen success workshop 2024-12-06 (2024) → 2025: 2 held (1 Konferenz, 1 Werkstatt).
 *
 * Registrations
 *   aachen Konferenz: attended 12 = civil society 6, politics 3, administration 2, business 1;
 *     confirmed but absent 1 (civil society), waitlisted 1 (business), cancelled 1 (science)
 *   graz Werkstatt: attended 5 = civil society 5
 *   → 2025 participants 17 = civil society 11, politics 3, administration 2, business 1 (March 12, September 5)
 *
 * Outcomes: aachen Konferenz: idea [energy], project [energy, mobility], action [mobility];
 *   graz Werkstatt: cooperation [agriculture-food]; success workshop 2024: idea [energy] (2024)
 *   → 2025: 4 = 1 of each kind; by field: energy 2, mobility 2, agriculture-food 1
 *
 * Actions: Bürgerbus (aachen, DE, [mobility], 2025-04-01), Solarkataster (aachen, DE, [energy], 2025-04-15),
 *   Saatgutbibliothek (no home region, [agriculture-food], 2024-10-01, 2024) → 2025: 2 published
 * Adoptions: Bürgerbus by bamberg: planned 2025-05-01 → in progress → implemented 2025-10-15;
 *   Bürgerbus by graz: in progress since 2025-06-10; Solarkataster by bamberg: planned 2025-07-01 → abandoned;
 *   Saatgutbibliothek by aachen: implemented, started 2025-01-10, completed 2025-03-31
 *   → 2025: 4 started, 2 implemented; spread: Bürgerbus 2 regions (DE 1, AT 1), Saatgutbibliothek 1,
 *     Solarkataster 0 (abandoned); average reach (2 + 1) / 2 = 1.5
 *
 * Funding: aachen deposit 500 EUR (2025-01-15), matching 1,000 EUR (2025-01-20), grant 300 EUR (2025-04-02);
 *   graz deposit 500 EUR (2025-06-30); bamberg deposit 500 EUR (2024-12-20, 2024)
 *   → 2025: deposited 100,000 cents, matched 100,000, granted 30,000
 *
 * Learning: course Pressearbeit: 4 enrollments in 2025 (Jan 10 → completed Feb 20; Jan 12 → withdrawn;
 *   Nov 5 still enrolled; Dec 20 → completed 2026-01-15) → 2025: 4 enrolled, 1 completed, rate 2 / 4 = 0.5;
 *   programme Regionallabor 2025: 2 enrollments (Feb 1 → completed Dec 10; Feb 1 still enrolled)
 *   → 2025: 2 enrolled, 1 completed, rate 0.5
 *   Learners' regions, in the order above: graz, aachen, graz, none; bamberg, aachen
 *   → Austria 2025: course 2 enrolled, 1 completed, rate 0.5; no programme
 */

/** Id of a fixture record by its key, e.g. `registration:1` (the first registration listed below). */
export const fixtureId = (key: string) => seedId('statistics-fixture', key);
const id = fixtureId;

export const fixtureIds = {
  aachen: id('region:aachen'),
  bamberg: id('region:bamberg'),
  graz: id('region:graz'),
  aachenKonferenz: id('conference:aachen-konferenz'),
  grazWerkstatt: id('conference:graz-werkstatt'),
  aachenWorkshop: id('conference:aachen-workshop'),
  buergerbus: id('action:buergerbus'),
  solarkataster: id('action:solarkataster'),
  saatgut: id('action:saatgut'),
  pressCourse: id('course:pressearbeit'),
  regionallabor: id('program:regionallabor-2025'),
};

const ids = fixtureIds;
type Sector = 'civil_society' | 'politics' | 'administration' | 'business' | 'science';

function regions(): TestEvent[] {
  const created = (
    regionId: string,
    slug: string,
    country: 'DE' | 'AT',
    status: 'active' | 'accepted' | 'applied',
    joinedOn: string,
    field: string,
  ) =>
    testEvent(
      contracts.regionCreated,
      regionId,
      { regionId, slug, name: slug, country, status, joinedOn, fieldsOfAction: [field] },
      `${joinedOn}T09:00:00Z`,
    );
  const moved = (
    regionId: string,
    country: 'DE' | 'AT',
    from: 'applied' | 'accepted',
    to: 'accepted' | 'in_regional_lab',
    changedAt: string,
  ) => testEvent(contracts.regionStatusChanged, regionId, { regionId, country, from, to, changedAt }, changedAt);
  return [
    created(ids.aachen, 'aachen', 'DE', 'active', '2024-11-10', 'energy'),
    created(ids.bamberg, 'bamberg', 'DE', 'accepted', '2025-02-03', 'mobility'),
    created(ids.graz, 'graz', 'AT', 'applied', '2025-03-15', 'agriculture-food'),
    moved(ids.graz, 'AT', 'applied', 'accepted', '2025-05-20T10:00:00Z'),
    moved(ids.bamberg, 'DE', 'accepted', 'in_regional_lab', '2025-06-01T10:00:00Z'),
  ];
}

function conferences(): TestEvent[] {
  const held = (
    conferenceId: string,
    regionId: string,
    country: 'DE' | 'AT',
    format: 'mitmach_konferenz' | 'mitmach_werkstatt' | 'success_workshop',
    heldOn: string,
  ) =>
    testEvent(
      contracts.conferenceHeld,
      conferenceId,
      { conferenceId, regionId, country, format, heldOn },
      `${heldOn}T18:00:00Z`,
    );
  return [
    held(ids.aachenWorkshop, ids.aachen, 'DE', 'success_workshop', '2024-12-06'),
    held(ids.aachenKonferenz, ids.aachen, 'DE', 'mitmach_konferenz', '2025-03-08'),
    held(ids.grazWerkstatt, ids.graz, 'AT', 'mitmach_werkstatt', '2025-09-20'),
  ];
}

/** A person registers (confirmed or waitlisted) in February; attendance is marked the evening of the conference. */
function registrations(): TestEvent[] {
  const events: TestEvent[] = [];
  let n = 0;
  const registration = (
    conferenceId: string,
    regionId: string,
    country: 'DE' | 'AT',
    heldOn: string,
    sector: Sector,
    final: 'attended' | 'absent' | 'waitlisted' | 'cancelled',
  ) => {
    n += 1;
    const registrationId = id(`registration:${n}`);
    const change = (status: 'confirmed' | 'waitlisted' | 'cancelled', attended: boolean | null, changedAt: string) =>
      testEvent(
        contracts.registrationChanged,
        registrationId,
        {
          registrationId,
          conferenceId,
          regionId,
          country,
          personId: id(`person:${n}`),
          sector,
          status,
          attended,
          changedAt,
        },
        changedAt,
      );
    if (final === 'waitlisted') {
      events.push(change('waitlisted', null, '2025-02-10T12:00:00Z'));
      return;
    }
    events.push(change('confirmed', null, '2025-02-10T12:00:00Z'));
    if (final === 'cancelled') events.push(change('cancelled', null, '2025-02-20T12:00:00Z'));
    else events.push(change('confirmed', final === 'attended', `${heldOn}T19:00:00Z`));
  };
  const aachen = (sector: Sector, count: number, final: 'attended' | 'absent' | 'waitlisted' | 'cancelled') => {
    for (let i = 0; i < count; i += 1) registration(ids.aachenKonferenz, ids.aachen, 'DE', '2025-03-08', sector, final);
  };
  aachen('civil_society', 6, 'attended');
  aachen('politics', 3, 'attended');
  aachen('administration', 2, 'attended');
  aachen('business', 1, 'attended');
  aachen('civil_society', 1, 'absent');
  aachen('business', 1, 'waitlisted');
  aachen('science', 1, 'cancelled');
  for (let i = 0; i < 5; i += 1)
    registration(ids.grazWerkstatt, ids.graz, 'AT', '2025-09-20', 'civil_society', 'attended');
  return events;
}

function outcomes(): TestEvent[] {
  const recorded = (
    key: string,
    conferenceId: string,
    regionId: string,
    country: 'DE' | 'AT',
    kind: 'idea' | 'project' | 'action' | 'cooperation',
    fieldsOfAction: string[],
    recordedAt: string,
  ) => {
    const outcomeId = id(`outcome:${key}`);
    return testEvent(
      contracts.outcomeRecorded,
      outcomeId,
      {
        outcomeId,
        conferenceId,
        regionId,
        country,
        kind,
        title: key,
        description: '',
        fieldsOfAction,
        sdgs: [],
        recordedAt,
      },
      recordedAt,
    );
  };
  return [
    recorded('workshop-idea', ids.aachenWorkshop, ids.aachen, 'DE', 'idea', ['energy'], '2024-12-06T15:00:00Z'),
    recorded('idea', ids.aachenKonferenz, ids.aachen, 'DE', 'idea', ['energy'], '2025-03-08T15:00:00Z'),
    recorded(
      'project',
      ids.aachenKonferenz,
      ids.aachen,
      'DE',
      'project',
      ['mobility', 'energy'],
      '2025-03-08T15:10:00Z',
    ),
    recorded('action', ids.aachenKonferenz, ids.aachen, 'DE', 'action', ['mobility'], '2025-03-09T09:00:00Z'),
    recorded(
      'cooperation',
      ids.grazWerkstatt,
      ids.graz,
      'AT',
      'cooperation',
      ['agriculture-food'],
      '2025-09-20T15:00:00Z',
    ),
  ];
}

function actions(): TestEvent[] {
  const published = (
    actionId: string,
    title: string,
    originRegionId: string | null,
    field: string,
    publishedAt: string,
  ) =>
    testEvent(
      contracts.actionPublished,
      actionId,
      {
        actionId,
        title,
        originRegionId,
        country: originRegionId ? 'DE' : null,
        fieldsOfAction: [field],
        sdgs: [11],
        publishedAt,
      },
      publishedAt,
    );
  return [
    published(ids.saatgut, 'Saatgutbibliothek', null, 'agriculture-food', '2024-10-01T08:00:00Z'),
    published(ids.buergerbus, 'Bürgerbus für Dörfer ohne Taktverkehr', ids.aachen, 'mobility', '2025-04-01T08:00:00Z'),
    published(ids.solarkataster, 'Solarkataster für alle Dächer', ids.aachen, 'energy', '2025-04-15T08:00:00Z'),
  ];
}

function adoptions(): TestEvent[] {
  const changed = (
    adoptionId: string,
    actionId: string,
    regionId: string,
    status: 'planned' | 'in_progress' | 'implemented' | 'abandoned',
    startedOn: string,
    completedOn: string | null,
    changedAt: string,
  ) =>
    testEvent(
      contracts.adoptionChanged,
      adoptionId,
      { adoptionId, actionId, regionId, status, startedOn, completedOn, changedAt },
      changedAt,
    );
  const a = {
    buergerbusBamberg: id('adoption:buergerbus-bamberg'),
    buergerbusGraz: id('adoption:buergerbus-graz'),
    solarBamberg: id('adoption:solar-bamberg'),
    saatgutAachen: id('adoption:saatgut-aachen'),
  };
  return [
    changed(a.buergerbusBamberg, ids.buergerbus, ids.bamberg, 'planned', '2025-05-01', null, '2025-05-01T10:00:00Z'),
    changed(
      a.buergerbusBamberg,
      ids.buergerbus,
      ids.bamberg,
      'in_progress',
      '2025-05-01',
      null,
      '2025-06-01T10:00:00Z',
    ),
    changed(
      a.buergerbusBamberg,
      ids.buergerbus,
      ids.bamberg,
      'implemented',
      '2025-05-01',
      '2025-10-15',
      '2025-10-15T10:00:00Z',
    ),
    changed(a.buergerbusGraz, ids.buergerbus, ids.graz, 'in_progress', '2025-06-10', null, '2025-06-10T10:00:00Z'),
    changed(a.solarBamberg, ids.solarkataster, ids.bamberg, 'planned', '2025-07-01', null, '2025-07-01T10:00:00Z'),
    changed(a.solarBamberg, ids.solarkataster, ids.bamberg, 'abandoned', '2025-07-01', null, '2025-08-01T10:00:00Z'),
    changed(
      a.saatgutAachen,
      ids.saatgut,
      ids.aachen,
      'implemented',
      '2025-01-10',
      '2025-03-31',
      '2025-03-31T10:00:00Z',
    ),
  ];
}

function funding(): TestEvent[] {
  const booked = (
    key: string,
    regionId: string,
    country: 'DE' | 'AT',
    kind: 'deposit' | 'matching' | 'grant',
    amountCents: number,
    bookedOn: string,
  ) => {
    const entryId = id(`funding:${key}`);
    return testEvent(
      contracts.fundingEntryRecorded,
      regionId,
      { entryId, regionId, country, kind, amountCents, bookedOn },
      `${bookedOn}T11:00:00Z`,
    );
  };
  return [
    booked('bamberg-deposit', ids.bamberg, 'DE', 'deposit', 50_000, '2024-12-20'),
    booked('aachen-deposit', ids.aachen, 'DE', 'deposit', 50_000, '2025-01-15'),
    booked('aachen-matching', ids.aachen, 'DE', 'matching', 100_000, '2025-01-20'),
    booked('aachen-grant', ids.aachen, 'DE', 'grant', 30_000, '2025-04-02'),
    booked('graz-deposit', ids.graz, 'AT', 'deposit', 50_000, '2025-06-30'),
  ];
}

function enrollments(): TestEvent[] {
  const events: TestEvent[] = [];
  let n = 0;
  const enrollment = (
    target: { kind: 'course' | 'program'; id: string; title: string },
    regionId: string | null,
    enrolledAt: string,
    then: { status: 'completed' | 'withdrawn'; at: string } | null,
  ) => {
    n += 1;
    const enrollmentId = id(`enrollment:${n}`);
    const change = (status: 'enrolled' | 'completed' | 'withdrawn', percentComplete: number, changedAt: string) =>
      testEvent(
        contracts.enrollmentChanged,
        enrollmentId,
        {
          enrollmentId,
          personId: id(`learner:${n}`),
          target,
          regionId,
          status,
          percentComplete,
          completedAt: status === 'completed' ? changedAt : null,
          changedAt,
        },
        changedAt,
      );
    events.push(change('enrolled', 0, enrolledAt));
    if (then) events.push(change(then.status, then.status === 'completed' ? 100 : 40, then.at));
  };
  const course = { kind: 'course' as const, id: ids.pressCourse, title: 'Pressearbeit für Regionalteams' };
  const program = { kind: 'program' as const, id: ids.regionallabor, title: 'Regionallabor 2025' };
  enrollment(course, ids.graz, '2025-01-10T10:00:00Z', { status: 'completed', at: '2025-02-20T10:00:00Z' });
  enrollment(course, ids.aachen, '2025-01-12T10:00:00Z', { status: 'withdrawn', at: '2025-03-01T10:00:00Z' });
  enrollment(course, ids.graz, '2025-11-05T10:00:00Z', null);
  enrollment(course, null, '2025-12-20T10:00:00Z', { status: 'completed', at: '2026-01-15T10:00:00Z' });
  enrollment(program, ids.bamberg, '2025-02-01T10:00:00Z', { status: 'completed', at: '2025-12-10T10:00:00Z' });
  enrollment(program, ids.aachen, '2025-02-01T11:00:00Z', null);
  return events;
}

/** Every event of the fixture, each aggregate's events in the order they happened. */
export function fixtureEvents(): TestEvent[] {
  return [
    ...regions(),
    ...funding(),
    ...conferences(),
    ...registrations(),
    ...outcomes(),
    ...actions(),
    ...adoptions(),
    ...enrollments(),
  ];
}
