import { subgraphCodegen } from '@mitmach/server-kit/codegen';
import { regionsSubgraph } from './src/subgraph';

export default subgraphCodegen(regionsSubgraph, {
  Region: '../db/schema#RegionRow',
  PeerGroup: '../db/schema#PeerGroupRow',
  ApplicationRound: '../db/schema#ApplicationRoundRow',
  Application: '../db/schema#ApplicationRow',
  FundingEntry: '../db/schema#FundingEntryRow',
  FundingAccount: '../modules/funding/funding.service#FundingAccountModel',
  FieldOfAction: '../db/schema#FieldOfActionRow',
  Sdg: '../db/schema#SdgRow',
  RegionStatusChange: '../db/schema#RegionStatusChangeRow',
  PersonalDataExport: '../modules/personal-data/personal-data-reference#PersonalDataReference',
  PersonalDataRegionStatusChange: '../db/schema#RegionStatusChangeRow',
  PersonalDataFundingEntry: '../db/schema#FundingEntryRow',
});
