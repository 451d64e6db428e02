import { z } from 'zod';
import { createToken, type TokenScope, tokenScopes } from '../services/tokens.js';
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
