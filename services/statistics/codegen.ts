import { subgraphCodegen } from '@mitmach/server-kit/codegen';
import { statisticsSubgraph } from './src/subgraph';

export default subgraphCodegen(statisticsSubgraph, {
  NetworkStatistics: '../modules/network/network.service#NetworkStatisticsModel',
  StatisticsActionFigures: '../modules/network/network.service#ActionFiguresModel',
  Region: '../modules/region-statistics/region-statistics.service#RegionReference',
  RegionStatistics: '../modules/region-statistics/region-statistics.service#RegionStatisticsModel',
  Conference: '../modules/conference-statistics/conference-statistics.service#ConferenceReference',
  ConferenceStatistics: '../modules/conference-statistics/conference-statistics.service#ConferenceStatisticsModel',
  Action: '../modules/action-spread/action-spread.service#ActionReference',
  ActionSpread: '../modules/action-spread/action-spread.service#ActionSpreadModel',
});
