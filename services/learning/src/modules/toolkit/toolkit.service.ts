import type { Caller } from '@mitmach/auth';
import type { Db } from '@mitmach/db';
import type { UserError } from '@mitmach/server-kit';
import type { ToolkitItemRow } from '../../db/schema';
import { applyLearningChange, learningCreated } from '../../events/change-events';
import { requireStaff } from '../access';
import { checkOptionalText, checkText, given, notFoundError } from '../input-checks';
import { insertToolkitItem, lockToolkitItem, updateToolkitItemRow } from './toolkit.repository';

export interface ToolkitItemResult {
  toolkitItem: ToolkitItemRow | null;
  userErrors: UserError[];
}

type ToolkitKind = ToolkitItemRow['kind'];

const rejected = (userErrors: UserError[]): ToolkitItemResult => ({ toolkitItem: null, userErrors });

export async function createToolkitItem(
  db: Db,
  caller: Caller,
  command: { kind: ToolkitKind; title: string; description: string; url: string },
): Promise<ToolkitItemResult> {
  requireStaff(caller, 'add toolkit items');
  const errors = [
    ...checkText(command.title, ['input', 'title'], 'The title', 3, 120),
    ...checkText(command.description, ['input', 'description'], 'The description', 10, 4000),
  ];
  if (errors.length > 0) return rejected(errors);
  const toolkitItem = await db.transaction(async (tx) => {
    const item = await insertToolkitItem(tx, {
      kind: command.kind,
      title: command.title.trim(),
      description: command.description.trim(),
      url: command.url,
    });
    await learningCreated(tx, 'toolkitItem', item);
    return item;
  });
  return { toolkitItem, userErrors: [] };
}

export async function updateToolkitItem(
  db: Db,
  caller: Caller,
  command: {
    toolkitItemId: string;
    kind?: ToolkitKind | null;
    title?: string | null;
    description?: string | null;
    url?: string | null;
  },
): Promise<ToolkitItemResult> {
  requireStaff(caller, 'change toolkit items');
  const errors = [
    ...checkOptionalText(command.title, ['input', 'title'], 'The title', 3, 120),
    ...checkOptionalText(command.description, ['input', 'description'], 'The description', 10, 4000),
  ];
  if (errors.length > 0) return rejected(errors);
  return db.transaction(async (tx) => {
    const current = await lockToolkitItem(tx, command.toolkitItemId);
    if (!current) return rejected([notFoundError(['input', 'toolkitItemId'], 'toolkit item')]);
    const toolkitItem = await applyLearningChange(
      tx,
      'toolkitItem',
      current,
      {
        ...given('kind', command.kind),
        ...given('title', command.title?.trim()),
        ...given('description', command.description?.trim()),
        ...given('url', command.url),
      },
      (patch) => updateToolkitItemRow(tx, current.id, patch),
    );
    return { toolkitItem, userErrors: [] };
  });
}
