import './errors.js';
import './article.js';
import './article-mutations.js';
import './live.js';
import './position.js';
import './search.js';
import './source.js';
import './stakeholder.js';
import './statement.js';
import './token.js';
import './topic.js';
import { builder } from './builder.js';

/** The whole Parley schema: each domain file registers its types, queries and mutations. */
export const schema = builder.toSchema({ sortSchema: false });
