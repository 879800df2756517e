// The limit of this stack: plain Fastify answering every POST /graphql with the same JSON from memory.
//   tsx plain-fastify-server.ts <port> <file holding the answer>
import { readFileSync } from 'node:fs';
import Fastify from 'fastify';

const [port, answerFile] = process.argv.slice(2);
if (!port || !answerFile) throw new Error('usage: plain-fastify-server.ts <port> <answer file>');
const answer = readFileSync(answerFile, 'utf8');
const app = Fastify({ logger: false });
app.post('/graphql', async (_request, reply) => reply.header('content-type', 'application/json').send(answer));
await app.listen({ host: '127.0.0.1', port: Number(port) });
