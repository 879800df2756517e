import { useContext, useEffect, useState } from 'preact/hooks';
import type { TypedDocumentString } from '../generated/graphql';
import { request } from './api/client';
import { SessionContext } from './session-context';

export type Loaded<Value> =
  | { state: 'loading' }
  | { state: 'error'; message: string }
  | { state: 'ready'; data: Value };

/** Loads something from the API again whenever the key (the filters it depends on) changes. */
export function useLoad<Value>(key: string, load: (token: string | null) => Promise<Value>): Loaded<Value> {
  const session = useContext(SessionContext);
  const [loaded, setLoaded] = useState<Loaded<Value>>({ state: 'loading' });
  // The key stands for everything load depends on, so load itself is left out of the dependencies.
  useEffect(() => {
    let current = true;
    setLoaded({ state: 'loading' });
    load(session?.token ?? null).then(
      (data) => current && setLoaded({ state: 'ready', data }),
      (error: Error) => current && setLoaded({ state: 'error', message: error.message }),
    );
    return () => {
      current = false;
    };
  }, [key, session?.token]);
  return loaded;
}

export function useQuery<Result, Variables>(
  document: TypedDocumentString<Result, Variables>,
  variables: Variables,
): Loaded<Result> {
  return useLoad(JSON.stringify(variables), (token) => request(document, variables, token));
}
