/** The signed-in caller's bearer token, kept for the browser tab only. */
const storageKey = 'mitmach-dashboard-token';
const allowedRoles = ['reporting', 'staff'];

export interface Session {
  token: string;
  roles: string[];
  expiresAt: number;
}

function decode(token: string): Session | null {
  const payload = token.split('.')[1];
  if (!payload) return null;
  try {
    const claims = JSON.parse(atob(payload.replaceAll('-', '+').replaceAll('_', '/'))) as {
      roles?: unknown;
      exp?: unknown;
    };
    const roles = Array.isArray(claims.roles) ? claims.roles.filter((role) => typeof role === 'string') : [];
    const expiresAt = typeof claims.exp === 'number' ? claims.exp * 1000 : 0;
    return { token, roles, expiresAt };
  } catch {
    return null;
  }
}

/**
 * The session of this tab: a token handed over in the URL fragment (`#token=…`, links from the admin frontends)
 * wins and is taken out of the address at once, so it lands neither in the history nor in a shared link.
 */
export function currentSession(): Session | null {
  const fragment = new URLSearchParams(location.hash.slice(1));
  const handedOver = fragment.get('token');
  if (handedOver) {
    sessionStorage.setItem(storageKey, handedOver);
    history.replaceState(history.state, '', location.pathname + location.search);
  }
  const token = sessionStorage.getItem(storageKey);
  const session = token ? decode(token) : null;
  if (!session || session.expiresAt <= Date.now()) {
    sessionStorage.removeItem(storageKey);
    return null;
  }
  return session;
}

export function keepSession(token: string): Session | null {
  sessionStorage.setItem(storageKey, token);
  return currentSession();
}

export function endSession(): void {
  sessionStorage.removeItem(storageKey);
}

export const mayReport = (session: Session) => session.roles.some((role) => allowedRoles.includes(role));
