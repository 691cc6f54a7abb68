// One query's state for a screen: its data, its error in words, and a way to run it again.
import { useCallback, useEffect, useState } from 'react';
import { describeError } from '../../index.ts';

export interface QueryState<T> {
  data: T | undefined;
  error: string | undefined;
  reload(): void;
}

/** Runs `load` on mount and whenever `key` changes; a late answer to an older key is dropped. */
export function useQuery<T>(key: string, load: () => Promise<T>): QueryState<T> {
  const [state, setState] = useState<{ key: string; data?: T; error?: string }>({ key: '' });
  const [generation, setGeneration] = useState(0);
  // `load` changes on every render; `key` says when its answer changes.
  const run = useCallback(load, [key, generation]);
  useEffect(() => {
    let current = true;
    run().then(
      (data) => current && setState({ key, data }),
      (error: unknown) => current && setState({ key, error: describeError(error) }),
    );
    return () => {
      current = false;
    };
  }, [run, key]);
  return {
    data: state.key === key ? state.data : undefined,
    error: state.key === key ? state.error : undefined,
    reload: () => setGeneration((g) => g + 1),
  };
}
