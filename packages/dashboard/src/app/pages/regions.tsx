import { RegionPointsDocument, type RegionPointsQuery } from '../../generated/graphql';
import { request } from '../api/client';
import { Chart } from '../components/chart';
import { countries } from '../filters';
import { type MessageKey, useTranslator } from '../i18n';
import { seriesOf } from '../series';
import { useLoad } from '../use-query';
import type { PageProps } from './page-props';
import { Pending } from './pending';

type RegionNode = RegionPointsQuery['regions']['edges'][number]['node'];

async function regionsOf(token: string | null, country: string | null, field: string | null) {
  const filter = { ...(country ? { countries: [country] } : {}), ...(field ? { fieldsOfAction: [field] } : {}) };
  const regions: RegionNode[] = [];
  let after: string | null = null;
  for (let page = 0; page < 20; page += 1) {
    const data: RegionPointsQuery = await request(RegionPointsDocument, { filter, after }, token);
    regions.push(...data.regions.edges.map((edge) => edge.node));
    if (!data.regions.pageInfo.hasNextPage) break;
    after = data.regions.pageInfo.endCursor ?? null;
  }
  return regions;
}

export function Regions({ filters }: PageProps) {
  const { t } = useTranslator();
  const shown = filters.country ? [filters.country] : [...countries];
  const key = JSON.stringify(filters);
  const map = useLoad(`map${key}`, (token) => regionsOf(token, filters.country, filters.field));
  const growth = useLoad(`growth${key}`, (token) =>
    Promise.all(shown.map((country) => seriesOf(token, filters, 'REGIONS', 'YEAR', [country]))),
  );
  const countryName = (code: string) => t(`country.${code}` as MessageKey);
  return (
    <>
      <Pending loaded={map}>
        {(regions) => {
          const joined = regions.filter((region) => Number(region.joinedOn.slice(0, 4)) <= filters.toYear);
          return (
            <Chart
              name="regions-map"
              title={t('chart.map')}
              definition={t('def.map')}
              height={480}
              option={{
                tooltip: { trigger: 'item' },
                geo: {
                  map: 'dach',
                  roam: false,
                  boundingCoords: [
                    [5.5, 55.2],
                    [17.3, 45.8],
                  ],
                  itemStyle: { areaColor: '#eef3ea', borderColor: '#7a8f73' },
                  label: { show: false },
                  silent: true,
                },
                visualMap: {
                  type: 'continuous',
                  min: Math.min(...joined.map((region) => Number(region.joinedOn.slice(0, 4))), filters.toYear),
                  max: filters.toYear,
                  dimension: 2,
                  inRange: { color: ['#9fc5a0', '#1f5f3a'] },
                  calculable: false,
                  left: 'right',
                  text: [String(filters.toYear), ''],
                },
                series: [
                  {
                    type: 'scatter',
                    coordinateSystem: 'geo',
                    symbolSize: 9,
                    data: joined.map((region) => ({
                      name: region.name,
                      value: [region.location.lng, region.location.lat, Number(region.joinedOn.slice(0, 4))],
                    })),
                  },
                ],
              }}
              columns={[t('col.region'), t('col.country'), t('col.joined')]}
              rows={joined.map((region) => [region.name, region.country, region.joinedOn])}
            />
          );
        }}
      </Pending>
      <Pending loaded={growth}>
        {(series) => {
          const years = series[0]?.map((point) => point.periodStart.slice(0, 4)) ?? [];
          return (
            <Chart
              name="regions-growth"
              title={t('chart.growth')}
              definition={t('def.growth')}
              option={{
                tooltip: { trigger: 'axis' },
                legend: { top: 0 },
                grid: { top: 40, left: 48, right: 16, bottom: 32 },
                xAxis: { type: 'category', data: years },
                yAxis: { type: 'value', minInterval: 1 },
                series: shown.map((country, index) => ({
                  name: countryName(country),
                  type: 'line',
                  data: series[index]?.map((point) => point.value) ?? [],
                })),
              }}
              columns={[t('col.year'), ...shown.map(countryName)]}
              rows={years.map((year, row) => [year, ...shown.map((_, index) => series[index]?.[row]?.value ?? 0)])}
            />
          );
        }}
      </Pending>
    </>
  );
}
