import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed GraphQL documents from the server's schema (`npm run codegen`, also run by `npm run build`): every
 * `graphql(`…`)` document under src/ is validated against docs/graphql-schema.graphql and gets its result and
 * variables types in src/gql/. Documents are typed strings (documentMode 'string'), sent as they are by `gql()`.
 */
const config: CodegenConfig = {
  schema: '../../docs/graphql-schema.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/**/*.test.{ts,tsx}', '!src/test-*.ts', '!src/gql/**'],
  ignoreNoDocuments: true,
  generates: {
    'src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        documentMode: 'string',
        enumsAsTypes: true,
        skipTypename: true,
        useTypeImports: true,
        scalars: {
          DateTime: 'string',
          DateTimeOffset: 'string',
          Long: 'number',
          JSON: 'unknown',
        },
      },
    },
  },
};

export default config;
