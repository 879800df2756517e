/** Where the API is: the origin the script was loaded from, unless an element names another with `api-url`. */
let scriptOrigin: string | null = null;

export function rememberScriptOrigin(script: HTMLOrSVGScriptElement | null): void {
  if (script instanceof HTMLScriptElement && script.src) scriptOrigin = new URL(script.src).origin;
}

export function apiOrigin(element: HTMLElement): string {
  const configured = element.getAttribute('api-url');
  if (configured) return new URL(configured, document.baseURI).origin;
  return scriptOrigin ?? window.location.origin;
}

export class ApiError extends Error {}

/** One GraphQL request, anonymous or with the partner's key; a page without `api-key` reads as anonymous. */
export async function graphql<Data>(
  element: HTMLElement,
  query: string,
  variables: Record<string, unknown>,
  signal: AbortSignal,
): Promise<Data> {
  const apiKey = element.getAttribute('api-key');
  const response = await fetch(`${apiOrigin(element)}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(apiKey ? { 'x-api-key': apiKey } : {}) },
    body: JSON.stringify({ query, variables }),
    signal,
    credentials: 'omit',
  });
  const body = (await response.json()) as { data?: Data | null; errors?: { message: string }[] };
  if (body.errors?.length || !body.data) {
    throw new ApiError(body.errors?.[0]?.message ?? `The API answered ${response.status}.`);
  }
  return body.data;
}

/** A comma-separated attribute as a list of its values (`country="DE,AT"`). */
export function listAttribute(element: HTMLElement, name: string): string[] {
  return (element.getAttribute(name) ?? '')
    .split(',')
    .map((value) => value.trim())
    .filter((value) => value !== '');
}
