import { describe, expect, it, vi } from 'vitest';
import { TypedDocumentString } from './gql/graphql';
import { gql, GraphQLRequestError, UNAUTHENTICATED_EVENT } from './graphql';
import { gqlError, mockServer } from './test-utils';

describe('gql', () => {
  it('POSTs the query and variables to /graphql with the session cookie and the CSRF header', async () => {
    const { fetchMock } = mockServer(() => ({ data: { me: { id: 'u1' } } }));

    const data = await gql<{ me: { id: string } }>('query Me { me { id } }', { a: 1 });

    expect(data).toEqual({ me: { id: 'u1' } });
    const [url, init] = fetchMock.mock.calls[0];
    expect(url).toBe('/graphql');
    expect(init.method).toBe('POST');
    expect(init.credentials).toBe('same-origin');
    expect(init.headers).toMatchObject({ 'Content-Type': 'application/json', 'X-Deepnote-CSRF': '1' });
    expect(JSON.parse(init.body as string)).toEqual({ query: 'query Me { me { id } }', variables: { a: 1 } });
  });

  it('sends a generated typed document on one line, and a string literal in it as it is', async () => {
    const { fetchMock } = mockServer(() => ({ data: { me: { id: 'u1' } } }));
    const me = new TypedDocumentString<{ me: { id: string } | null }, { id: string }>('\n    query Me($id: ID!) {\n  me {\n    id\n  }\n}\n    ');
    const quoted = new TypedDocumentString<{ me: { id: string } | null }, Record<string, never>>('query Q {\n  me(note: "a  b") {\n    id\n  }\n}');

    const data = await gql(me, { id: 'u1' });
    await gql(quoted);

    expect(data.me?.id).toBe('u1');
    const sent = fetchMock.mock.calls.map(([, init]) => JSON.parse(init.body as string));
    expect(sent[0]).toEqual({ query: 'query Me($id: ID!) { me { id } }', variables: { id: 'u1' } });
    expect(sent[1].query).toBe('query Q {\n  me(note: "a  b") {\n    id\n  }\n}');
  });

  it('turns the first error into a typed error with its code and field messages, whatever the HTTP status', async () => {
    mockServer(
      () => gqlError('VALIDATION_FAILED', 'Invalid input', [{ field: 'email', message: 'Not an email address' }]),
      400,
    );

    const error = await gql('mutation { x }').catch((e: unknown) => e);

    expect(error).toBeInstanceOf(GraphQLRequestError);
    expect(error).toMatchObject({
      code: 'VALIDATION_FAILED',
      message: 'Invalid input',
      fields: [{ field: 'email', message: 'Not an email address' }],
    });
  });

  it('maps an unknown code to INTERNAL and keeps the message', async () => {
    mockServer(() => gqlError('SOMETHING_ELSE', 'Odd'));
    await expect(gql('query { x }')).rejects.toMatchObject({ code: 'INTERNAL', message: 'Odd' });
  });

  it('announces UNAUTHENTICATED so the app can show the sign-in page', async () => {
    mockServer(() => gqlError('UNAUTHENTICATED', 'Sign in first'));
    const listener = vi.fn();
    window.addEventListener(UNAUTHENTICATED_EVENT, listener);

    await expect(gql('query { x }')).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });

    window.removeEventListener(UNAUTHENTICATED_EVENT, listener);
    expect(listener).toHaveBeenCalledOnce();
  });

  it('reports a body that is not JSON as INTERNAL and an unreachable server as UNAVAILABLE', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response('<html>Bad gateway</html>', { status: 502 })));
    await expect(gql('query { x }')).rejects.toMatchObject({ code: 'INTERNAL', message: expect.stringContaining('502') });

    vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))));
    await expect(gql('query { x }')).rejects.toMatchObject({ code: 'UNAVAILABLE' });
  });
});
