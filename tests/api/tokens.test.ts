import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SeededServer, startSeededServer } from '../support/seeded-server.js';

let seeded: SeededServer;

beforeAll(async () => {
  seeded = await startSeededServer();
});

afterAll(() => seeded?.stop());

const create = /* GraphQL */ `
  mutation ($input: CreateApiTokenInput!) {
    createApiToken(input: $input) {
      __typename
      ... on CreatedApiToken { id secret scopes expiresAt }
      ... on Error { code message }
    }
  }
`;
const list = '{ apiTokens { id name scopes createdAt expiresAt revokedAt } }';
const revoke = 'mutation ($id: Int!) { revokeApiToken(id: $id) { __typename ... on RevokedApiToken { id revoked } ... on Error { code } } }';

interface Listed {
  id: number;
  name: string;
  scopes: string[];
  createdAt: string;
  expiresAt: string | null;
  revokedAt: string | null;
}

/** A new token of its own for each test, so none depends on what another created or revoked. */
async function newToken(name: string, scopes = ['INGEST'], expiresInDays?: number) {
  const { data, errors } = await seeded.server.graphql<{ createApiToken: { id: number; secret: string; scopes: string[]; expiresAt: string | null } }>(
    create,
    { input: { scopes, name, expiresInDays } },
    seeded.tokens.admin,
  );
  expect(errors).toBeUndefined();
  return data!.createApiToken;
}

const tokensListed = async () => {
  const { data, errors } = await seeded.server.graphql<{ apiTokens: Listed[] }>(list, {}, seeded.tokens.admin);
  expect(errors).toBeUndefined();
  return data!.apiTokens;
};

/** An empty article is refused with BAD_USER_INPUT, but only once the token was accepted. */
const ingestAs = async (secret: string) => {
  const { errors } = await seeded.server.graphql('mutation { ingestArticle(input: { title: "A title", body: "   " }) { __typename } }', {}, { authorization: `Bearer ${secret}` });
  return errors?.[0]?.extensions?.code;
};

describe('API tokens over the API', () => {
  it.each([
    ['anonymous callers', {}, 'UNAUTHENTICATED'],
    ['an ingest token', 'ingest', 'FORBIDDEN'],
  ] as const)('refuses %s to create, list or revoke tokens', async (_who, as, code) => {
    const headers = as === 'ingest' ? seeded.tokens.ingest : as;
    for (const [query, variables] of [[create, { input: { scopes: ['ADMIN'] } }], [list, {}], [revoke, { id: seeded.tokens.ingestId }]] as const) {
      const { data, errors } = await seeded.server.graphql(query, variables, headers);
      expect(errors?.[0]?.extensions?.code, query).toBe(code);
      expect(data ?? null, query).toBeNull();
    }
    expect((await tokensListed()).find((t) => t.id === seeded.tokens.ingestId)?.revokedAt).toBeNull();
  });

  it('creates a token whose secret works, and lists it by id without its secret', async () => {
    const created = await newToken('listed feeder', ['INGEST'], 30);
    expect(created).toMatchObject({ scopes: ['INGEST'], secret: expect.stringMatching(/^prl_/) });
    expect(Date.parse(created.expiresAt ?? '') - Date.now()).toBeGreaterThan(29 * 86_400_000);
    expect(await ingestAs(created.secret)).toBe('BAD_USER_INPUT');
    const listed = await tokensListed();
    expect(listed).toContainEqual({ id: created.id, name: 'listed feeder', scopes: ['INGEST'], createdAt: expect.any(String), expiresAt: created.expiresAt, revokedAt: null });
    expect(listed.map((t) => t.id)).toEqual([...listed.map((t) => t.id)].sort((a, b) => a - b));
    expect(JSON.stringify(listed)).not.toContain(created.secret);
  });

  it('revokes a token at once; a second revoke, or an unknown id, changes nothing', async () => {
    const created = await newToken('to revoke');
    const first = await seeded.server.graphql<{ revokeApiToken: unknown }>(revoke, { id: created.id }, seeded.tokens.admin);
    expect(first.data?.revokeApiToken).toEqual({ __typename: 'RevokedApiToken', id: created.id, revoked: true });
    expect(await ingestAs(created.secret)).toBe('UNAUTHENTICATED');
    const revokedAt = (await tokensListed()).find((t) => t.id === created.id)?.revokedAt;
    expect(revokedAt).toEqual(expect.any(String));

    const again = await seeded.server.graphql<{ revokeApiToken: unknown }>(revoke, { id: created.id }, seeded.tokens.admin);
    expect(again.data?.revokeApiToken).toEqual({ __typename: 'RevokedApiToken', id: created.id, revoked: false });
    expect((await tokensListed()).find((t) => t.id === created.id)?.revokedAt).toBe(revokedAt);
    const unknown = await seeded.server.graphql<{ revokeApiToken: unknown }>(revoke, { id: 987_654 }, seeded.tokens.admin);
    expect(unknown.data?.revokeApiToken).toEqual({ __typename: 'RevokedApiToken', id: 987_654, revoked: false });
  });
});
