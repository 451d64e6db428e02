/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment StatementItem on Statement {\n    id\n    text\n    kind\n    speaker { name }\n    article { title }\n  }\n": typeof types.StatementItemFragmentDoc,
    "\n  query LatestStatements($first: Int!, $after: String) {\n    statements(first: $first, after: $after) {\n      edges { cursor node { ...StatementItem } }\n      pageInfo { endCursor hasNextPage }\n    }\n  }\n": typeof types.LatestStatementsDocument,
    "\n  subscription StatementAdded($after: String) {\n    statementAdded(after: $after) {\n      cursor\n      node { ...StatementItem }\n    }\n  }\n": typeof types.StatementAddedDocument,
    "\n  mutation IngestArticle($input: IngestArticleInput!) {\n    ingestArticle(input: $input) {\n      __typename\n      ... on IngestArticlePayload { created article { id title } }\n      ... on Error { code message }\n    }\n  }\n": typeof types.IngestArticleDocument,
    "\n  mutation AddStatement($input: AddStatementInput!) {\n    addStatement(input: $input) {\n      __typename\n      ... on Statement { id text }\n      ... on Error { code message }\n    }\n  }\n": typeof types.AddStatementDocument,
};
const documents: Documents = {
    "\n  fragment StatementItem on Statement {\n    id\n    text\n    kind\n    speaker { name }\n    article { title }\n  }\n": types.StatementItemFragmentDoc,
    "\n  query LatestStatements($first: Int!, $after: String) {\n    statements(first: $first, after: $after) {\n      edges { cursor node { ...StatementItem } }\n      pageInfo { endCursor hasNextPage }\n    }\n  }\n": types.LatestStatementsDocument,
    "\n  subscription StatementAdded($after: String) {\n    statementAdded(after: $after) {\n      cursor\n      node { ...StatementItem }\n    }\n  }\n": types.StatementAddedDocument,
    "\n  mutation IngestArticle($input: IngestArticleInput!) {\n    ingestArticle(input: $input) {\n      __typename\n      ... on IngestArticlePayload { created article { id title } }\n      ... on Error { code message }\n    }\n  }\n": types.IngestArticleDocument,
    "\n  mutation AddStatement($input: AddStatementInput!) {\n    addStatement(input: $input) {\n      __typename\n      ... on Statement { id text }\n      ... on Error { code message }\n    }\n  }\n": types.AddStatementDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StatementItem on Statement {\n    id\n    text\n    kind\n    speaker { name }\n    article { title }\n  }\n"): (typeof documents)["\n  fragment StatementItem on Statement {\n    id\n    text\n    kind\n    speaker { name }\n    article { title }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LatestStatements($first: Int!, $after: String) {\n    statements(first: $first, after: $after) {\n      edges { cursor node { ...StatementItem } }\n      pageInfo { endCursor hasNextPage }\n    }\n  }\n"): (typeof documents)["\n  query LatestStatements($first: Int!, $after: String) {\n    statements(first: $first, after: $after) {\n      edges { cursor node { ...StatementItem } }\n      pageInfo { endCursor hasNextPage }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription StatementAdded($after: String) {\n    statementAdded(after: $after) {\n      cursor\n      node { ...StatementItem }\n    }\n  }\n"): (typeof documents)["\n  subscription StatementAdded($after: String) {\n    statementAdded(after: $after) {\n      cursor\n      node { ...StatementItem }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IngestArticle($input: IngestArticleInput!) {\n    ingestArticle(input: $input) {\n      __typename\n      ... on IngestArticlePayload { created article { id title } }\n      ... on Error { code message }\n    }\n  }\n"): (typeof documents)["\n  mutation IngestArticle($input: IngestArticleInput!) {\n    ingestArticle(input: $input) {\n      __typename\n      ... on IngestArticlePayload { created article { id title } }\n      ... on Error { code message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddStatement($input: AddStatementInput!) {\n    addStatement(input: $input) {\n      __typename\n      ... on Statement { id text }\n      ... on Error { code message }\n    }\n  }\n"): (typeof documents)["\n  mutation AddStatement($input: AddStatementInput!) {\n    addStatement(input: $input) {\n      __typename\n      ... on Statement { id text }\n      ... on Error { code message }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;