import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * `npm run schema` runs this after writing schema.graphql: Apollo's possibleTypes, and typed
 * documents for the live page (`web/`, sent as strings) and the Apollo example (documents as
 * ASTs, imports with `.js` for Node's ESM). A test fails when any output is stale.
 */
const config: CodegenConfig = {
  schema: 'schema.graphql',
  ignoreNoDocuments: false,
  config: { scalars: { DateTime: 'string', SafeInt: 'number' } },
  generates: {
    'possible-types.json': { plugins: ['fragment-matcher'] },
    'web/src/gql/': {
      documents: ['web/src/**/*.ts', '!web/src/gql/**'],
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: { documentMode: 'string', useTypeImports: true, enumsAsTypes: true },
    },
    'examples/apollo/gql/': {
      documents: ['examples/apollo/**/*.ts', '!examples/apollo/gql/**'],
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: { useTypeImports: true, enumsAsTypes: true, emitLegacyCommonJSImports: false },
    },
  },
};
export default config;
