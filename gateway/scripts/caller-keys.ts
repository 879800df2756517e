// Prints a fresh key pair for the caller header as .env lines: the gateway signs with the private key, every subgraph
// verifies with the public one. npm run -s caller-keys >> .env
import { generateCallerKeys } from '@mitmach/auth';

const { privateKey, publicKey } = generateCallerKeys();
const escaped = (pem: string) => pem.trim().replaceAll('\n', '\\n');
// Unquoted with escaped line breaks: compose keeps such values as they are, and the services undo the escaping.
process.stdout.write(`CALLER_SIGNING_KEY=${escaped(privateKey)}\nCALLER_VERIFICATION_KEY=${escaped(publicKey)}\n`);
