import { describe, expect, it } from 'vitest';
import { dashboardOidc, dashboardOidcProblems } from './dashboard-oidc';

describe('the dashboard sign-in settings', () => {
  it('use the identity provider when issuer and client id are both set, and name the missing half', () => {
    const issuer = 'https://id.example.org/realms/mitmach';
    expect(dashboardOidc({ DASHBOARD_OIDC_SCOPE: 'openid' })).toBeNull();
    expect(
      dashboardOidc({
        DASHBOARD_OIDC_ISSUER: issuer,
        DASHBOARD_OIDC_CLIENT_ID: 'dashboard',
        DASHBOARD_OIDC_SCOPE: 'openid',
      }),
    ).toEqual({ issuer, clientId: 'dashboard', scope: 'openid' });
    expect(dashboardOidcProblems({ DASHBOARD_OIDC_ISSUER: issuer, DASHBOARD_OIDC_SCOPE: 'openid' })).toEqual([
      'DASHBOARD_OIDC_CLIENT_ID: required with DASHBOARD_OIDC_ISSUER',
    ]);
    expect(dashboardOidcProblems({ DASHBOARD_OIDC_CLIENT_ID: 'dashboard', DASHBOARD_OIDC_SCOPE: 'openid' })).toEqual([
      'DASHBOARD_OIDC_ISSUER: required with DASHBOARD_OIDC_CLIENT_ID',
    ]);
  });
});
