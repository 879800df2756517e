// The field-of-action taxonomy changed in 2021: food, energy & transport and finance & economy were split up and
// renamed. Regions that joined before keep their old slugs, but what they do now belongs to the current fields.
const successors: Record<string, [string, ...string[]]> = {
  food: ['agriculture-food'],
  'energy-transport': ['mobility', 'energy'],
  'finance-economy': ['economy'],
};

/** The current fields of action a field stands for today: itself, or what replaced a retired one. */
export const currentFieldsOf = (field: string): [string, ...string[]] => successors[field] ?? [field];
