import { z } from 'zod';
import { createToken, isTokenScope, listTokens, revokeToken, type TokenScope, tokenScopes } from '../services/tokens.js';
import { builder } from './builder.js';
import { mutationErrors } from './errors.js';

const TokenScopeEnum = builder.enumType('TokenScope', {
  description: 'INGEST may ingest articles and follow sources; ADMIN may do everything, creating tokens included.',
  // `satisfies`: a scope added to tokenScopes fails to compile until it is named here.
  values: { INGEST: { value: 'ingest' }, ADMIN: { value: 'admin' } } as const satisfies Record<Uppercase<TokenScope>, { value: TokenScope }>,
});

const maxExpiryDays = 3_650;

const CreateApiTokenInput = builder.inputType('CreateApiTokenInput', {
  fields: (t) => ({
    scopes: t.field({ type: [TokenScopeEnum], required: true, validate: z.array(z.enum(tokenScopes)).min(1, 'must name at least one scope') }),
    name: t.string({ description: 'What the token is for; default: its scopes joined by "+".', validate: z.string().trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters') }),
    expiresInDays: t.int({ description: `Days until it stops working, 1 to ${maxExpiryDays}; default: never.`, validate: z.number().int().min(1, 'must be at least 1').max(maxExpiryDays, `must be at most ${maxExpiryDays}`) }),
  }),
});

const CreatedApiToken = builder.objectRef<{ id: number; secret: string; scopes: TokenScope[]; expiresAt: Date | null }>('CreatedApiToken').implement({
  description: 'A new API token. Only its hash is stored: `secret` is shown here once and never again.',
  fields: (t) => ({
    id: t.exposeInt('id', { description: 'The number `npm run token -- revoke ID` takes.' }),
    secret: t.exposeString('secret', { description: 'Send as `Authorization: Bearer <secret>`.' }),
    scopes: t.field({ type: [TokenScopeEnum], resolve: (token) => token.scopes }),
    expiresAt: t.expose('expiresAt', { type: 'DateTime', nullable: true }),
  }),
});

builder.mutationField('createApiToken', (t) =>
  t.field({
    type: CreatedApiToken,
    description: 'Creates an API token, so a running server can hand out tokens without a second process opening its database. Admin only.',
    authScopes: { admin: true },
    errors: { types: mutationErrors },
    args: { input: t.arg({ type: CreateApiTokenInput, required: true }) },
    resolve: async (_root, { input }, { db }) => {
      const scopes = [...new Set(input.scopes)];
      const expiresAt = input.expiresInDays ? new Date(Date.now() + input.expiresInDays * 86_400_000) : null;
      const token = await createToken(db, { name: input.name ?? scopes.join('+'), scopes, expiresAt });
      return { ...token, scopes, expiresAt };
    },
  }),
);

const ApiToken = builder.objectRef<Awaited<ReturnType<typeof listTokens>>[number]>('ApiToken').implement({
  description: 'An API token as stored: its name, scopes and dates, never its secret (only a hash of it is kept).',
  fields: (t) => ({
    id: t.exposeInt('id', { description: 'The number `revokeApiToken` and `npm run token -- revoke ID` take.' }),
    name: t.exposeString('name'),
    scopes: t.field({ type: [TokenScopeEnum], resolve: (token) => token.scopes.filter(isTokenScope) }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    expiresAt: t.expose('expiresAt', { type: 'DateTime', nullable: true }),
    revokedAt: t.expose('revokedAt', { type: 'DateTime', nullable: true }),
  }),
});

builder.queryField('apiTokens', (t) =>
  t.field({
    type: [ApiToken],
    description: 'Every API token, live, expired or revoked, by id: what `npm run token -- list --server URL` prints. Admin only.',
    authScopes: { admin: true },
    resolve: (_root, _args, { db }) => listTokens(db),
  }),
);

const RevokedApiToken = builder.objectRef<{ id: number; revoked: boolean }>('RevokedApiToken').implement({
  fields: (t) => ({
    id: t.exposeInt('id'),
    revoked: t.exposeBoolean('revoked', { description: 'False when no live token has this id (unknown, or revoked already): nothing changed.' }),
  }),
});

builder.mutationField('revokeApiToken', (t) =>
  t.field({
    type: RevokedApiToken,
    description: 'Revokes an API token at once, so a running server can stop one without a second process opening its database; WebSockets using it are closed at the next re-check. Admin only.',
    authScopes: { admin: true },
    errors: { types: mutationErrors },
    args: { id: t.arg.int({ required: true, description: 'The token number (`CreatedApiToken.id`, `apiTokens`).' }) },
    resolve: async (_root, { id }, { db }) => ({ id, revoked: await revokeToken(db, id) }),
  }),
);
