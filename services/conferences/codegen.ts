import { subgraphCodegen } from '@mitmach/server-kit/codegen';
import { conferencesSubgraph } from './src/subgraph';

export default subgraphCodegen(conferencesSubgraph, {
  Region: '../modules/conferences/region-reference#RegionReference',
  Conference: '../db/schema#ConferenceRow',
  ConferenceDay: '../db/schema#ConferenceDayRow',
  ConferenceStatusChange: '../db/schema#ConferenceStatusChangeRow',
  ConferenceSession: '../db/schema#SessionRow',
  Registration: '../db/schema#RegistrationRow',
  InitiativeMapEntry: '../db/schema#InitiativeMapEntryRow',
  Outcome: '../db/schema#OutcomeRow',
  PersonalDataExport: '../modules/personal-data/personal-data-reference#PersonalDataReference',
});
