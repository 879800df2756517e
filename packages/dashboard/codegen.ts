import type { CodegenConfig } from '@graphql-codegen/cli';

// Typed operations of the dashboard, checked against the gateway's public schema.
const config: CodegenConfig = {
  schema: '../../gateway/schema.graphql',
  documents: ['src/app/api/*.graphql'],
  generates: {
    'src/generated/graphql.ts': {
      plugins: ['typescript-operations', 'typed-document-node'],
      config: {
        documentMode: 'string',
        enumsAsTypes: true,
        useTypeImports: true,
        onlyOperationTypes: true,
        avoidOptionals: { field: true, inputValue: false, object: true },
        scalars: {
          Date: 'string',
          DateTime: 'string',
          UUID: 'string',
          CountryCode: 'string',
          URL: 'string',
          EmailAddress: 'string',
        },
      },
    },
  },
};
export default config;
