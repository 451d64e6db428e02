import { graphql } from './gql/index.js';

/** One statement as the example lists it; the page and the live stream select the same. */
export const StatementItem = graphql(`
  fragment StatementItem on Statement {
    id
    text
    kind
    speaker { name }
    article { title }
  }
`);

/** Newest first. Page on with `after: pageInfo.endCursor`; subscribe from `edges[0].cursor`. */
export const LatestStatements = graphql(`
  query LatestStatements($first: Int!, $after: String) {
    statements(first: $first, after: $after) {
      edges { cursor node { ...StatementItem } }
      pageInfo { endCursor hasNextPage }
    }
  }
`);

/** Everything committed after `after`, then live: its edges are the same type as the page's. */
export const StatementAdded = graphql(`
  subscription StatementAdded($after: String) {
    statementAdded(after: $after) {
      cursor
      node { ...StatementItem }
    }
  }
`);

export const IngestArticle = graphql(`
  mutation IngestArticle($input: IngestArticleInput!) {
    ingestArticle(input: $input) {
      __typename
      ... on IngestArticlePayload { created article { id title } }
      ... on Error { code message }
    }
  }
`);

export const AddStatement = graphql(`
  mutation AddStatement($input: AddStatementInput!) {
    addStatement(input: $input) {
      __typename
      ... on Statement { id text }
      ... on Error { code message }
    }
  }
`);
