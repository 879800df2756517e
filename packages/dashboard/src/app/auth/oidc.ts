import * as oauth from 'oauth4webapi';

/** How the gateway tells the page to sign people in: the identity provider, or the embedded mode's button. */
export interface SignInConfig {
  developmentSignIn: boolean;
  oidc: { issuer: string; clientId: string; scope: string } | null;
}

const pendingKey = 'mitmach-dashboard-pkce';
const callbackPath = '/dashboard/callback';

async function authorizationServer(issuer: string) {
  const url = new URL(issuer);
  return oauth.processDiscoveryResponse(url, await oauth.discoveryRequest(url, { algorithm: 'oidc' }));
}

/** Sends the browser to the identity provider: authorization code with PKCE (S256), state and nonce. */
export async function startOidcSignIn(config: NonNullable<SignInConfig['oidc']>, returnTo: string): Promise<void> {
  const server = await authorizationServer(config.issuer);
  if (!server.authorization_endpoint) throw new Error('The identity provider has no authorization endpoint.');
  const verifier = oauth.generateRandomCodeVerifier();
  const state = oauth.generateRandomState();
  const nonce = oauth.generateRandomNonce();
  sessionStorage.setItem(pendingKey, JSON.stringify({ verifier, state, nonce, returnTo }));
  const url = new URL(server.authorization_endpoint);
  url.search = new URLSearchParams({
    client_id: config.clientId,
    redirect_uri: new URL(callbackPath, location.origin).href,
    response_type: 'code',
    scope: config.scope,
    code_challenge: await oauth.calculatePKCECodeChallenge(verifier),
    code_challenge_method: 'S256',
    state,
    nonce,
  }).toString();
  location.assign(url.href);
}

/** Completes the sign-in on the callback page: the code is exchanged for tokens; returns the access token. */
export async function finishOidcSignIn(
  config: NonNullable<SignInConfig['oidc']>,
): Promise<{ token: string; returnTo: string }> {
  const pending = JSON.parse(sessionStorage.getItem(pendingKey) ?? 'null') as {
    verifier: string;
    state: string;
    nonce: string;
    returnTo: string;
  } | null;
  sessionStorage.removeItem(pendingKey);
  if (!pending) throw new Error('No sign-in was started in this tab.');
  const server = await authorizationServer(config.issuer);
  const client: oauth.Client = { client_id: config.clientId };
  const parameters = oauth.validateAuthResponse(server, client, new URL(location.href), pending.state);
  const response = await oauth.authorizationCodeGrantRequest(
    server,
    client,
    oauth.None(),
    parameters,
    new URL(callbackPath, location.origin).href,
    pending.verifier,
  );
  const result = await oauth.processAuthorizationCodeResponse(server, client, response, {
    expectedNonce: pending.nonce,
    requireIdToken: true,
  });
  return { token: result.access_token, returnTo: pending.returnTo };
}

export async function loadSignInConfig(): Promise<SignInConfig> {
  const response = await fetch('/dashboard/config.json');
  if (!response.ok) throw new Error(`The sign-in configuration could not be loaded (${response.status}).`);
  return (await response.json()) as SignInConfig;
}

/** The embedded mode's development sign-in: a short-lived reporting token signed by the platform itself. */
export async function developmentSignIn(): Promise<string> {
  const response = await fetch('/dashboard/development-sign-in', { method: 'POST' });
  if (!response.ok) throw new Error(`The development sign-in failed (${response.status}).`);
  return ((await response.json()) as { token: string }).token;
}
