import { subgraphCodegen } from '@mitmach/server-kit/codegen';
import { peopleSubgraph } from './src/subgraph';

export default subgraphCodegen(peopleSubgraph, {
  Person: '../db/schema#PersonRow',
  TeamMembership: '../db/schema#TeamMembershipRow',
  RegionTeam: '../modules/teams/team-visibility#RegionTeamModel',
  Organization: '../db/schema#OrganizationRow',
  Region: '../modules/references#RegionReference',
  FieldOfAction: '../modules/references#FieldOfActionReference',
  PersonalDataExport: '../modules/participation-export/participation-export.resolvers#PersonalDataExportModel',
});
