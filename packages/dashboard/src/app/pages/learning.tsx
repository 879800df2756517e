import { Chart } from '../components/chart';
import { useTranslator } from '../i18n';
import type { PageProps } from './page-props';

export function Learning({ figures }: PageProps) {
  const translator = useTranslator();
  const { t } = translator;
  const offers = [
    ...figures.learning.courses.targets.map((target) => ({ ...target, kind: t('kind.course') })),
    ...figures.learning.programs.targets.map((target) => ({ ...target, kind: t('kind.program') })),
    ...figures.learning.cohorts.targets.map((target) => ({ ...target, kind: t('kind.cohort') })),
  ];
  return (
    <Chart
      name="learning"
      title={t('chart.learning')}
      definition={`${t('def.learning')} ${t('def.completionRate')} ${t('def.learningCountry')}`}
      height={Math.max(280, offers.length * 40)}
      option={{
        tooltip: { trigger: 'axis' },
        legend: { top: 0 },
        grid: { top: 32, left: 240, right: 48, bottom: 24 },
        yAxis: { type: 'category', inverse: true, data: offers.map((offer) => offer.title) },
        xAxis: [
          { type: 'value', minInterval: 1 },
          { type: 'value', max: 1, show: false },
        ],
        series: [
          { name: t('col.enrollments'), type: 'bar', data: offers.map((offer) => offer.enrollments) },
          { name: t('col.completions'), type: 'bar', data: offers.map((offer) => offer.completions) },
          {
            name: t('col.completionRate'),
            type: 'scatter',
            xAxisIndex: 1,
            symbolSize: 12,
            data: offers.map((offer) => offer.completionRate),
          },
        ],
      }}
      columns={[t('col.offer'), t('col.kind'), t('col.enrollments'), t('col.completions'), t('col.completionRate')]}
      rows={offers.map((offer) => [
        offer.title,
        offer.kind,
        offer.enrollments,
        offer.completions,
        offer.completionRate === null ? null : translator.percent(offer.completionRate),
      ])}
    />
  );
}
