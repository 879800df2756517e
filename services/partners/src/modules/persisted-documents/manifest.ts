import { createHash } from 'node:crypto';

export interface ManifestDocument {
  hash: string;
  document: string;
}

export class ManifestError extends Error {}

/**
 * The documents of a persisted-documents manifest as graphql-codegen's client preset writes it
 * (`persistedDocuments: { hashAlgorithm: 'sha256' }`): one JSON object from hash to document. Checked here, before
 * anything is sent, so that a wrong manifest registers nothing.
 */
export function readManifest(text: string): ManifestDocument[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new ManifestError(`the manifest is not JSON: ${(error as Error).message}`);
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new ManifestError('the manifest must be one JSON object from hash to document');
  }
  // The client preset writes the keys as GraphQL over HTTP document ids, `sha256:<hex>`; what is registered is the hex.
  const documents = Object.entries(parsed).map(([id, document]) => {
    if (typeof document !== 'string') throw new ManifestError(`the document of ${id} is not a string`);
    return { hash: id.replace(/^sha256:/, ''), document };
  });
  if (documents.length === 0) throw new ManifestError('the manifest lists no documents');
  const mismatched = documents.filter(
    ({ hash, document }) => createHash('sha256').update(document).digest('hex') !== hash,
  );
  if (mismatched.length > 0) {
    throw new ManifestError(
      `${mismatched.length} of ${documents.length} hashes are not the SHA-256 of their document (first: ${mismatched[0]?.hash}); ` +
        "generate the manifest with persistedDocuments: { hashAlgorithm: 'sha256' }",
    );
  }
  return documents;
}

/** Splits documents into registrations of at most `size`, the most one registerPersistedDocuments call takes. */
export function inBatches<T>(items: readonly T[], size: number): T[][] {
  return Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));
}
