import { subgraphCodegen } from '@mitmach/server-kit/codegen';
import { actionPoolSubgraph } from './src/subgraph';

export default subgraphCodegen(actionPoolSubgraph, {
  Action: '../db/schema#ActionRow',
  ActionStep: '../db/schema#ActionStepRow',
  ActionStatusChange: '../db/schema#ActionStatusChangeRow',
  Adoption: '../db/schema#AdoptionRow',
  PersonalDataExport: '../modules/personal-data/personal-data-reference#PersonalDataReference',
  Region: '../modules/linked-entities/entity-reference#EntityReference',
  Conference: '../modules/linked-entities/entity-reference#EntityReference',
});
