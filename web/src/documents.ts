import { graphql } from './gql/index.js';

/** Everything a statement card shows; the same selection for the page and the live stream. */
export const statementCardFields = graphql(`
  fragment StatementCardFields on Statement {
    id
    text
    kind
    saidAt
    speaker { slug name role }
    article { title url source publishedAt ingestedAt }
    topics { slug name }
    positions { stance stakeholder { name } topic { slug name } }
  }
`);

/** The newest page of a feed. `latest` is where a feed with no match yet resumes from. */
export const feedQuery = graphql(`
  query Feed($filter: StatementFilter, $first: Int!) {
    statements(first: $first, filter: $filter) {
      edges { cursor node { ...StatementCardFields } }
    }
    latest: statements(first: 1) { pageInfo { startCursor } }
  }
`);

/** Subscribed from the page's newest cursor: what came after it, then everything live. */
export const statementAddedSubscription = graphql(`
  subscription StatementAdded($after: String, $filter: StatementStreamFilter) {
    statementAdded(after: $after, filter: $filter) {
      cursor
      node { ...StatementCardFields }
    }
  }
`);

export const speakersQuery = graphql(`
  query Speakers($after: String) {
    stakeholders(first: 100, after: $after) {
      nodes { slug name statements { totalCount } }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

export const topicsQuery = graphql(`
  query Topics {
    topics(first: 100) { nodes { slug name statements { totalCount } } }
  }
`);

export const stakeholderQuery = graphql(`
  query Stakeholder($ref: ID!) {
    stakeholder(ref: $ref) {
      slug
      name
      kind
      role
      parent { slug name }
      positions(first: 100) {
        nodes { stance summary observedAt topic { slug name } evidence { text kind } article { title url } }
      }
      history: positions(first: 100, currentOnly: false) {
        nodes { id stance summary observedAt isCurrent topic { slug name } }
      }
    }
  }
`);

export const topicQuery = graphql(`
  query Topic($ref: ID!) {
    topic(ref: $ref) {
      slug
      name
      keywords
      stanceSummary { stance count }
      positions(first: 100) {
        nodes { stance summary observedAt stakeholder { slug name } }
      }
    }
  }
`);
