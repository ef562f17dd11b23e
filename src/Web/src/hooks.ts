import { useCallback, useEffect, useRef, useState } from 'react';
import { gql } from './graphql';

/** Runs a query whenever its variables change (or on reload); answers to superseded requests are dropped. A local
 * change (setData) before the first answer arrives asks again rather than being lost. */
export function useQuery<T>(query: string, variables: Record<string, unknown>) {
  const key = JSON.stringify(variables);
  const [state, setState] = useState<{ key: string; data?: T; error?: unknown }>({ key });
  // Reloading keeps the current answer on screen until the new one arrives.
  const [version, setVersion] = useState(0);

  useEffect(() => {
    let current = true;
    gql<T>(query, JSON.parse(key)).then(
      (data) => current && setState({ key, data }),
      (error: unknown) => current && setState({ key, error }),
    );
    return () => {
      current = false;
    };
  }, [query, key, version]);

  const fresh = state.key === key;
  const latest = useRef(state);
  useEffect(() => {
    latest.current = state;
  }, [state]);
  // A change made while the answer is still on its way could be lost (that answer may predate it): ask again
  // instead, superseding the request in flight.
  const setData = useCallback((update: (data: T) => T) => {
    if (latest.current.data === undefined) {
      setVersion((v) => v + 1);
      return;
    }
    setState((s) => (s.data === undefined ? s : { ...s, data: update(s.data) }));
  }, []);
  const reload = useCallback(() => setVersion((v) => v + 1), []);
  return {
    data: fresh ? state.data : undefined,
    error: fresh ? state.error : undefined,
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
