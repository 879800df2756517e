import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * The public operations under src/operations, typed against the gateway's public schema, as TypedDocumentNode
 * constants, and the persisted-documents manifest (SHA-256 of each document) that `npm run register-documents` reads.
 */
const config: CodegenConfig = {
  schema: '../../gateway/schema.graphql',
  documents: ['src/operations/*.graphql'],
  ignoreNoDocuments: false,
  generates: {
    'src/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false, gqlTagName: 'graphql', persistedDocuments: { hashAlgorithm: 'sha256' } },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        skipTypename: true,
        scalars: {
          UUID: 'string',
          Date: 'string',
          DateTime: 'string',
          EmailAddress: 'string',
          URL: 'string',
          CountryCode: "'DE' | 'AT' | 'CH' | 'IT'",
          JSON: 'Record<string, unknown>',
        },
      },
    },
  },
};

export default config;
