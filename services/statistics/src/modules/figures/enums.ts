/** Values as the events carry them; GraphQL shows them upper-cased. */
export const regionStatuses = [
  'applied',
  'accepted',
  'in_regional_lab',
  'active',
  'self_organised',
  'paused',
  'ended',
] as const;

export const outcomeKinds = ['idea', 'project', 'action', 'cooperation'] as const;

export const adoptionStatuses = ['planned', 'in_progress', 'implemented', 'abandoned'] as const;

export const fundingKinds = ['deposit', 'matching', 'grant'] as const;
