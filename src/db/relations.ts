import { defineRelations } from 'drizzle-orm';
import * as schema from './schema.js';

export const relations = defineRelations(schema, (r) => ({
  articles: {
    statements: r.many.statements(),
    mentions: r.many.articleMentions(),
    stakeholders: r.many.stakeholders({
      from: r.articles.id.through(r.articleMentions.articleId),
      to: r.stakeholders.id.through(r.articleMentions.stakeholderId),
    }),
    positions: r.many.positions(),
    followedFrom: r.one.sources({ from: r.articles.sourceId, to: r.sources.id }),
  },
  sources: {
    articles: r.many.articles({ from: r.sources.id, to: r.articles.sourceId }),
  },
  stakeholders: {
    parent: r.one.stakeholders({ from: r.stakeholders.parentId, to: r.stakeholders.id, alias: 'membership' }),
    members: r.many.stakeholders({ from: r.stakeholders.id, to: r.stakeholders.parentId, alias: 'membership' }),
    statements: r.many.statements(),
    positions: r.many.positions(),
    articles: r.many.articles({
      from: r.stakeholders.id.through(r.articleMentions.stakeholderId),
      to: r.articles.id.through(r.articleMentions.articleId),
    }),
  },
  topics: {
    positions: r.many.positions(),
    statements: r.many.statements({
      from: r.topics.id.through(r.statementTopics.topicId),
      to: r.statements.id.through(r.statementTopics.statementId),
    }),
  },
  statements: {
    article: r.one.articles({ from: r.statements.articleId, to: r.articles.id, optional: false }),
    speaker: r.one.stakeholders({ from: r.statements.speakerId, to: r.stakeholders.id }),
    topics: r.many.topics({
      from: r.statements.id.through(r.statementTopics.statementId),
      to: r.topics.id.through(r.statementTopics.topicId),
    }),
    positions: r.many.positions(),
  },
  positions: {
    stakeholder: r.one.stakeholders({ from: r.positions.stakeholderId, to: r.stakeholders.id, optional: false }),
    topic: r.one.topics({ from: r.positions.topicId, to: r.topics.id, optional: false }),
    evidence: r.one.statements({ from: r.positions.evidenceStatementId, to: r.statements.id }),
    article: r.one.articles({ from: r.positions.articleId, to: r.articles.id }),
  },
  articleMentions: {
    article: r.one.articles({ from: r.articleMentions.articleId, to: r.articles.id, optional: false }),
    stakeholder: r.one.stakeholders({ from: r.articleMentions.stakeholderId, to: r.stakeholders.id, optional: false }),
  },
}));
