/* eslint-disable */
import * as types from './graphql';



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
    "\n  fragment StatementCardFields on Statement {\n    id\n    text\n    kind\n    saidAt\n    speaker { slug name role }\n    article { title url source publishedAt ingestedAt }\n    topics { slug name }\n    positions { stance stakeholder { name } topic { slug name } }\n  }\n": typeof types.StatementCardFieldsFragmentDoc,
    "\n  query Feed($filter: StatementFilter, $first: Int!) {\n    statements(first: $first, filter: $filter) {\n      edges { cursor node { ...StatementCardFields } }\n    }\n    latest: statements(first: 1) { pageInfo { startCursor } }\n  }\n": typeof types.FeedDocument,
    "\n  subscription StatementAdded($after: String, $filter: StatementStreamFilter) {\n    statementAdded(after: $after, filter: $filter) {\n      cursor\n      node { ...StatementCardFields }\n    }\n  }\n": typeof types.StatementAddedDocument,
    "\n  query Speakers($after: String) {\n    stakeholders(first: 100, after: $after) {\n      nodes { slug name statements { totalCount } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": typeof types.SpeakersDocument,
    "\n  query Topics {\n    topics(first: 100) { nodes { slug name statements { totalCount } } }\n  }\n": typeof types.TopicsDocument,
    "\n  query Stakeholder($ref: ID!) {\n    stakeholder(ref: $ref) {\n      slug\n      name\n      kind\n      role\n      parent { slug name }\n      positions(first: 100) {\n        nodes { stance summary observedAt topic { slug name } evidence { text kind } article { title url } }\n      }\n      history: positions(first: 100, currentOnly: false) {\n        nodes { id stance summary observedAt isCurrent topic { slug name } }\n      }\n    }\n  }\n": typeof types.StakeholderDocument,
    "\n  query Topic($ref: ID!) {\n    topic(ref: $ref) {\n      slug\n      name\n      keywords\n      stanceSummary { stance count }\n      positions(first: 100) {\n        nodes { stance summary observedAt stakeholder { slug name } }\n      }\n    }\n  }\n": typeof types.TopicDocument,
};
const documents: Documents = {
    "\n  fragment StatementCardFields on Statement {\n    id\n    text\n    kind\n    saidAt\n    speaker { slug name role }\n    article { title url source publishedAt ingestedAt }\n    topics { slug name }\n    positions { stance stakeholder { name } topic { slug name } }\n  }\n": types.StatementCardFieldsFragmentDoc,
    "\n  query Feed($filter: StatementFilter, $first: Int!) {\n    statements(first: $first, filter: $filter) {\n      edges { cursor node { ...StatementCardFields } }\n    }\n    latest: statements(first: 1) { pageInfo { startCursor } }\n  }\n": types.FeedDocument,
    "\n  subscription StatementAdded($after: String, $filter: StatementStreamFilter) {\n    statementAdded(after: $after, filter: $filter) {\n      cursor\n      node { ...StatementCardFields }\n    }\n  }\n": types.StatementAddedDocument,
    "\n  query Speakers($after: String) {\n    stakeholders(first: 100, after: $after) {\n      nodes { slug name statements { totalCount } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n": types.SpeakersDocument,
    "\n  query Topics {\n    topics(first: 100) { nodes { slug name statements { totalCount } } }\n  }\n": types.TopicsDocument,
    "\n  query Stakeholder($ref: ID!) {\n    stakeholder(ref: $ref) {\n      slug\n      name\n      kind\n      role\n      parent { slug name }\n      positions(first: 100) {\n        nodes { stance summary observedAt topic { slug name } evidence { text kind } article { title url } }\n      }\n      history: positions(first: 100, currentOnly: false) {\n        nodes { id stance summary observedAt isCurrent topic { slug name } }\n      }\n    }\n  }\n": types.StakeholderDocument,
    "\n  query Topic($ref: ID!) {\n    topic(ref: $ref) {\n      slug\n      name\n      keywords\n      stanceSummary { stance count }\n      positions(first: 100) {\n        nodes { stance summary observedAt stakeholder { slug name } }\n      }\n    }\n  }\n": types.TopicDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StatementCardFields on Statement {\n    id\n    text\n    kind\n    saidAt\n    speaker { slug name role }\n    article { title url source publishedAt ingestedAt }\n    topics { slug name }\n    positions { stance stakeholder { name } topic { slug name } }\n  }\n"): typeof import('./graphql').StatementCardFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Feed($filter: StatementFilter, $first: Int!) {\n    statements(first: $first, filter: $filter) {\n      edges { cursor node { ...StatementCardFields } }\n    }\n    latest: statements(first: 1) { pageInfo { startCursor } }\n  }\n"): typeof import('./graphql').FeedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription StatementAdded($after: String, $filter: StatementStreamFilter) {\n    statementAdded(after: $after, filter: $filter) {\n      cursor\n      node { ...StatementCardFields }\n    }\n  }\n"): typeof import('./graphql').StatementAddedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Speakers($after: String) {\n    stakeholders(first: 100, after: $after) {\n      nodes { slug name statements { totalCount } }\n      pageInfo { hasNextPage endCursor }\n    }\n  }\n"): typeof import('./graphql').SpeakersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Topics {\n    topics(first: 100) { nodes { slug name statements { totalCount } } }\n  }\n"): typeof import('./graphql').TopicsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Stakeholder($ref: ID!) {\n    stakeholder(ref: $ref) {\n      slug\n      name\n      kind\n      role\n      parent { slug name }\n      positions(first: 100) {\n        nodes { stance summary observedAt topic { slug name } evidence { text kind } article { title url } }\n      }\n      history: positions(first: 100, currentOnly: false) {\n        nodes { id stance summary observedAt isCurrent topic { slug name } }\n      }\n    }\n  }\n"): typeof import('./graphql').StakeholderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Topic($ref: ID!) {\n    topic(ref: $ref) {\n      slug\n      name\n      keywords\n      stanceSummary { stance count }\n      positions(first: 100) {\n        nodes { stance summary observedAt stakeholder { slug name } }\n      }\n    }\n  }\n"): typeof import('./graphql').TopicDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
