// Prints a signed development token: npm run -s token -- --role staff [--role reporting] [--person <uuid>] [--region <uuid>]
import { parseArgs } from 'node:util';
import { type Role, roles, signDevelopmentToken } from '@mitmach/auth';
import { embeddedJwtSecret } from '../src/development-secret';

const { values } = parseArgs({
  options: {
    role: { type: 'string', multiple: true, default: [] },
    person: { type: 'string' },
    region: { type: 'string', multiple: true, default: [] },
    expires: { type: 'string', default: '12h' },
  },
});
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
];
if (problems.length > 0) {
  process.stderr.write(
    `${problems.join('\n')}\nusage: npm run -s token -- --role <role> [--person <uuid>] [--region <uuid>]\n`,
  );
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
