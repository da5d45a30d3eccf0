import { createContext, useContext } from 'react';

export interface Session {
  /** Forget everything of the current user and show the login page. */
  end(): Promise<void>;
}

export const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession must be used inside the session provider.');
  return session;
}
