import type { HeadlineFiguresFragment, NetworkFiguresQuery } from '../../generated/graphql';
import type { Filters } from '../filters';

export type Figures = NetworkFiguresQuery['current'];
export type HeadlineFigures = HeadlineFiguresFragment;

export interface PageProps {
  filters: Filters;
  figures: Figures;
  previous: HeadlineFigures;
}
