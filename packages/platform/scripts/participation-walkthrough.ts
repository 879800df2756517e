import { signDevelopmentToken } from '@mitmach/auth';
import { parseCommandLineOrExit } from '@mitmach/config';
import { embeddedJwtSecret } from '@mitmach/gateway';
import { type ProofOfWorkChallenge, solveParticipationChallenge } from '@mitmach/server-kit';

// `npm run -s participation-walkthrough [-- http://localhost:4000]`: taking part without an account, tried against a
// running embedded platform as a new user would, through the API, the e-mails in /dev/mailbox and their links. A guest
// registers for an upcoming conference and confirms, the registration is counted, the guest cancels with the link of
// the e-mail and the first person on the waitlist is promoted; a group applies for an open round, confirms, and staff
// accept the application. Prints each step; exits with 1 at the first one that does not hold.

const usage = 'usage: npm run -s participation-walkthrough [-- http://localhost:4000]';
const { positionals } = parseCommandLineOrExit({ options: {}, allowPositionals: true }, usage);
const base = (positionals[0] ?? process.env.PLATFORM_URL ?? 'http://localhost:4000').replace(/\/$/, '');
if (!URL.canParse(base) || !/^https?:$/.test(new URL(base).protocol)) {
  process.stderr.write(`the platform's address must be an http(s) URL, got "${base}"\n${usage}\n`);
  process.exit(2);
}
const run = Date.now().toString(36);
const mailWaitMs = 30_000;

class StepFailed extends Error {}

function step(text: string): void {
  process.stdout.write(`\n▶ ${text}\n`);
}

function note(text: string): void {
  process.stdout.write(`  ${text}\n`);
}

function check(condition: unknown, problem: string): asserts condition {
  if (!condition) throw new StepFailed(problem);
}

async function graphql<Data>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<Data> {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: Data; errors?: { message: string }[] };
  check(!body.errors, `GraphQL answered ${response.status}: ${JSON.stringify(body.errors)}`);
  check(body.data, `GraphQL answered ${response.status} without data`);
  return body.data;
}

async function solvedChallenge(): Promise<string> {
  const started = performance.now();
  const response = await fetch(`${base}/challenge`);
  check(response.ok, `GET /challenge answered ${response.status}`);
  const payload = await solveParticipationChallenge((await response.json()) as ProofOfWorkChallenge);
  note(`solved the proof-of-work challenge of GET /challenge in ${Math.round(performance.now() - started)} ms`);
  return payload;
}

interface Mail {
  id: string;
  recipient: string;
  subject: string;
  text: string;
  receivedAt: string;
}

async function mailbox(): Promise<Mail[]> {
  const response = await fetch(`${base}/dev/mailbox?format=json`);
  check(response.ok, `GET /dev/mailbox answered ${response.status}; it exists only without SMTP_URL`);
  return ((await response.json()) as { messages: Mail[] }).messages;
}

// How the subjects of the registration mails start, in German and, for conferences in South Tyrol, Italian.
const subjects = {
  held: ['Bitte bestätigen Sie Ihre Anmeldung', 'Confermi la sua iscrizione'],
  confirmed: ['Anmeldung bestätigt', 'Iscrizione confermata'],
  waitlisted: ['Sie stehen auf der Warteliste', "È in lista d'attesa"],
  cancelled: ['Anmeldung storniert', 'Iscrizione annullata'],
  promoted: ['Ein Platz ist frei geworden', 'Si è liberato un posto'],
};

/** Waits for the message to this address whose subject starts with one of these, as its events make their way. */
async function mailTo(recipient: string, subjectStarts: string | readonly string[]): Promise<Mail> {
  const starts = typeof subjectStarts === 'string' ? [subjectStarts] : subjectStarts;
  const until = Date.now() + mailWaitMs;
  while (Date.now() < until) {
    const found = (await mailbox()).find(
      (mail) => mail.recipient === recipient && starts.some((start) => mail.subject.startsWith(start)),
    );
    if (found) {
      note(`/dev/mailbox: "${found.subject}" to ${recipient}`);
      return found;
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new StepFailed(
    `no mail "${starts.join('…" or "')}…" to ${recipient} in /dev/mailbox within ${mailWaitMs / 1000} s`,
  );
}

/** Follows a link of an e-mail as a person would: open the page, press its button (a POST of the token). */
async function followLink(mail: Mail, path: string): Promise<string> {
  const link = new RegExp(`https?://[^\\s"<>]+${path}\\?token=[A-Za-z0-9_-]+`).exec(mail.text)?.[0];
  check(link, `the mail "${mail.subject}" has no ${path} link`);
  const url = new URL(link);
  check(
    url.origin === new URL(base).origin,
    `the link leads to ${url.origin}, not to the platform at ${base} (PUBLIC_URL)`,
  );
  const page = await fetch(url);
  check(page.status === 200, `opening ${path} answered ${page.status}`);
  const token = url.searchParams.get('token') ?? '';
  const pressed = await fetch(`${base}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: `token=${token}`,
  });
  check(pressed.status === 200, `pressing the button of ${path} answered ${pressed.status}`);
  note(`opened ${path}?token=… (200) and pressed its button (200)`);
  return token;
}

interface Counts {
  title: string;
  confirmedCount: number;
  waitlistCount: number;
  remainingCapacity: number;
}

async function countsOf(conferenceId: string): Promise<Counts> {
  const data = await graphql<{ conference: Counts }>(
    'query($id: UUID!) { conference(id: $id) { title confirmedCount waitlistCount remainingCapacity } }',
    { id: conferenceId },
  );
  return data.conference;
}

/** Asks again until the public figures show the change, which reaches the response cache through its event. */
async function countsUntil(conferenceId: string, expected: Pick<Counts, 'confirmedCount' | 'waitlistCount'>) {
  const until = Date.now() + mailWaitMs;
  let counts = await countsOf(conferenceId);
  while (
    (counts.confirmedCount !== expected.confirmedCount || counts.waitlistCount !== expected.waitlistCount) &&
    Date.now() < until
  ) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    counts = await countsOf(conferenceId);
  }
  note(
    `conference: ${counts.confirmedCount} confirmed, ${counts.waitlistCount} waiting, ${counts.remainingCapacity} places free`,
  );
  check(
    counts.confirmedCount === expected.confirmedCount && counts.waitlistCount === expected.waitlistCount,
    `expected ${expected.confirmedCount} confirmed and ${expected.waitlistCount} waiting`,
  );
  return counts;
}

async function registerAsGuest(conferenceId: string, name: string, email: string): Promise<void> {
  const data = await graphql<{ registerAsGuest: { accepted: boolean; userErrors: unknown[] } }>(
    `mutation($input: RegisterAsGuestInput!) { registerAsGuest(input: $input) { accepted userErrors { field code message } } }`,
    {
      input: {
        conferenceId,
        name,
        email,
        sector: 'CIVIL_SOCIETY',
        consentToContact: true,
        publicProfile: false,
        proofOfWork: await solvedChallenge(),
      },
    },
  );
  check(data.registerAsGuest.accepted, `registerAsGuest refused: ${JSON.stringify(data.registerAsGuest.userErrors)}`);
  note(`registerAsGuest(${name} <${email}>): accepted`);
}

type ConferenceNode = { id: string; title: string; startsAt: string; capacity: number } & Counts;

/**
 * The upcoming conference with the fewest places left and nobody waiting. With more than four left (the demo network
 * after an earlier walkthrough), staff lower its capacity to leave two, so that a few guests fill it.
 */
async function conferenceToFill(staff: string): Promise<ConferenceNode> {
  const data = await graphql<{ upcomingConferences: { edges: { node: ConferenceNode }[] } }>(
    '{ upcomingConferences(first: 50) { edges { node { id title startsAt capacity confirmedCount waitlistCount remainingCapacity } } } }',
  );
  const conference = data.upcomingConferences.edges
    .map((edge) => edge.node)
    .filter((node) => node.remainingCapacity > 0 && node.waitlistCount === 0)
    .sort((a, b) => a.remainingCapacity - b.remainingCapacity)[0];
  check(conference, 'no upcoming conference has places left and nobody waiting');
  note(`${conference.title} on ${conference.startsAt.slice(0, 10)}: ${conference.remainingCapacity} place(s) free`);
  if (conference.remainingCapacity <= 4) return conference;
  const capacity = conference.confirmedCount + 2;
  const changed = await graphql<{ updateConference: { userErrors: unknown[] } }>(
    'mutation($input: UpdateConferenceInput!) { updateConference(input: $input) { userErrors { field message } } }',
    { input: { conferenceId: conference.id, capacity } },
    staff,
  );
  check(changed.updateConference.userErrors.length === 0, JSON.stringify(changed.updateConference.userErrors));
  note(`staff lower its capacity to ${capacity}, leaving 2 places for this walkthrough`);
  return { ...conference, capacity, remainingCapacity: 2 };
}

async function guestWalkthrough(staff: string): Promise<void> {
  step('Find an upcoming conference with few places left');
  const conference = await conferenceToFill(staff);

  // One guest more than there are places: the last one waits. Places held for guests who have not confirmed yet count
  // against the capacity without showing in the public figures, so whoever is waitlisted first is the one who waits.
  const names = ['Anna Berger', 'Ben Huber', 'Cem Yilmaz', 'Dana Koller', 'Emil Wagner', 'Franziska Egger'];
  const placed: { name: string; email: string }[] = [];
  let waiting: { name: string; email: string } | null = null;
  for (let index = 0; index <= conference.remainingCapacity && !waiting; index++) {
    const guest = { name: names[index] ?? `Gast ${index + 1}`, email: `guest-${index + 1}.${run}@example.org` };
    step(`${guest.name} registers as a guest and confirms with the link of the e-mail`);
    await registerAsGuest(conference.id, guest.name, guest.email);
    await followLink(await mailTo(guest.email, subjects.held), '/mail/confirm');
    const answer = await mailTo(guest.email, [...subjects.confirmed, ...subjects.waitlisted]);
    if (subjects.waitlisted.some((start) => answer.subject.startsWith(start))) waiting = guest;
    else placed.push(guest);
  }
  const [first] = placed;
  check(first, 'the first guest was put on the waitlist: every place is held for someone');
  check(waiting, 'every guest got a place');

  step('The registrations are counted: every place taken, the last guest waiting');
  const booked = await countsUntil(conference.id, {
    confirmedCount: conference.confirmedCount + placed.length,
    waitlistCount: 1,
  });

  step(`${first.name} cancels with the link of the confirmation e-mail`);
  const confirmed = await mailTo(first.email, subjects.confirmed);
  const token = await followLink(confirmed, '/mail/cancel');
  const again = await fetch(`${base}/mail/cancel`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: `token=${token}`,
  });
  note(`the same link a second time: ${again.status}`);
  check(again.status === 410, 'a used link must not work again');
  await mailTo(first.email, subjects.cancelled);

  step(`${waiting.name}, first on the waitlist, moves up and is told by e-mail`);
  await mailTo(waiting.email, subjects.promoted);
  await countsUntil(conference.id, { confirmedCount: booked.confirmedCount, waitlistCount: 0 });
}

async function openRound(staff: string): Promise<{ id: string; title: string }> {
  const data = await graphql<{
    applicationRounds: { edges: { node: { id: string; title: string; isOpen: boolean; deadline: string } }[] };
  }>('{ applicationRounds(first: 20) { edges { node { id title isOpen deadline } } } }');
  const open = data.applicationRounds.edges.map((edge) => edge.node).find((round) => round.isOpen);
  if (open) {
    note(`${open.title} is open until ${open.deadline}`);
    return open;
  }
  const today = new Date();
  const day = (offset: number) => new Date(today.getTime() + offset * 86_400_000).toISOString().slice(0, 10);
  const opened = await graphql<{
    openApplicationRound: { applicationRound: { id: string; title: string } | null; userErrors: unknown[] };
  }>(
    'mutation($input: OpenApplicationRoundInput!) { openApplicationRound(input: $input) { applicationRound { id title } userErrors { field message } } }',
    {
      input: {
        slug: `bewerbungsrunde-${run}`,
        title: `Bewerbungsrunde ${today.getFullYear() + 1}`,
        opensOn: day(0),
        deadline: day(60),
        cohortStartsOn: day(120),
      },
    },
    staff,
  );
  const round = opened.openApplicationRound.applicationRound;
  check(round, `no round is open and staff could not open one: ${JSON.stringify(opened.openApplicationRound)}`);
  note(`no round was open; staff opened ${round.title}`);
  return round;
}

interface RegionView {
  id: string;
  name: string;
  status: string;
  team: { totalCount: number; members: { role: string; person: { id: string; displayName: string } }[] } | null;
}

async function applicationWalkthrough(staff: string): Promise<void> {
  step('Find the open application round');
  const round = await openRound(staff);

  const regionName = `Mitmach-Region Lungau ${run}`;
  const contact = { name: 'Lena Moser', email: `lena.${run}@example.org` };
  step(`A group applies for ${regionName} without an account and confirms by e-mail`);
  const applied = await graphql<{ applyForRegion: { accepted: boolean; userErrors: unknown[] } }>(
    `mutation($input: ApplyForRegionInput!) { applyForRegion(input: $input) { accepted userErrors { field code message } } }`,
    {
      input: {
        roundId: round.id,
        regionName,
        area: {
          kind: 'REGION',
          country: 'AT',
          subdivision: 'AT-5',
          description: 'Die fünfzehn Gemeinden des Lungaus im Süden des Landes Salzburg.',
          location: { lat: 47.11, lng: 13.8 },
        },
        contactName: contact.name,
        email: contact.email,
        team: ['Florian Bauer', 'Maria Lechner'],
        motivation: 'Wir wollen Gemeinden, Vereine und Betriebe im Lungau an einen Tisch bringen.',
        fieldsOfAction: ['energy', 'mobility'],
        proofOfWork: await solvedChallenge(),
      },
    },
  );
  check(
    applied.applyForRegion.accepted,
    `applyForRegion refused: ${JSON.stringify(applied.applyForRegion.userErrors)}`,
  );
  note('applyForRegion: accepted');
  await followLink(await mailTo(contact.email, 'Bitte bestätigen Sie Ihre Bewerbung'), '/mail/confirm-application');
  await mailTo(contact.email, 'Bewerbung eingegangen');

  step('Staff find the application; the region is APPLIED and hidden from the public');
  const listed = await graphql<{
    applicationRound: { applications: { id: string; decision: string; region: RegionView }[] };
  }>(
    'query($id: UUID!) { applicationRound(id: $id) { applications { id decision region { id name status } } } }',
    { id: round.id },
    staff,
  );
  const application = listed.applicationRound.applications.find((entry) => entry.region.name === regionName);
  check(application, `the round lists no application of ${regionName}`);
  note(`application ${application.id}: ${application.decision}, region ${application.region.status}`);
  const hidden = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'query($id: UUID!) { region(id: $id) { name } }',
      variables: { id: application.region.id },
    }),
  });
  const hiddenBody = (await hidden.json()) as { data?: { region: unknown } };
  note(`anonymous region(id): ${JSON.stringify(hiddenBody.data?.region ?? null)}`);
  check(!hiddenBody.data?.region, 'an APPLIED region must not be public');

  step('Staff accept the application');
  const decided = await graphql<{
    decideApplication: { application: { decision: string; region: { status: string } } | null; userErrors: unknown[] };
  }>(
    'mutation($input: DecideApplicationInput!) { decideApplication(input: $input) { application { decision region { status } } userErrors { field message } } }',
    { input: { applicationId: application.id, decision: 'ACCEPTED' } },
    staff,
  );
  const accepted = decided.decideApplication.application;
  check(accepted, `decideApplication refused: ${JSON.stringify(decided.decideApplication.userErrors)}`);
  note(`decideApplication: ${accepted.decision}, region ${accepted.region.status}`);
  await mailTo(contact.email, 'Willkommen im Netzwerk');

  step('The region is public now, with the contact person in its team');
  const until = Date.now() + mailWaitMs;
  let region: RegionView | null = null;
  while (Date.now() < until) {
    region = (
      await graphql<{ region: RegionView | null }>(
        'query($id: UUID!) { region(id: $id) { id name status team { totalCount members { role person { id displayName } } } } }',
        { id: application.region.id },
        staff,
      )
    ).region;
    if (region?.team?.members.some((member) => member.person.displayName === contact.name)) break;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  check(region, 'the accepted region cannot be read');
  note(
    `${region.name}: ${region.status}, team ${JSON.stringify(region.team?.members.map((m) => [m.role, m.person.displayName]))}`,
  );
  const member = region.team?.members.find((entry) => entry.person.displayName === contact.name);
  check(member, `${contact.name} is not in the team of ${region.name}`);
  const anonymous = await graphql<{ region: { name: string; status: string } | null }>(
    'query($id: UUID!) { region(id: $id) { name status } }',
    { id: region.id },
  );
  note(`anonymous region(id): ${JSON.stringify(anonymous.region)}`);
  check(anonymous.region, 'the accepted region is not public');

  step(`${contact.name}'s data export holds the application and the e-mails`);
  const exported = await fetch(`${base}/export/people/${member.person.id}`, {
    headers: { authorization: `Bearer ${staff}` },
  });
  check(exported.ok, `GET /export/people/<id> answered ${exported.status}`);
  const data = (await exported.json()) as {
    regionApplications: { regionName: string; status: string }[];
    mails: { subject: string }[];
  };
  note(
    `regionApplications: ${JSON.stringify(data.regionApplications.map((entry) => [entry.regionName, entry.status]))}`,
  );
  note(`mails: ${data.mails.map((mail) => `"${mail.subject}"`).join(', ')}`);
  check(
    data.regionApplications.some((entry) => entry.regionName === regionName),
    'the export lacks the application',
  );
}

try {
  process.stdout.write(`Taking part without an account, against ${base}\n`);
  const staff = await signDevelopmentToken({
    secret: process.env.JWT_SECRET ?? embeddedJwtSecret,
    roles: ['staff'],
    expiresIn: '1h',
  });
  await guestWalkthrough(staff);
  await applicationWalkthrough(staff);
  process.stdout.write('\n✔ every step held\n');
} catch (error) {
  process.stdout.write(`\n✘ ${(error as Error).message}\n`);
  process.exitCode = 1;
}
