import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { type Cell, downloadCsv } from '../csv';
import type { ChartOption } from '../echarts';
import { useTranslator } from '../i18n';

export interface ChartProps {
  /** File name of the CSV and test id of the chart. */
  name: string;
  title: string;
  definition: string;
  option: ChartOption;
  columns: string[];
  rows: Cell[][];
  height?: number;
}

const loadCharts = () => import('../echarts');

/** One chart with its one-line definition, a table view of the same figures and their CSV download. */
export function Chart({ name, title, definition, option, columns, rows, height = 320 }: ChartProps) {
  const { t } = useTranslator();
  const [asTable, setAsTable] = useState(false);
  const [failed, setFailed] = useState(false);
  const container = useRef<HTMLDivElement>(null);
  const headingId = useId();
  const empty = rows.length === 0;
  useEffect(() => {
    const element = container.current;
    if (asTable || empty || !element) return;
    let cleanUp: (() => void) | null = null;
    let gone = false;
    // ECharts is fetched with the first chart, so the overview, which draws none, does not wait for it.
    loadCharts().then(
      ({ echarts }) => {
        if (gone) return;
        const chart = echarts.init(element, undefined, { renderer: 'svg' });
        chart.setOption({ aria: { enabled: true }, animation: false, ...option });
        const resize = () => chart.resize();
        window.addEventListener('resize', resize);
        window.addEventListener('beforeprint', resize);
        cleanUp = () => {
          window.removeEventListener('resize', resize);
          window.removeEventListener('beforeprint', resize);
          chart.dispose();
        };
      },
      () => setFailed(true),
    );
    return () => {
      gone = true;
      cleanUp?.();
    };
  }, [asTable, empty, option]);
  return (
    <section class="chart" data-chart={name} aria-labelledby={headingId}>
      <header>
        <h3 id={headingId}>{title}</h3>
        <p class="definition">{definition}</p>
        <div class="chart-actions">
          <button type="button" onClick={() => setAsTable(!asTable)} aria-pressed={asTable}>
            {asTable ? t('view.chart') : t('view.table')}
          </button>
          <button type="button" onClick={() => downloadCsv(name, columns, rows)}>
            {t('csv')}
          </button>
        </div>
      </header>
      {asTable || failed ? null : (
        <div class="chart-canvas" ref={container} style={{ height: `${height}px` }} aria-hidden="true" />
      )}
      {failed ? (
        <p class="error" role="alert">
          {t('chartFailed')}
        </p>
      ) : null}
      <table class={asTable || failed ? 'chart-table' : 'chart-table print-only'}>
        <caption>{title}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th scope="col" key={column}>
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.join('|')}>
              {row.map((cell, index) => (
                <td key={columns[index]}>{cell ?? '–'}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
