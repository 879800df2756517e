import type { DashboardOidc } from './dashboard-routes';

export interface DashboardOidcSettings {
  DASHBOARD_OIDC_ISSUER?: string | undefined;
  DASHBOARD_OIDC_CLIENT_ID?: string | undefined;
  DASHBOARD_OIDC_SCOPE: string;
}

/** The dashboard signs people in through the identity provider when both its issuer and client id are set. */
export function dashboardOidc(settings: DashboardOidcSettings): DashboardOidc | null {
  if (!settings.DASHBOARD_OIDC_ISSUER || !settings.DASHBOARD_OIDC_CLIENT_ID) return null;
  return {
    issuer: settings.DASHBOARD_OIDC_ISSUER,
    clientId: settings.DASHBOARD_OIDC_CLIENT_ID,
    scope: settings.DASHBOARD_OIDC_SCOPE,
  };
}

/** The issuer and the client id come together: one without the other is a configuration mistake, named at start. */
export function dashboardOidcProblems(settings: DashboardOidcSettings): string[] {
  if (settings.DASHBOARD_OIDC_ISSUER && !settings.DASHBOARD_OIDC_CLIENT_ID) {
    return ['DASHBOARD_OIDC_CLIENT_ID: required with DASHBOARD_OIDC_ISSUER'];
  }
  if (settings.DASHBOARD_OIDC_CLIENT_ID && !settings.DASHBOARD_OIDC_ISSUER) {
    return ['DASHBOARD_OIDC_ISSUER: required with DASHBOARD_OIDC_CLIENT_ID'];
  }
  return [];
}
