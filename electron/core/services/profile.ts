import { AppError } from '../../../shared/api/errors';
import { OTHER_PROVINCE } from '../../../shared/api/schemas';
import { normaliseVietnamese } from '../../../shared/text/tone';
import { getProfile, saveProfile } from '../db/queries/profile';
import { PROVINCES } from '../domain/provinces';
import { defineHandlers } from '../handlerTypes';

export const profileHandlers = defineHandlers<'profile.' | 'reference.'>({
  'profile.get': (_input, ctx) => getProfile(ctx.db),

  'profile.save': (input, tx) => {
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
      bodyKind: input.bodyKind,
      parentBody: normaliseVietnamese(input.parentBody),
      issuingBody: normaliseVietnamese(input.issuingBody),
      placeName: normaliseVietnamese(input.placeName),
      pointCode: input.pointCode,
      operatorName: normaliseVietnamese(input.operatorName),
      updatedAt: tx.at,
    };
    saveProfile(tx.db, profile);
    return profile;
  },

  'reference.provinces': () => [...PROVINCES],
});
