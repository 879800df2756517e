import type { NetworkFiguresQuery } from '../../generated/graphql';
import type { Filters } from '../filters';

export type Figures = NetworkFiguresQuery['networkStatistics'];

export interface PageProps {
  filters: Filters;
  figures: Figures;
  previous: Figures;
}
