import { QueryClient, useQueryClient, useQuery as useTanStackQuery, type QueryKey } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { documentText, gql, GraphQLRequestError, type TypedDocument } from './graphql';

/**
 * The app's query cache. Queries refetch on mount (showing what the cache holds meanwhile) and on reload, never on
 * window focus; GraphQL errors are not retried (only a query that could not reach the server is, twice). Signing
 * in or out clears it (see App), so nobody sees the previous person's answers.
 */
export function createQueryClient(options: { retry?: boolean; gcTime?: number } = {}) {
  return new QueryClient({
    defaultOptions: {
      queries: {
        refetchOnWindowFocus: false,
        retry: options.retry === false ? false : (failures, error) =>
          failures < 2 && error instanceof GraphQLRequestError && error.code === 'UNAVAILABLE',
        ...(options.gcTime !== undefined && { gcTime: options.gcTime }),
      },
      // Mutations go through useAction, not TanStack Query: never retried either way.
      mutations: { retry: false },
    },
  });
}

export interface QueryResult<T> {
  /** The answer for the current variables: undefined while the first one loads, and after a failed (re)load. */
  data: T | undefined;
  error: unknown;
  /** A local change to the answer; before the first answer arrives, asks again instead (the answer may predate it). */
  setData: (update: (data: T) => T) => void;
  /** Asks again, keeping the current answer on screen until the new one arrives; resolves once it has. */
  reload: () => Promise<void>;
}

export interface QueryOptions<T> {
  /** Polls every so many ms while this returns a number (given the latest answer). A failed poll keeps that answer on
   * screen, with its error, and is tried again at the next interval. */
  pollMs?: (data: T | undefined) => number | false;
}

/**
 * Runs a query (a generated typed document, or a document's text) with TanStack Query, keyed by the document and
 * its variables: answers to superseded variables are never shown.
 */
export function useQuery<TResult, TVariables>(
  query: TypedDocument<TResult, TVariables>,
  variables: TVariables,
  options?: QueryOptions<TResult>,
): QueryResult<TResult>;
export function useQuery<T>(query: string, variables: Record<string, unknown>, options?: QueryOptions<T>): QueryResult<T>;
export function useQuery<T>(
  query: string | TypedDocument<T, never>,
  variables: unknown,
  options: QueryOptions<T> = {},
): QueryResult<T> {
  const client = useQueryClient();
  const queryKey: QueryKey = [documentText(query), variables];
  const { pollMs } = options;
  const result = useTanStackQuery<T>({
    queryKey,
    queryFn: ({ queryKey: [text, vars] }) => gql<T>(text as string, vars as Record<string, unknown>),
    ...(pollMs && {
      refetchInterval: (q) => pollMs(q.state.data),
      refetchIntervalInBackground: true,
    }),
  });

  const latest = useRef({ client, queryKey, refetch: result.refetch });
  useEffect(() => {
    latest.current = { client, queryKey, refetch: result.refetch };
  });
  // Asks again, superseding a request in flight (TanStack would join one that has no answer yet: its answer may
  // predate what made us ask).
  const reload = useCallback(async () => {
    const { client, queryKey, refetch } = latest.current;
    await client.cancelQueries({ queryKey, exact: true });
    await refetch();
  }, []);
  const setData = useCallback((update: (data: T) => T) => {
    const { client, queryKey } = latest.current;
    const state = client.getQueryState<T>(queryKey);
    if (state?.data === undefined || state.status !== 'success') {
      void reload();
      return;
    }
    client.setQueryData<T>(queryKey, (data) => (data === undefined ? data : update(data)));
  }, [reload]);

  const failed = result.status === 'error';
  return {
    data: failed && !pollMs ? undefined : result.data,
    error: result.error ?? undefined,
    setData,
    reload,
  };
}

/** Tracks one user action at a time: busy while it runs, its error afterwards (undefined result on error). */
export function useAction() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const run = useCallback(async <T>(action: () => Promise<T>): Promise<T | undefined> => {
    setBusy(true);
    setError(undefined);
    try {
      return await action();
    } catch (e) {
      setError(e);
      return undefined;
    } finally {
      setBusy(false);
    }
  }, []);
  return { busy, error, run };
}
