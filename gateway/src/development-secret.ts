/**
 * The HS256 secret of embedded mode, so that `pnpm token` can sign tokens the local platform accepts. Distributed
 * deployments must set JWT_SECRET or JWKS_URL themselves.
 */
export const embeddedJwtSecret = 'mitmach-embedded-development-secret-not-for-production';
