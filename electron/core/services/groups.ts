import type { MethodParsedInput } from '../../../shared/api/methods';
import type { PositionRule } from '../../../shared/api/directorySchemas';
import { AppError } from '../../../shared/api/errors';
import { foldText } from '../../../shared/text/fold';
import { normaliseVietnamese } from '../../../shared/text/tone';
import presets from '../../../resources/protocol-presets.json';
import type { CoreContext } from '../context';
import { nowIso } from '../context';
import { stmt } from '../db/statements';
import * as q from '../db/queries/groups';
import { listRules, replaceRules } from '../db/queries/rules';

/**
 * Protocol groups and position rules are the point's own data: the operator names, orders and
 * removes groups and edits the rules; presets only add what is missing.
 */
function requireGroup(ctx: CoreContext, id: string) {
  const g = q.getGroup(ctx.db, id);
  if (!g) throw new AppError('NOT_FOUND', `No group ${id}`, { entity: 'group', id });
  return g;
}

function refuseDuplicateName(ctx: CoreContext, name: string, exceptId?: string): void {
  const folded = foldText(name);
  const clash = q.listGroups(ctx.db).find((g) => g.id !== exceptId && foldText(g.name) === folded);
  if (clash) {
    throw new AppError('CONFLICT', `A group named ${clash.name} exists`, {
      reason: 'group_name_taken',
      issues: [{ path: ['name'], message: 'group_name_taken' }],
    });
  }
}

function changed<T>(ctx: CoreContext, value: T): T {
  ctx.emit('directory.changed', {});
  return value;
}

function applyOrder(ctx: CoreContext, ids: string[]): void {
  ids.forEach((id, i) => q.setGroupOrder(ctx.db, id, (i + 1) * 10));
  q.recomputeOrderKeys(ctx.db);
}

export const groupHandlers = {
  'groups.create': (input: MethodParsedInput<'groups.create'>, ctx: CoreContext) =>
    changed(
      ctx,
      ctx.db.transaction(() => {
        const name = normaliseVietnamese(input.name);
        refuseDuplicateName(ctx, name);
        const group = { id: ctx.newId(), name, sortOrder: q.nextGroupOrder(ctx.db) };
        q.insertGroup(ctx.db, group, nowIso(ctx));
        return group;
      })(),
    ),

  'groups.rename': (input: MethodParsedInput<'groups.rename'>, ctx: CoreContext) =>
    changed(
      ctx,
      ctx.db.transaction(() => {
        requireGroup(ctx, input.id);
        const name = normaliseVietnamese(input.name);
        refuseDuplicateName(ctx, name, input.id);
        q.renameGroup(ctx.db, input.id, name);
        return requireGroup(ctx, input.id);
      })(),
    ),

  'groups.reorder': (input: MethodParsedInput<'groups.reorder'>, ctx: CoreContext) =>
    changed(
      ctx,
      ctx.db.transaction(() => {
        const all = q.listGroups(ctx.db).map((g) => g.id);
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
        applyOrder(ctx, input.ids);
        return q.listGroups(ctx.db);
      })(),
    ),

  'groups.delete': (input: MethodParsedInput<'groups.delete'>, ctx: CoreContext) =>
    changed(
      ctx,
      ctx.db.transaction(() => {
        requireGroup(ctx, input.id);
        const refs = q.groupReferences(ctx.db, input.id);
        if (refs.people > 0 || refs.invitees > 0) {
          throw new AppError('CONFLICT', 'The group still has members', {
            reason: 'group_in_use',
            people: refs.people,
            invitees: refs.invitees,
          });
        }
        stmt(ctx.db, 'DELETE FROM position_rules WHERE group_id = ?').run(input.id);
        q.deleteGroup(ctx.db, input.id);
        return { ok: true as const };
      })(),
    ),

  'groups.presets': () => presets.presets.map((p) => ({ id: p.id, name: p.name })),

  'groups.applyPreset': (input: MethodParsedInput<'groups.applyPreset'>, ctx: CoreContext) =>
    changed(
      ctx,
      ctx.db.transaction(() => {
        const preset = presets.presets.find((p) => p.id === input.presetId);
        if (!preset)
          throw new AppError('NOT_FOUND', `No preset ${input.presetId}`, { entity: 'preset' });
        const now = nowIso(ctx);
        for (const g of preset.groups) {
          if (!q.groupExists(ctx.db, g.id)) {
            q.insertGroup(
              ctx.db,
              { id: g.id, name: g.name, sortOrder: q.nextGroupOrder(ctx.db) },
              now,
            );
          }
        }
        const presetIds = preset.groups.map((g) => g.id);
        const others = q
          .listGroups(ctx.db)
          .map((g) => g.id)
          .filter((id) => !presetIds.includes(id));
        applyOrder(ctx, [...presetIds, ...others]);
        const rules = listRules(ctx.db);
        const known = new Set(rules.map((r) => `${foldText(r.pattern)}|${r.groupId}`));
        const added: PositionRule[] = preset.rules
          .filter((r) => !known.has(`${foldText(r.pattern)}|${r.group}`))
          .map((r) => ({ id: ctx.newId(), pattern: r.pattern, groupId: r.group, rank: r.rank }));
        replaceRules(ctx.db, [...rules, ...added]);
        return { groups: q.listGroups(ctx.db), rules: listRules(ctx.db) };
      })(),
    ),

  'rules.list': (_input: MethodParsedInput<'rules.list'>, ctx: CoreContext) => listRules(ctx.db),

  'rules.save': (input: MethodParsedInput<'rules.save'>, ctx: CoreContext) =>
    ctx.db.transaction(() => {
      input.rules.forEach((r, i) => {
        if (!q.groupExists(ctx.db, r.groupId)) {
          throw new AppError('NOT_FOUND', `No group ${r.groupId}`, {
            issues: [{ path: ['rules', i, 'groupId'], message: 'unknown_group' }],
          });
        }
      });
      replaceRules(
        ctx.db,
        input.rules.map((r) => ({
          ...r,
          id: ctx.newId(),
          pattern: normaliseVietnamese(r.pattern),
        })),
      );
      return listRules(ctx.db);
    })(),
};
