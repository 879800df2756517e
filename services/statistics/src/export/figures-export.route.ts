import { callerHeader, readCallerHeader } from '@mitmach/auth';
import type { Db } from '@mitmach/db';
import type { SubgraphServer } from '@mitmach/server-kit';
import { GraphQLError } from 'graphql';
import { seesSmallCounts } from '../access/suppression';
import { readScope } from '../modules/figures/scope';
import { toCsv } from './csv';
import { readExportQuery } from './export-query';
import { figuresTable } from './figures-table';

export const figuresExportPath = '/exports/figures.csv';

function badRequest(message: string) {
  return { errors: [{ message, extensions: { code: 'BAD_USER_INPUT' } }] };
}

/**
 * `GET /exports/figures.csv?from=YYYY-MM-DD&to=YYYY-MM-DD&countries=DE,AT`: the network's figures per month, for
 * spreadsheets. The gateway forwards `/exports/statistics/figures.csv` here with the verified caller.
 */
export function registerFiguresExport(app: SubgraphServer['app'], options: { db: Db; callerSecret: string }): void {
  app.get(figuresExportPath, async (request, reply) => {
    const query = readExportQuery(request.query);
    if (!query.ok) return reply.status(400).send(badRequest(query.message));
    let scope: ReturnType<typeof readScope>;
    try {
      scope = readScope({ from: query.value.from, to: query.value.to, countries: query.value.countries ?? null });
    } catch (error) {
      if (!(error instanceof GraphQLError)) throw error;
      return reply.status(400).send(badRequest(error.message));
    }
    const caller = await readCallerHeader(request.headers[callerHeader], options.callerSecret);
    const { header, rows } = await figuresTable(options.db, scope, seesSmallCounts(caller));
    const countries = scope.countries ? `_${scope.countries.join('-')}` : '';
    return reply
      .header('content-type', 'text/csv; charset=utf-8')
      .header(
        'content-disposition',
        `attachment; filename="mitmach-statistics_${query.value.from}_${query.value.to}${countries}.csv"`,
      )
      .header('cache-control', 'private, max-age=300')
      .send(toCsv(header, rows));
  });
}
