import { createHash } from 'node:crypto';
import { type Caller, isStaff } from '@mitmach/auth';
import type { Db } from '@mitmach/db';
import { forbidden, type UserError, userError } from '@mitmach/server-kit';
import { parse } from 'graphql';
import { lockApiKey } from '../api-keys/api-keys.repository';
import { documentCount, insertDocuments } from './persisted-documents.repository';

const maxDocuments = 500;
const maxDocumentLength = 100_000;
// A partner's site sends a few dozen documents; this bounds what one key can hold.
const maxDocumentsPerKey = 10_000;

class TooManyDocuments extends Error {
  constructor(readonly total: number) {
    super(`a key holds at most ${maxDocumentsPerKey} documents`);
  }
}

export interface RegisterResult {
  added: number;
  total: number;
  userErrors: UserError[];
}

function documentProblems(entry: { hash: string; document: string }, index: number): UserError[] {
  const path = ['input', 'documents', String(index)];
  if (entry.document.length > maxDocumentLength) {
    return [userError([...path, 'document'], `A document has at most ${maxDocumentLength} characters.`)];
  }
  const hash = createHash('sha256').update(entry.document).digest('hex');
  if (entry.hash !== hash) {
    return [userError([...path, 'hash'], `The hash is not the document's SHA-256 (${hash}).`, 'HASH_MISMATCH')];
  }
  try {
    parse(entry.document);
  } catch (error) {
    return [userError([...path, 'document'], `The document does not parse: ${(error as Error).message}`, 'INVALID')];
  }
  return [];
}

/** Registers the documents of a persisted-documents manifest for a key; all of them or, on any problem, none. */
export async function registerDocuments(
  db: Db,
  caller: Caller,
  input: { keyId: string; documents: readonly { hash: string; document: string }[] },
): Promise<RegisterResult> {
  if (!isStaff(caller)) throw forbidden('Only staff register persisted documents.');
  if (input.documents.length < 1 || input.documents.length > maxDocuments) {
    const message = `A registration holds 1 to ${maxDocuments} documents, got ${input.documents.length}.`;
    return { added: 0, total: 0, userErrors: [userError(['input', 'documents'], message)] };
  }
  const errors = input.documents.flatMap(documentProblems);
  if (errors.length > 0) return { added: 0, total: 0, userErrors: errors };
  try {
    return await db.transaction(async (tx) => {
      const key = await lockApiKey(tx, input.keyId);
      if (!key) {
        return {
          added: 0,
          total: 0,
          userErrors: [userError(['input', 'keyId'], 'There is no API key with this id.', 'NOT_FOUND')],
        };
      }
      const added = await insertDocuments(tx, key.id, input.documents);
      const total = await documentCount(tx, key.id);
      // Thrown to roll the insert back: nothing is registered when the key would hold too many.
      if (total > maxDocumentsPerKey) throw new TooManyDocuments(total);
      return { added, total, userErrors: [] };
    });
  } catch (error) {
    if (!(error instanceof TooManyDocuments)) throw error;
    const message = `A key holds at most ${maxDocumentsPerKey} documents; this registration would make ${error.total}.`;
    return { added: 0, total: 0, userErrors: [userError(['input', 'documents'], message, 'TOO_MANY')] };
  }
}
