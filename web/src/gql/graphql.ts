/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type StakeholderKind =
  | 'COUNTRY'
  | 'GROUP'
  | 'ORGANIZATION'
  | 'PERSON';

export type Stance =
  | 'CONDITIONAL'
  | 'CRITICIZES'
  | 'DEMANDS'
  | 'DIVIDED'
  | 'OPPOSES'
  | 'PROPOSES'
  | 'REJECTS'
  | 'SUPPORTS'
  | 'WARNS';

export type StatementFilter = {
  /** Article ID. */
  article?: string | number | null | undefined;
  kind?: StatementKind | null | undefined;
  /** Full-text search over the statement text (web search syntax); at most 200 characters. */
  search?: string | null | undefined;
  /** Said at or after. */
  since?: string | null | undefined;
  /** Stakeholder ID or slug. */
  speaker?: string | number | null | undefined;
  /** Topic ID or slug. */
  topic?: string | number | null | undefined;
  /** Said at or before. */
  until?: string | null | undefined;
};

/** DIRECT: words inside quotation marks or a block quote. REPORTED: attributed indirect speech. */
export type StatementKind =
  | 'DIRECT'
  | 'REPORTED';

export type StatementStreamFilter = {
  /** Article ID. */
  article?: string | number | null | undefined;
  kind?: StatementKind | null | undefined;
  /** Stakeholder ID or slug. */
  speaker?: string | number | null | undefined;
  /** Topic ID or slug. */
  topic?: string | number | null | undefined;
};

export type StatementCardFieldsFragment = { id: string, text: string, kind: StatementKind, saidAt: string | null, speaker: { slug: string, name: string, role: string | null } | null, article: { title: string, url: string | null, source: string | null, publishedAt: string | null, ingestedAt: string }, topics: Array<{ slug: string, name: string }>, positions: Array<{ stance: Stance, stakeholder: { name: string }, topic: { slug: string, name: string } }> };

export type FeedQueryVariables = Exact<{
  filter?: StatementFilter | null | undefined;
  first: number;
}>;


export type FeedQuery = { statements: { edges: Array<{ cursor: string, node: { id: string, text: string, kind: StatementKind, saidAt: string | null, speaker: { slug: string, name: string, role: string | null } | null, article: { title: string, url: string | null, source: string | null, publishedAt: string | null, ingestedAt: string }, topics: Array<{ slug: string, name: string }>, positions: Array<{ stance: Stance, stakeholder: { name: string }, topic: { slug: string, name: string } }> } }> }, latest: { pageInfo: { startCursor: string | null } } };

export type StatementAddedSubscriptionVariables = Exact<{
  after?: string | null | undefined;
  filter?: StatementStreamFilter | null | undefined;
}>;


export type StatementAddedSubscription = { statementAdded: { cursor: string, node: { id: string, text: string, kind: StatementKind, saidAt: string | null, speaker: { slug: string, name: string, role: string | null } | null, article: { title: string, url: string | null, source: string | null, publishedAt: string | null, ingestedAt: string }, topics: Array<{ slug: string, name: string }>, positions: Array<{ stance: Stance, stakeholder: { name: string }, topic: { slug: string, name: string } }> } } };

export type SpeakersQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type SpeakersQuery = { stakeholders: { nodes: Array<{ slug: string, name: string, statements: { totalCount: number } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type TopicsQueryVariables = Exact<{ [key: string]: never; }>;


export type TopicsQuery = { topics: { nodes: Array<{ slug: string, name: string, statements: { totalCount: number } }> } };

export type StakeholderQueryVariables = Exact<{
  ref: string | number;
}>;


export type StakeholderQuery = { stakeholder: { slug: string, name: string, kind: StakeholderKind, role: string | null, parent: { slug: string, name: string } | null, positions: { nodes: Array<{ stance: Stance, summary: string, observedAt: string, topic: { slug: string, name: string }, evidence: { text: string, kind: StatementKind } | null, article: { title: string, url: string | null } | null }> }, history: { nodes: Array<{ id: string, stance: Stance, summary: string, observedAt: string, isCurrent: boolean, topic: { slug: string, name: string } }> } } | null };

export type TopicQueryVariables = Exact<{
  ref: string | number;
}>;


export type TopicQuery = { topic: { slug: string, name: string, keywords: Array<string>, stanceSummary: Array<{ stance: Stance, count: number }>, positions: { nodes: Array<{ stance: Stance, summary: string, observedAt: string, stakeholder: { slug: string, name: string } }> } } | null };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const StatementCardFieldsFragmentDoc = new TypedDocumentString(`
    fragment StatementCardFields on Statement {
  id
  text
  kind
  saidAt
  speaker {
    slug
    name
    role
  }
  article {
    title
    url
    source
    publishedAt
    ingestedAt
  }
  topics {
    slug
    name
  }
  positions {
    stance
    stakeholder {
      name
    }
    topic {
      slug
      name
    }
  }
}
    `, {"fragmentName":"StatementCardFields"}) as unknown as TypedDocumentString<StatementCardFieldsFragment, unknown>;
export const FeedDocument = new TypedDocumentString(`
    query Feed($filter: StatementFilter, $first: Int!) {
  statements(first: $first, filter: $filter) {
    edges {
      cursor
      node {
        ...StatementCardFields
      }
    }
  }
  latest: statements(first: 1) {
    pageInfo {
      startCursor
    }
  }
}
    fragment StatementCardFields on Statement {
  id
  text
  kind
  saidAt
  speaker {
    slug
    name
    role
  }
  article {
    title
    url
    source
    publishedAt
    ingestedAt
  }
  topics {
    slug
    name
  }
  positions {
    stance
    stakeholder {
      name
    }
    topic {
      slug
      name
    }
  }
}`) as unknown as TypedDocumentString<FeedQuery, FeedQueryVariables>;
export const StatementAddedDocument = new TypedDocumentString(`
    subscription StatementAdded($after: String, $filter: StatementStreamFilter) {
  statementAdded(after: $after, filter: $filter) {
    cursor
    node {
      ...StatementCardFields
    }
  }
}
    fragment StatementCardFields on Statement {
  id
  text
  kind
  saidAt
  speaker {
    slug
    name
    role
  }
  article {
    title
    url
    source
    publishedAt
    ingestedAt
  }
  topics {
    slug
    name
  }
  positions {
    stance
    stakeholder {
      name
    }
    topic {
      slug
      name
    }
  }
}`) as unknown as TypedDocumentString<StatementAddedSubscription, StatementAddedSubscriptionVariables>;
export const SpeakersDocument = new TypedDocumentString(`
    query Speakers($after: String) {
  stakeholders(first: 100, after: $after) {
    nodes {
      slug
      name
      statements {
        totalCount
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<SpeakersQuery, SpeakersQueryVariables>;
export const TopicsDocument = new TypedDocumentString(`
    query Topics {
  topics(first: 100) {
    nodes {
      slug
      name
      statements {
        totalCount
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TopicsQuery, TopicsQueryVariables>;
export const StakeholderDocument = new TypedDocumentString(`
    query Stakeholder($ref: ID!) {
  stakeholder(ref: $ref) {
    slug
    name
    kind
    role
    parent {
      slug
      name
    }
    positions(first: 100) {
      nodes {
        stance
        summary
        observedAt
        topic {
          slug
          name
        }
        evidence {
          text
          kind
        }
        article {
          title
          url
        }
      }
    }
    history: positions(first: 100, currentOnly: false) {
      nodes {
        id
        stance
        summary
        observedAt
        isCurrent
        topic {
          slug
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<StakeholderQuery, StakeholderQueryVariables>;
export const TopicDocument = new TypedDocumentString(`
    query Topic($ref: ID!) {
  topic(ref: $ref) {
    slug
    name
    keywords
    stanceSummary {
      stance
      count
    }
    positions(first: 100) {
      nodes {
        stance
        summary
        observedAt
        stakeholder {
          slug
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<TopicQuery, TopicQueryVariables>;