import { Chart } from '../components/chart';
import { Figure } from '../components/figure';
import { type MessageKey, useTranslator } from '../i18n';
import { seriesOf } from '../series';
import { useLoad } from '../use-query';
import type { HeadlineFigures, PageProps } from './page-props';
import { Pending } from './pending';

const kinds = ['deposited', 'matched', 'granted'] as const;
const metrics = {
  deposited: 'FUNDING_DEPOSITED_CENTS',
  matched: 'FUNDING_MATCHED_CENTS',
  granted: 'FUNDING_GRANTED_CENTS',
} as const;

export function Funding({ filters, figures, previous }: PageProps) {
  const translator = useTranslator();
  const { t } = translator;
  const cents = (of: HeadlineFigures, kind: (typeof kinds)[number]) => of.funding[`${kind}Cents`];
  const perYear = useLoad(`funding${JSON.stringify(filters)}`, (token) =>
    Promise.all(kinds.map((kind) => seriesOf(token, filters, metrics[kind], 'YEAR'))),
  );
  return (
    <>
      <div class="figures">
        {kinds.map((kind) => (
          <Figure
            key={kind}
            name={`funding-${kind}`}
            label={t(`funding.${kind}` as MessageKey)}
            definition={t(`def.${kind}` as MessageKey)}
            value={cents(figures, kind)}
            previous={cents(previous, kind)}
            format={translator.euro}
          />
        ))}
      </div>
      <Pending loaded={perYear}>
        {(series) => {
          const years = series[0]?.map((point) => point.periodStart.slice(0, 4)) ?? [];
          return (
            <Chart
              name="funding-per-year"
              title={t('chart.fundingPerYear')}
              definition={`${t('def.fundingPerYear')} ${t('def.funding')}`}
              option={{
                tooltip: { trigger: 'axis' },
                legend: { top: 0 },
                grid: { top: 40, left: 72, right: 16, bottom: 32 },
                xAxis: { type: 'category', data: years },
                yAxis: { type: 'value', axisLabel: { formatter: (value: number) => translator.euro(value * 100) } },
                series: kinds.map((kind, index) => ({
                  name: t(`funding.${kind}` as MessageKey),
                  type: 'bar',
                  data: series[index]?.map((point) => point.value / 100) ?? [],
                })),
              }}
              columns={[
                t('col.year'),
                ...kinds.map((kind) => `${t(`funding.${kind}` as MessageKey)} (${t('col.euro')})`),
              ]}
              rows={years.map((year, row) => [
                year,
                ...kinds.map((_, index) => (series[index]?.[row]?.value ?? 0) / 100),
              ])}
            />
          );
        }}
      </Pending>
    </>
  );
}
