// Registers the documents of a graphql-codegen persisted-documents manifest for a partner key, through the gateway:
// MITMACH_TOKEN=<staff token> npm run -s register-documents -- --key <key id> [--gateway <url>] <manifest.json>
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseCommandLineOrExit } from '@mitmach/config';
import { inBatches, ManifestError, readManifest } from '../src/modules/persisted-documents/manifest';

const usage =
  'usage: MITMACH_TOKEN=<staff token> npm run -s register-documents -- --key <key id> [--gateway <url>] <manifest.json>';

function fail(message: string): never {
  process.stderr.write(`${message}\n${usage}\n`);
  process.exit(2);
}

const { values, positionals } = parseCommandLineOrExit(
  {
    options: { key: { type: 'string' }, gateway: { type: 'string', default: 'http://localhost:4000/graphql' } },
    allowPositionals: true,
  },
  usage,
);
const token = process.env.MITMACH_TOKEN;
if (!values.key) fail('--key is required');
if (positionals.length !== 1) fail('name one manifest file');
if (!token) fail('MITMACH_TOKEN must hold a staff token (npm run -s token -- --role staff)');

// npm runs scripts in the project folder; the manifest is named relative to where the command was typed.
const manifestPath = resolve(process.env.INIT_CWD ?? process.cwd(), positionals[0] as string);
let documents: ReturnType<typeof readManifest>;
try {
  documents = readManifest(readFileSync(manifestPath, 'utf8'));
} catch (error) {
  if (!(error instanceof ManifestError) && (error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  fail(`${manifestPath}: ${(error as Error).message}`);
}

const mutation = `mutation($input: RegisterPersistedDocumentsInput!) {
  registerPersistedDocuments(input: $input) { added total userErrors { field message } }
}`;
interface Answer {
  data?: {
    registerPersistedDocuments: { added: number; total: number; userErrors: { field: string[]; message: string }[] };
  };
  errors?: { message: string }[];
}

let added = 0;
let total = 0;
for (const batch of inBatches(documents, 500)) {
  const response = await fetch(values.gateway, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: mutation, variables: { input: { keyId: values.key, documents: batch } } }),
  }).catch((error: Error) => fail(`the gateway at ${values.gateway} did not answer: ${error.message}`));
  const answer = (await response.json().catch(() => ({}))) as Answer;
  const result = answer.data?.registerPersistedDocuments;
  if (!result) fail(`the gateway answered ${response.status}: ${answer.errors?.map((e) => e.message).join('; ')}`);
  if (result.userErrors.length > 0) {
    fail(result.userErrors.map((error) => `${error.field.join('.')}: ${error.message}`).join('\n'));
  }
  added += result.added;
  total = result.total;
}
process.stdout.write(
  `registered ${documents.length} document${documents.length === 1 ? '' : 's'} for key ${values.key}: ${added} new, ${total} in all\n`,
);
