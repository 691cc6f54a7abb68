// Who is signed in (aws-amplify/auth), their groups from the ID token, and the cart kept before sign-in.
import { fetchAuthSession, signOut as amplifySignOut } from 'aws-amplify/auth';
import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import { AddToCartDocument, call } from '../../index.ts';

export interface Session {
  email: string;
  groups: string[];
}

export interface PendingLine {
  sku: string;
  name: string;
  quantity: number;
}

interface SessionState {
  session: Session | null | undefined;
  refresh(): Promise<Session | null>;
  signOut(): Promise<void>;
  pending: PendingLine[];
  addPending(line: PendingLine): void;
  clearPending(): void;
}

const SessionContext = createContext<SessionState | undefined>(undefined);
const PENDING_KEY = 'shop.pendingCart';

function readPending(): PendingLine[] {
  try {
    const parsed: unknown = JSON.parse(sessionStorage.getItem(PENDING_KEY) ?? '[]');
    return Array.isArray(parsed) ? (parsed as PendingLine[]) : [];
  } catch {
    return [];
  }
}

async function currentSession(): Promise<Session | null> {
  try {
    const { tokens } = await fetchAuthSession();
    const payload = tokens?.idToken?.payload;
    if (!payload) return null;
    const groups = payload['cognito:groups'];
    return {
      email: typeof payload.email === 'string' ? payload.email : String(payload.sub ?? ''),
      groups: Array.isArray(groups) ? groups.map(String) : [],
    };
  } catch {
    return null;
  }
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<Session | null | undefined>(undefined);
  const [pending, setPending] = useState<PendingLine[]>(readPending);

  const savePending = (lines: PendingLine[]) => {
    sessionStorage.setItem(PENDING_KEY, JSON.stringify(lines));
    setPending(lines);
  };

  const refresh = useCallback(async () => {
    const next = await currentSession();
    // Lines picked before signing in move into the customer's own cart once they have one.
    if (next) {
      const lines = readPending();
      for (const line of lines) await call(AddToCartDocument, { sku: line.sku, quantity: line.quantity });
      if (lines.length) savePending([]);
    }
    setSession(next);
    return next;
  }, []);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  const value: SessionState = {
    session,
    refresh,
    async signOut() {
      await amplifySignOut();
      setSession(null);
    },
    pending,
    addPending(line) {
      const lines = readPending();
      const existing = lines.find((l) => l.sku === line.sku);
      if (existing) existing.quantity += line.quantity;
      else lines.push(line);
      savePending(lines);
    },
    clearPending: () => savePending([]),
  };
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionState {
  const state = useContext(SessionContext);
  if (!state) throw new Error('useSession outside SessionProvider');
  return state;
}
