export const outcomeKinds = ['idea', 'project', 'action', 'cooperation'] as const;

export const adoptionStatuses = ['planned', 'in_progress', 'implemented', 'abandoned'] as const;

export const fundingKinds = ['deposit', 'matching', 'grant'] as const;
