import type { Request as LoadRequest } from 'autocannon';

/** One load of the benchmark: what each connection sends, request after request. */
export interface Load {
  name: string;
  /** The requests a connection sends in turn, round and round. */
  requests(context: LoadContext): LoadRequest[];
  /** Whether the load can be sent straight to the regions subgraph (it reads the regions service only). */
  regionsOnly: boolean;
  /** Whether plain Fastify, answering this load's JSON from memory, is measured too: the limit of this stack. */
  plainFastify: boolean;
}

export interface LoadContext {
  /** Headers every request carries (the caller header when sent straight to a subgraph). */
  headers: Record<string, string>;
  /** A staff member's bearer token, for the mutations. */
  staffToken: string;
  regionIds: readonly string[];
  /** Counts mutations that were refused; a run with any does not count. */
  refused(reason: string): void;
}

const regionList = '{ regions(first: 20) { edges { node { id name slug country } } } }';

// Regions (regions), their conferences (conferences), actions (action-pool) and team (people).
const regionJoin = `query RegionJoin($first: Int!, $filter: RegionFilter) {
  regions(first: $first, filter: $filter) {
    edges { node {
      id name
      conferences(first: 3) { edges { node { id title } } }
      actions(first: 3) { edges { node { id title } } }
      team { totalCount members { role person { displayName } } }
    } }
  }
}`;

const updateRegion = `mutation UpdateRegion($input: UpdateRegionInput!) {
  updateRegion(input: $input) { region { id description } userErrors { code message } }
}`;

const countrySets = [['DE'], ['AT'], ['CH'], ['IT'], ['DE', 'AT'], ['DE', 'CH'], ['AT', 'CH'], ['AT', 'IT'], null, []];

function post(headers: Record<string, string>, body: () => string, extra: Partial<LoadRequest> = {}): LoadRequest {
  return {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    setupRequest: (request) => ({ ...request, body: body() }),
    ...extra,
  };
}

/** One of 200 variable combinations: 20 page sizes by 10 country filters. */
function combination(index: number) {
  const countries = countrySets[Math.floor(index / 20) % countrySets.length];
  return { first: 1 + (index % 20), filter: countries && countries.length > 0 ? { countries } : null };
}

let sequence = 0;
/** A bounding box around all of the DACH region, different in its sixth decimal place on every call. */
function uniqueBox() {
  sequence += 1;
  return { south: 44 + sequence * 1e-6, west: 5, north: 56, east: 18 };
}

const randomCombination = () => combination(Math.floor(Math.random() * 200));

export const loads: Load[] = [
  {
    name: 'a: one repeated public query (20-region list)',
    regionsOnly: true,
    plainFastify: true,
    requests: ({ headers }) => [post(headers, () => JSON.stringify({ query: regionList }))],
  },
  {
    name: 'b: four-subgraph join, no two requests alike',
    regionsOnly: false,
    plainFastify: false,
    requests: ({ headers }) => [
      post(headers, () =>
        JSON.stringify({ query: regionJoin, variables: { first: 20, filter: { within: uniqueBox() } } }),
      ),
    ],
  },
  {
    name: 'c: the join, variables from 200 combinations',
    regionsOnly: false,
    plainFastify: false,
    requests: ({ headers }) => [
      post(headers, () => JSON.stringify({ query: regionJoin, variables: randomCombination() })),
    ],
  },
  {
    name: 'd: c mixed with 5% authenticated mutations',
    regionsOnly: false,
    plainFastify: false,
    requests: ({ headers, staffToken, regionIds, refused }) => {
      const read = post(headers, () => JSON.stringify({ query: regionJoin, variables: randomCombination() }));
      let edits = 0;
      const mutation = post(
        { ...headers, authorization: `Bearer ${staffToken}` },
        () => {
          edits += 1;
          const regionId = regionIds[edits % regionIds.length];
          const description = `Ein Netzwerk von Menschen aus allen Sektoren, Fassung ${edits} des Benchmarks.`;
          return JSON.stringify({ query: updateRegion, variables: { input: { regionId, description } } });
        },
        {
          onResponse: (status, body) => {
            const answer = JSON.parse(body) as {
              errors?: unknown[];
              data?: { updateRegion?: { userErrors?: unknown[] } };
            };
            if (status !== 200) refused(`HTTP ${status}`);
            else if (answer.errors?.length) refused(JSON.stringify(answer.errors[0]));
            else if (answer.data?.updateRegion?.userErrors?.length) {
              refused(JSON.stringify(answer.data.updateRegion.userErrors[0]));
            }
          },
        },
      );
      return [...Array.from({ length: 19 }, () => read), mutation];
    },
  },
];
