import { SectorMixDocument, type SectorMixQuery } from '../../generated/graphql';
import { request } from '../api/client';
import { Chart } from '../components/chart';
import { statisticsFilter } from '../filters';
import { type MessageKey, useTranslator } from '../i18n';
import { quarterOf, seriesOf } from '../series';
import { useLoad } from '../use-query';
import type { PageProps } from './page-props';
import { Pending } from './pending';

type Participants = SectorMixQuery['networkStatistics']['conferences']['participants'];

export function Conferences({ filters }: PageProps) {
  const translator = useTranslator();
  const { t } = translator;
  const key = JSON.stringify(filters);
  const quarters = useLoad(`quarters${key}`, (token) =>
    Promise.all([
      seriesOf(token, filters, 'CONFERENCES_HELD', 'QUARTER'),
      seriesOf(token, filters, 'PARTICIPANTS', 'QUARTER'),
    ]),
  );
  const years = Array.from({ length: filters.toYear - filters.fromYear + 1 }, (_, index) => filters.fromYear + index);
  const mix = useLoad(`mix${key}`, (token) =>
    Promise.all(
      years.map(async (year) => {
        const period = { from: `${year}-01-01`, to: `${year}-12-31` };
        const data = await request(SectorMixDocument, { filter: statisticsFilter(filters, period) }, token);
        return data.networkStatistics.conferences.participants;
      }),
    ),
  );
  const sectorName = (sector: string) => t(`sector.${sector}` as MessageKey);
  const countCell = (count: Participants['bySector'][number]['count']) => count.value ?? `< ${count.fewerThan ?? 5}`;
  return (
    <>
      <Pending loaded={quarters}>
        {([held, participants]) => {
          const labels = held.map((point) => quarterOf(point.periodStart));
          return (
            <>
              <Chart
                name="conferences-per-quarter"
                title={t('chart.perQuarter')}
                definition={t('def.perQuarter')}
                option={{
                  tooltip: { trigger: 'axis' },
                  grid: { top: 16, left: 40, right: 16, bottom: 48 },
                  xAxis: { type: 'category', data: labels, axisLabel: { rotate: 45 } },
                  yAxis: { type: 'value', minInterval: 1 },
                  series: [{ type: 'bar', name: t('chart.perQuarter'), data: held.map((point) => point.value) }],
                }}
                columns={[t('col.period'), t('col.count')]}
                rows={held.map((point, index) => [labels[index] ?? '', point.value])}
              />
              <Chart
                name="participants-per-quarter"
                title={t('chart.participantsPerQuarter')}
                definition={t('def.participantsPerQuarter')}
                option={{
                  tooltip: { trigger: 'axis' },
                  grid: { top: 16, left: 48, right: 16, bottom: 48 },
                  xAxis: { type: 'category', data: labels, axisLabel: { rotate: 45 } },
                  yAxis: { type: 'value', minInterval: 1 },
                  series: [
                    {
                      type: 'line',
                      areaStyle: {},
                      name: t('chart.participantsPerQuarter'),
                      data: participants.map((point) => point.value),
                    },
                  ],
                }}
                columns={[t('col.period'), t('fig.participants')]}
                rows={participants.map((point, index) => [labels[index] ?? '', point.value])}
              />
            </>
          );
        }}
      </Pending>
      <Pending loaded={mix}>
        {(perYear) => {
          const sectors = perYear[0]?.bySector.map((entry) => entry.sector) ?? [];
          return (
            <Chart
              name="sector-mix"
              title={t('chart.sectorMix')}
              definition={`${t('def.sectorMix')} ${t('def.diversity')}`}
              height={360}
              option={{
                tooltip: { trigger: 'axis' },
                legend: { top: 0 },
                grid: { top: 56, left: 48, right: 48, bottom: 32 },
                xAxis: { type: 'category', data: years.map(String) },
                yAxis: [
                  { type: 'value', max: 1, axisLabel: { formatter: (value: number) => translator.percent(value) } },
                  { type: 'value', min: 0, max: 1, name: t('col.diversity') },
                ],
                series: [
                  ...sectors.map((sector) => ({
                    name: sectorName(sector),
                    type: 'bar',
                    stack: 'mix',
                    data: perYear.map(
                      (participants) => participants.bySector.find((entry) => entry.sector === sector)?.share ?? null,
                    ),
                  })),
                  {
                    name: t('col.diversity'),
                    type: 'line',
                    yAxisIndex: 1,
                    data: perYear.map((participants) => participants.diversityIndex),
                  },
                ],
              }}
              columns={[t('col.year'), ...sectors.map(sectorName), t('fig.participants'), t('col.diversity')]}
              rows={perYear.map((participants, index) => [
                years[index] ?? '',
                ...sectors.map((sector) => {
                  const entry = participants.bySector.find((candidate) => candidate.sector === sector);
                  return entry ? countCell(entry.count) : null;
                }),
                participants.total,
                participants.diversityIndex === null ? null : translator.number(participants.diversityIndex, 2),
              ])}
            />
          );
        }}
      </Pending>
    </>
  );
}
