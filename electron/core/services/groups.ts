import type { PositionRule } from '../../../shared/api/directorySchemas';
import { AppError } from '../../../shared/api/errors';
import { foldText } from '../../../shared/text/fold';
import { normaliseVietnamese } from '../../../shared/text/tone';
import presets from '../../../resources/protocol-presets.json';
import type { WriteContext } from '../context';
import type { ReadableDB } from '../db/handles';
import * as q from '../db/queries/groups';
import { deleteRulesOfGroup, listRules, replaceRules } from '../db/queries/rules';
import { requireGroup } from '../domain/guards';
import { defineHandlers } from '../handlerTypes';

/**
 * Protocol groups and position rules are the point's own data: the operator names, orders and
 * removes groups and edits the rules; presets only add what is missing. Every change here
 * moves people in protocol order, so each announces `directory.changed`.
 */
function refuseDuplicateName(db: ReadableDB, name: string, exceptId?: string): void {
  const folded = foldText(name);
  const clash = q.listGroups(db).find((g) => g.id !== exceptId && foldText(g.name) === folded);
  if (clash) {
    throw new AppError('CONFLICT', `A group named ${clash.name} exists`, {
      reason: 'group_name_taken',
      issues: [{ path: ['name'], message: 'group_name_taken' }],
    });
  }
}

function applyOrder(tx: WriteContext, ids: string[]): void {
  ids.forEach((id, i) => q.setGroupOrder(tx.db, id, (i + 1) * 10));
  q.recomputeOrderKeys(tx.db);
}

export const groupHandlers = defineHandlers<'groups.' | 'rules.'>({
  'groups.list': (_input, ctx) => q.listGroups(ctx.db),

  'groups.create': (input, tx) => {
    const name = normaliseVietnamese(input.name);
    refuseDuplicateName(tx.db, name);
    const group = { id: tx.newId(), name, sortOrder: q.nextGroupOrder(tx.db) };
    q.insertGroup(tx.db, group, tx.at);
    tx.changed('directory.changed', {});
    return group;
  },

  'groups.rename': (input, tx) => {
    requireGroup(tx.db, input.id);
    const name = normaliseVietnamese(input.name);
    refuseDuplicateName(tx.db, name, input.id);
    q.renameGroup(tx.db, input.id, name);
    tx.changed('directory.changed', {});
    return requireGroup(tx.db, input.id);
  },

  'groups.reorder': (input, tx) => {
    const all = q.listGroups(tx.db).map((g) => g.id);
    const given = new Set(input.ids);
    if (
      given.size !== input.ids.length ||
      all.length !== given.size ||
      !all.every((id) => given.has(id))
    ) {
      throw new AppError('VALIDATION', 'The new order must list every group once', {
        issues: [{ path: ['ids'], message: 'invalid_value' }],
      });
    }
    applyOrder(tx, input.ids);
    tx.changed('directory.changed', {});
    return q.listGroups(tx.db);
  },

  'groups.delete': (input, tx) => {
    requireGroup(tx.db, input.id);
    const refs = q.groupReferences(tx.db, input.id);
    if (refs.people > 0 || refs.invitees > 0) {
      throw new AppError('CONFLICT', 'The group still has members', {
        reason: 'group_in_use',
        people: refs.people,
        invitees: refs.invitees,
      });
    }
    deleteRulesOfGroup(tx.db, input.id);
    q.deleteGroup(tx.db, input.id);
    tx.changed('directory.changed', {});
    return { ok: true as const };
  },

  'groups.presets': () => presets.presets.map((p) => ({ id: p.id, name: p.name })),

  'groups.applyPreset': (input, tx) => {
    const preset = presets.presets.find((p) => p.id === input.presetId);
    if (!preset)
      throw new AppError('NOT_FOUND', `No preset ${input.presetId}`, { entity: 'preset' });
    for (const g of preset.groups) {
      if (!q.groupExists(tx.db, g.id)) {
        q.insertGroup(tx.db, { id: g.id, name: g.name, sortOrder: q.nextGroupOrder(tx.db) }, tx.at);
      }
    }
    const presetIds = preset.groups.map((g) => g.id);
    const others = q
      .listGroups(tx.db)
      .map((g) => g.id)
      .filter((id) => !presetIds.includes(id));
    applyOrder(tx, [...presetIds, ...others]);
    const rules = listRules(tx.db);
    const known = new Set(rules.map((r) => `${foldText(r.pattern)}|${r.groupId}`));
    const added: PositionRule[] = preset.rules
      .filter((r) => !known.has(`${foldText(r.pattern)}|${r.group}`))
      .map((r) => ({ id: tx.newId(), pattern: r.pattern, groupId: r.group, rank: r.rank }));
    replaceRules(tx.db, [...rules, ...added]);
    tx.changed('directory.changed', {});
    return { groups: q.listGroups(tx.db), rules: listRules(tx.db) };
  },

  'rules.list': (_input, ctx) => listRules(ctx.db),

  /** Replaces the whole list; rules change the groups that imports suggest. */
  'rules.save': (input, tx) => {
    input.rules.forEach((r, i) => {
      if (!q.groupExists(tx.db, r.groupId)) {
        throw new AppError('NOT_FOUND', `No group ${r.groupId}`, {
          issues: [{ path: ['rules', i, 'groupId'], message: 'unknown_group' }],
        });
      }
    });
    replaceRules(
      tx.db,
      input.rules.map((r) => ({ ...r, id: tx.newId(), pattern: normaliseVietnamese(r.pattern) })),
    );
    tx.changed('directory.changed', {});
    return listRules(tx.db);
  },
});
