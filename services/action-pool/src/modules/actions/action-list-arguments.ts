import { badUserInput } from '@mitmach/server-kit';
import type { ActionStatus } from '../../db/schema';
import { checkSdgs } from './action-input';
import type { ActionListFilter, ActionOrder } from './action-list.repository';

export interface ListArguments {
  filter?: {
    search?: string | null;
    fieldsOfAction?: readonly string[] | null;
    sdgs?: readonly number[] | null;
    countries?: readonly string[] | null;
    originRegionIds?: readonly string[] | null;
    statuses?: readonly ActionStatus[] | null;
  } | null;
  sort?: ActionOrder | null;
}

const maxSearchLength = 200;

/** Validates list arguments and picks the order: by relevance when searching, newest first otherwise. */
export function readListArguments({ filter, sort }: ListArguments): { filter: ActionListFilter; order: ActionOrder } {
  const search = filter?.search?.trim() ?? null;
  if (search !== null && (search.length === 0 || search.length > maxSearchLength)) {
    throw badUserInput(`The search needs 1 to ${maxSearchLength} characters.`, 'filter.search');
  }
  const sdgs = filter?.sdgs ?? [];
  if (checkSdgs(sdgs, []).length > 0) throw badUserInput('SDGs are numbered 1 to 17.', 'filter.sdgs');
  if (sort === 'relevance' && search === null) {
    throw badUserInput('Sorting by relevance needs a search.', 'sort');
  }
  return {
    filter: {
      search,
      fieldsOfAction: filter?.fieldsOfAction ?? [],
      sdgs,
      countries: filter?.countries ?? [],
      originRegionIds: filter?.originRegionIds ?? [],
      statuses: filter?.statuses?.length ? filter.statuses : ['published'],
    },
    order: sort ?? (search === null ? 'newest' : 'relevance'),
  };
}
