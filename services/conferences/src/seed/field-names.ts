// German names of the field-of-action slugs, as the regions subgraph's reference data has them, for session titles.
const names: Record<string, string> = {
  'agriculture-food': 'Landwirtschaft & Ernährung',
  energy: 'Energie',
  'building-housing': 'Bauen & Wohnen',
  mobility: 'Mobilität',
  economy: 'Wirtschaft',
  'social-cohesion': 'Sozialer Zusammenhalt',
  food: 'Ernährung',
  'energy-transport': 'Energie & Verkehr',
  'finance-economy': 'Finanzen & Wirtschaft',
};

export function fieldName(slug: string): string {
  return names[slug] ?? slug;
}
