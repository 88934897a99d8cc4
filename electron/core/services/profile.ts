import type { MethodParsedInput } from '../../../shared/api/methods';
import type { Province } from '../../../shared/api/schemas';
import { OTHER_PROVINCE } from '../../../shared/api/schemas';
import { AppError } from '../../../shared/api/errors';
import { normaliseVietnamese } from '../../../shared/text/tone';
import provinces from '../../../resources/provinces.json';
import type { CoreContext } from '../context';
import { nowIso } from '../context';
import { getProfile, saveProfile } from '../db/queries/profile';
import { listGroups } from '../db/queries/groups';

export const PROVINCES: readonly Province[] = provinces.units as Province[];

export const profileHandlers = {
  'profile.get': (_input: MethodParsedInput<'profile.get'>, ctx: CoreContext) => getProfile(ctx.db),

  'profile.save': (input: MethodParsedInput<'profile.save'>, ctx: CoreContext) => {
    if (
      input.provinceCode !== OTHER_PROVINCE &&
      !PROVINCES.some((p) => p.code === input.provinceCode)
    ) {
      throw new AppError('VALIDATION', `Unknown province ${input.provinceCode}`, {
        issues: [{ path: ['provinceCode'], message: 'unknown_province' }],
      });
    }
    const profile = {
      pointName: normaliseVietnamese(input.pointName),
      provinceCode: input.provinceCode,
      provinceOther:
        input.provinceCode === OTHER_PROVINCE ? normaliseVietnamese(input.provinceOther) : '',
      parentBody: normaliseVietnamese(input.parentBody),
      operatorName: normaliseVietnamese(input.operatorName),
      updatedAt: nowIso(ctx),
    };
    ctx.db.transaction(() => saveProfile(ctx.db, profile))();
    return profile;
  },

  'reference.provinces': () => [...PROVINCES],

  'groups.list': (_input: MethodParsedInput<'groups.list'>, ctx: CoreContext) => listGroups(ctx.db),
};
