import { Figure } from '../components/figure';
import { type MessageKey, useTranslator } from '../i18n';
import type { HeadlineFigures, PageProps } from './page-props';

const enrollmentsOf = (figures: HeadlineFigures) =>
  figures.learning.courses.enrollments + figures.learning.programs.enrollments + figures.learning.cohorts.enrollments;

const headline: [string, (figures: HeadlineFigures) => number][] = [
  ['regions', (figures) => figures.regions.total],
  ['joined', (figures) => figures.regions.joined],
  ['conferences', (figures) => figures.conferences.held],
  ['participants', (figures) => figures.conferences.participants.total],
  ['outcomes', (figures) => figures.outcomes.total],
  ['actions', (figures) => figures.actions.published],
  ['adoptions', (figures) => figures.actions.adoptionsStarted],
  ['enrollments', enrollmentsOf],
  ['granted', (figures) => figures.funding.grantedCents],
];

export function Overview({ figures, previous }: PageProps) {
  const translator = useTranslator();
  const { t } = translator;
  return (
    <div class="figures">
      {headline.map(([name, of]) => (
        <Figure
          key={name}
          name={name}
          label={t(`fig.${name}` as MessageKey)}
          definition={t(`def.${name}` as MessageKey)}
          value={of(figures)}
          previous={of(previous)}
          {...(name === 'granted' ? { format: translator.euro } : {})}
        />
      ))}
    </div>
  );
}
