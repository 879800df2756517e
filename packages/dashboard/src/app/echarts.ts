import { BarChart, LineChart, ScatterChart } from 'echarts/charts';
import {
  AriaComponent,
  GeoComponent,
  GridComponent,
  LegendComponent,
  TooltipComponent,
  VisualMapComponent,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import outlines from '../generated/outlines.json';

// Only the charts and components the pages draw are bundled. SVG keeps printed charts sharp.
echarts.use([
  BarChart,
  LineChart,
  ScatterChart,
  AriaComponent,
  GeoComponent,
  GridComponent,
  LegendComponent,
  TooltipComponent,
  VisualMapComponent,
  SVGRenderer,
]);
echarts.registerMap('dach', outlines as Parameters<typeof echarts.registerMap>[1]);

export { echarts };
export type ChartOption = echarts.EChartsCoreOption;
