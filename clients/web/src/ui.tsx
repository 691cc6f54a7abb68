// Small shared pieces: async data with loading and error states, error messages in words, prices.
import { useCallback, useEffect, useState } from 'react';
import { describeError, formatMoney, type MoneyFieldsFragment } from '../../index.ts';

export function Price({ money }: { money: MoneyFieldsFragment }) {
  return <span className="price">{formatMoney(money)}</span>;
}

export function ErrorMessage({ error }: { error: unknown }) {
  if (error === undefined || error === null) return null;
  return (
    <p role="alert" className="error">
      {describeError(error)}
    </p>
  );
}

export interface Loaded<T> {
  data: T | undefined;
  error: unknown;
  loading: boolean;
  reload(): void;
  set(data: T): void;
}

export function useLoad<T>(load: () => Promise<T>, deps: readonly unknown[]): Loaded<T> {
  const [data, setData] = useState<T | undefined>(undefined);
  const [error, setError] = useState<unknown>(undefined);
  const [loading, setLoading] = useState(true);
  const [tick, setTick] = useState(0);
  // The caller names what the load depends on, as with useEffect.
  const run = useCallback(load, deps);
  useEffect(() => {
    let live = true;
    setLoading(true);
    run().then(
      (value) => {
        if (!live) return;
        setData(value);
        setError(undefined);
        setLoading(false);
      },
      (thrown: unknown) => {
        if (!live) return;
        setError(thrown);
        setLoading(false);
      },
    );
    return () => {
      live = false;
    };
  }, [run, tick]);
  return { data, error, loading, reload: () => setTick((t) => t + 1), set: setData };
}

export function Loading() {
  return <p aria-live="polite">Loading…</p>;
}
