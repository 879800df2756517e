import { Chart } from '../components/chart';
import { countries } from '../filters';
import { type MessageKey, useTranslator } from '../i18n';
import type { PageProps } from './page-props';

export function Impact({ figures }: PageProps) {
  const { t } = useTranslator();
  const stages: [MessageKey, number][] = [
    ['stage.outcomes', figures.outcomes.total],
    ['stage.actions', figures.actions.published],
    ['stage.started', figures.actions.adoptionsStarted],
    ['stage.implemented', figures.actions.adoptionsImplemented],
  ];
  const top = figures.actions.topActions;
  const regionsIn = (action: (typeof top)[number], country: string) =>
    action.action?.spread?.countries.find((entry) => entry.country === country)?.regions ?? 0;
  return (
    <>
      <Chart
        name="impact-chain"
        title={t('chart.funnel')}
        definition={t('def.funnel')}
        // Bars rather than a funnel: adoptions in a period also take up actions published before it, so the stages
        // need not narrow, and a funnel would draw a shape the figures do not have.
        option={{
          tooltip: { trigger: 'axis' },
          grid: { top: 16, left: 200, right: 48, bottom: 24 },
          yAxis: { type: 'category', inverse: true, data: stages.map(([stage]) => t(stage)) },
          xAxis: { type: 'value', minInterval: 1 },
          series: [
            {
              type: 'bar',
              name: t('chart.funnel'),
              label: { show: true, position: 'right' },
              data: stages.map(([, value]) => value),
            },
          ],
        }}
        columns={[t('col.stage'), t('col.count')]}
        rows={stages.map(([stage, value]) => [t(stage), value])}
      />
      <Chart
        name="action-spread"
        title={t('chart.spread')}
        definition={t('def.spread')}
        height={Math.max(240, top.length * 44)}
        option={{
          tooltip: { trigger: 'axis' },
          legend: { top: 0 },
          grid: { top: 32, left: 260, right: 16, bottom: 24 },
          yAxis: { type: 'category', inverse: true, data: top.map((action) => action.title) },
          xAxis: { type: 'value', minInterval: 1 },
          series: countries.map((country) => ({
            name: t(`country.${country}` as MessageKey),
            type: 'bar',
            stack: 'regions',
            data: top.map((action) => regionsIn(action, country)),
          })),
        }}
        columns={[t('col.action'), ...countries.map((country) => t(`country.${country}` as MessageKey))]}
        rows={top.map((action) => [action.title, ...countries.map((country) => regionsIn(action, country))])}
      />
    </>
  );
}
