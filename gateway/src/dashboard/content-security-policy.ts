/**
 * The dashboard's policy: its own scripts and styles only (the build has nothing inline), data only from this
 * gateway and, for the sign-in, from the identity provider; no frames, forms, plugins or base changes.
 */
export function dashboardContentSecurityPolicy(identityProviderOrigin: string | null): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data: blob:",
    `connect-src 'self'${identityProviderOrigin ? ` ${identityProviderOrigin}` : ''}`,
    "manifest-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
    "object-src 'none'",
  ].join('; ');
}
