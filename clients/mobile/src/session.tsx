// Who is signed in (aws-amplify/auth, the same Cognito user pool as the storefront's): the app's screens read
// it to decide between the cart and a "sign in first" prompt.
import { fetchAuthSession, signOut as amplifySignOut } from 'aws-amplify/auth';
import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';

interface SessionState {
  /** undefined while asking Amplify, null when signed out */
  email: string | null | undefined;
  refresh(): Promise<void>;
  signOut(): Promise<void>;
}

const SessionContext = createContext<SessionState | undefined>(undefined);

async function signedInEmail(): Promise<string | null> {
  try {
    const payload = (await fetchAuthSession()).tokens?.idToken?.payload;
    if (!payload) return null;
    return typeof payload.email === 'string' ? payload.email : String(payload.sub ?? '');
  } catch {
    return null;
  }
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const [email, setEmail] = useState<string | null | undefined>(undefined);
  const refresh = useCallback(async () => setEmail(await signedInEmail()), []);
  useEffect(() => {
    void refresh();
  }, [refresh]);
  const signOut = useCallback(async () => {
    await amplifySignOut();
    setEmail(null);
  }, []);
  return <SessionContext.Provider value={{ email, refresh, signOut }}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionState {
  const state = useContext(SessionContext);
  if (!state) throw new Error('useSession outside SessionProvider');
  return state;
}
