/** What the action pool adds to a demo action beyond what its conference outcome already says. */
export interface ActionContent {
  summary: string;
  impact: string;
  effort: { level: 'low' | 'medium' | 'high'; durationWeeks: number };
  cost: { minEur: number; maxEur: number };
  steps: { title: string; description: string }[];
  targetGroups: string[];
  imageCredit: string | null;
  /** When the action was written up for the pool; when staff published it is the demo network's (demoActions). */
  createdOn: string;
}
