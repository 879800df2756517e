import { useTranslator } from '../i18n';

export interface FigureProps {
  name: string;
  label: string;
  definition: string;
  value: number;
  previous: number | null;
  format?: (value: number) => string;
}

/** A headline figure with its change against the previous period of the same length. */
export function Figure({ name, label, definition, value, previous, format }: FigureProps) {
  const { t, number, percent } = useTranslator();
  const shown = format ?? ((figure: number) => number(figure));
  const change = previous === null ? null : value - previous;
  return (
    <article class="figure" data-figure={name}>
      <h3>{label}</h3>
      <p class="figure-value" data-value={value}>
        {shown(value)}
      </p>
      {change === null ? null : (
        <p class={`figure-change ${change > 0 ? 'up' : change < 0 ? 'down' : ''}`}>
          {change === 0
            ? t('noChange')
            : `${change > 0 ? '+' : '−'}${shown(Math.abs(change))}${previous ? ` (${percent(change / previous)})` : ''}`}{' '}
          <span class="muted">
            {t('previous')} {shown(previous ?? 0)}
          </span>
        </p>
      )}
      <p class="definition">{definition}</p>
    </article>
  );
}
