/** What GraphiQL opens with: the latest statements, who said them, and where. */
export const defaultQuery = /* GraphQL */ `# Parley: who said what, and where every
# stakeholder stands. Run this query (▶),
# then explore the schema in the Docs panel.
query LatestStatements {
  statements(first: 10) {
    totalCount
    nodes {
      text
      kind
      speaker {
        name
        kind
        role
      }
      article {
        title
        publishedAt
      }
      topics {
        name
      }
    }
    pageInfo {
      endCursor
      hasNextPage
    }
  }
}
`;
