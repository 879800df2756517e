import { personId, regionId } from '@mitmach/demo-network';
import { tokenFor } from '@mitmach/testkit';

/** Tokens for the roles of the network, signed as the test gateway's identity provider would. */
export function callerTokens(jwtSecret: string) {
  return {
    partner: () => tokenFor(jwtSecret, ['partner']),
    reporting: () => tokenFor(jwtSecret, ['reporting']),
    staff: () => tokenFor(jwtSecret, ['staff'], { personId: personId('staff:programme-lead') }),
    /** A demo person signed in as themself. */
    member: (personKey: string) => tokenFor(jwtSecret, ['member'], { personId: personId(personKey) }),
    /** A member of a region's team (its moderator unless said otherwise), acting for that region. */
    team: (regionSlug: string, role: 'moderator' | 'member-1' | 'contact' = 'moderator') =>
      tokenFor(jwtSecret, ['member', 'regional_team'], {
        personId: personId(`${regionSlug}:${role}`),
        regionIds: [regionId(regionSlug)],
      }),
  };
}
