// Prints a signed development token: npm run -s token -- --role staff [--role reporting] [--person <uuid>] [--region <uuid>]

import { type Role, roles, signDevelopmentToken } from '@mitmach/auth';
import { parseCommandLineOrExit } from '@mitmach/config';
import { embeddedJwtSecret } from '../src/development-secret';

const usage =
  'usage: npm run -s token -- --role <role> [--role <role>] [--person <uuid>] [--region <uuid>] [--expires 12h]';
const { values } = parseCommandLineOrExit(
  {
    options: {
      role: { type: 'string', multiple: true, default: [] },
      person: { type: 'string' },
      region: { type: 'string', multiple: true, default: [] },
      expires: { type: 'string', default: '12h' },
    },
  },
  usage,
);
// The spans jose accepts, in their plain forms.
const durationPattern = /^\d+\s?(s|m|h|d|w)$/;
const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const problems = [
  ...(values.role.length === 0 ? ['--role is required'] : []),
  ...values.role
    .filter((role) => !roles.includes(role as Role))
    .map((role) => `unknown role "${role}" (${roles.join(', ')})`),
  ...(values.person && !uuidPattern.test(values.person) ? [`--person must be a UUID, got "${values.person}"`] : []),
  ...values.region
    .filter((region) => !uuidPattern.test(region))
    .map((region) => `--region must be a UUID, got "${region}"`),
  ...(durationPattern.test(values.expires)
    ? []
    : [`--expires must be a duration such as 30m, 12h or 7d, got "${values.expires}"`]),
];
if (problems.length > 0) {
  process.stderr.write(`${problems.join('\n')}\n${usage}\n`);
  process.exit(2);
}
const token = await signDevelopmentToken({
  secret: process.env.JWT_SECRET ?? embeddedJwtSecret,
  roles: values.role as Role[],
  ...(values.person ? { personId: values.person } : {}),
  regionIds: values.region,
  expiresIn: values.expires,
});
process.stdout.write(`${token}\n`);
