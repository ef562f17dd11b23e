import { useCallback, useEffect, useState } from 'react';
import { gql } from './graphql';

/** Runs a query whenever its variables change; answers to superseded variables are dropped. */
export function useQuery<T>(query: string, variables: Record<string, unknown>) {
  const key = JSON.stringify(variables);
  const [state, setState] = useState<{ key: string; data?: T; error?: unknown }>({ key });

  useEffect(() => {
    let current = true;
    gql<T>(query, JSON.parse(key)).then(
      (data) => current && setState({ key, data }),
      (error: unknown) => current && setState({ key, error }),
    );
    return () => {
      current = false;
    };
  }, [query, key]);

  const fresh = state.key === key;
  const setData = useCallback((update: (data: T) => T) => {
    setState((s) => (s.data === undefined ? s : { ...s, data: update(s.data) }));
  }, []);
  return {
    data: fresh ? state.data : undefined,
    error: fresh ? state.error : undefined,
    setData,
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
