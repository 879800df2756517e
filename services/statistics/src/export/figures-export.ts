import type { ExportHandler } from '@mitmach/server-kit';
import { GraphQLError } from 'graphql';
import { seesSmallCounts } from '../access/suppression';
import { readScope } from '../modules/figures/scope';
import { toCsv } from './csv';
import { readExportQuery } from './export-query';
import { figuresTable } from './figures-table';

/**
 * `GET /exports/figures.csv?from=YYYY-MM-DD&to=YYYY-MM-DD&countries=DE,AT`: the network's figures per month, for
 * spreadsheets. The gateway forwards `/exports/statistics/figures.csv` here with the verified caller.
 */
export const figuresExport: ExportHandler = async ({ query: raw, caller, db }) => {
  const query = readExportQuery(raw);
  if (!query.ok) return { ok: false, message: query.message };
  let scope: ReturnType<typeof readScope>;
  try {
    scope = readScope({ from: query.value.from, to: query.value.to, countries: query.value.countries ?? null });
  } catch (error) {
    if (!(error instanceof GraphQLError)) throw error;
    return { ok: false, message: error.message };
  }
  const { header, rows } = await figuresTable(db, scope, seesSmallCounts(caller));
  const countries = scope.countries ? `_${scope.countries.join('-')}` : '';
  return {
    ok: true,
    contentType: 'text/csv; charset=utf-8',
    filename: `mitmach-statistics_${query.value.from}_${query.value.to}${countries}.csv`,
    cacheControl: 'private, max-age=300',
    body: toCsv(header, rows),
  };
};
