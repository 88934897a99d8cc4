import type {
  ColumnMapping,
  ImportOverrides,
  ImportPreview,
  RosterRole,
} from '../../../shared/api/directorySchemas';
import { ROSTER_ROLES } from '../../../shared/api/directorySchemas';

/** The role a column holds in a mapping, or null when it is ignored. */
export function roleAt(mapping: ColumnMapping, column: number): RosterRole | null {
  return ROSTER_ROLES.find((role) => mapping[role] === column) ?? null;
}

/** Gives a column a role (or none): a role belongs to one column, so it leaves any other. */
export function withRole(
  mapping: ColumnMapping,
  column: number,
  role: RosterRole | null,
): ColumnMapping {
  const next: ColumnMapping = {};
  for (const r of ROSTER_ROLES) {
    const c = mapping[r];
    if (c !== undefined && c !== column && r !== role) next[r] = c;
  }
  if (role !== null) next[role] = column;
  return next;
}

/** A change the operator makes on the confirmation screen. */
export type ReadingChange =
  | { kind: 'encoding'; encoding: NonNullable<ImportOverrides['encoding']> }
  | { kind: 'delimiter'; delimiter: NonNullable<ImportOverrides['delimiter']> }
  | { kind: 'sheet'; sheet: string }
  | { kind: 'headerRow'; headerRow: number }
  | { kind: 'headerRows'; headerRows: 1 | 2 }
  | { kind: 'mapping'; mapping: ColumnMapping };

/**
 * The overrides for the next preview: what the operator chose before, plus this change. Choices
 * that depend on the changed one are dropped and detected again (another sheet or separator
 * has other columns; another header row names its own columns).
 */
export function nextOverrides(
  previous: ImportOverrides,
  preview: ImportPreview,
  change: ReadingChange,
): ImportOverrides {
  const { mapping: _mapping, headerRow: _headerRow, headerRows: _headerRows, ...kept } = previous;
  switch (change.kind) {
    case 'encoding':
      return { ...previous, encoding: change.encoding };
    case 'delimiter':
      return { ...kept, delimiter: change.delimiter };
    case 'sheet':
      return { sheet: change.sheet };
    case 'headerRow':
      return { ...kept, headerRow: change.headerRow, headerRows: preview.headerRows };
    case 'headerRows':
      return { ...kept, headerRow: preview.headerRow, headerRows: change.headerRows };
    case 'mapping':
      return { ...previous, mapping: change.mapping };
  }
}
