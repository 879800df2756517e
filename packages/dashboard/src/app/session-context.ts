import { createContext } from 'preact';
import type { Session } from './auth/session';

export const SessionContext = createContext<Session | null>(null);
