import { Button, Group, Select, Stack, TextInput } from '@mantine/core';
import type { FormEvent } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BodyKind, Profile } from '../../../shared/api/schemas';
import { BODY_KINDS, OTHER_PROVINCE } from '../../../shared/api/schemas';
import { useApiAction } from '../../api/useApiAction';
import type { FieldSpec } from '../../errors/fieldErrors';
import { useProvinces } from '../../stores/referenceStore';
import { HeadingPreview } from './HeadingPreview';
import { ProvinceSelect } from './ProvinceSelect';

interface ProfileValues {
  pointName: string;
  provinceCode: string | null;
  provinceOther: string;
  bodyKind: BodyKind | null;
  parentBody: string;
  issuingBody: string;
  placeName: string;
  pointCode: string;
  operatorName: string;
}

const FIELDS = [
  'pointName',
  'provinceCode',
  'provinceOther',
  'bodyKind',
  'parentBody',
  'issuingBody',
  'placeName',
  'pointCode',
  'operatorName',
];
const PROFILE_FIELDS: FieldSpec = { claims: (key) => FIELDS.includes(key) };

function initialValues(profile: Profile | null): ProfileValues {
  return {
    pointName: profile?.pointName ?? '',
    provinceCode: profile?.provinceCode || null,
    provinceOther: profile?.provinceOther ?? '',
    bodyKind: profile?.bodyKind ?? null,
    parentBody: profile?.parentBody ?? '',
    issuingBody: profile?.issuingBody ?? '',
    placeName: profile?.placeName ?? '',
    pointCode: profile?.pointCode ?? '',
    operatorName: profile?.operatorName ?? '',
  };
}

export function ProfileForm({
  profile,
  onSaved,
}: {
  profile: Profile | null;
  onSaved: (profile: Profile) => void;
}) {
  const { t } = useTranslation();
  const [values, setValues] = useState(() => initialValues(profile));
  const { run, busy, fieldErrors, clearFieldError } = useApiAction(PROFILE_FIELDS);
  const provinces = useProvinces();
  const provinceName = (code: string | null) => provinces?.find((p) => p.code === code)?.name ?? '';

  const update = <K extends keyof ProfileValues>(key: K, value: ProfileValues[K]) => {
    setValues((v) => ({ ...v, [key]: value }));
    clearFieldError(key);
  };

  // The date line names the province unless the operator wrote another place.
  const chooseProvince = (code: string | null) =>
    setValues((v) => {
      const followsProvince =
        v.placeName.trim() === '' || v.placeName === provinceName(v.provinceCode);
      clearFieldError('provinceCode');
      return {
        ...v,
        provinceCode: code,
        placeName: followsProvince ? provinceName(code) : v.placeName,
      };
    });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const saved = await run(
      'profile.save',
      {
        ...values,
        provinceCode: values.provinceCode ?? '',
        // The core names the missing choice beside the field.
        bodyKind: values.bodyKind as BodyKind,
      },
      t('profile.saved'),
    );
    if (saved) onSaved(saved);
  };

  return (
    // noValidate: the core validates, and its messages are the translated ones shown here.
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <TextInput
          label={t('profile.pointName')}
          description={t('profile.pointNameHelp')}
          required
          data-autofocus
          value={values.pointName}
          onChange={(e) => update('pointName', e.currentTarget.value)}
          error={fieldErrors.pointName}
        />
        <ProvinceSelect
          value={values.provinceCode}
          onChange={chooseProvince}
          error={fieldErrors.provinceCode}
        />
        {values.provinceCode === OTHER_PROVINCE && (
          <TextInput
            label={t('profile.provinceOther')}
            description={t('profile.provinceOtherHelp')}
            required
            value={values.provinceOther}
            onChange={(e) => update('provinceOther', e.currentTarget.value)}
            error={fieldErrors.provinceOther}
          />
        )}
        <Select
          label={t('profile.bodyKind')}
          description={t('profile.bodyKindHelp')}
          required
          data={BODY_KINDS.map((kind) => ({ value: kind, label: t(`profile.bodyKinds.${kind}`) }))}
          value={values.bodyKind}
          onChange={(kind) => update('bodyKind', kind as BodyKind | null)}
          // Nothing chosen is missing, not wrong: the core's check calls it an invalid value,
          // which read as if the operator had picked something refused.
          error={
            fieldErrors.bodyKind && values.bodyKind === null
              ? t('validation.required')
              : fieldErrors.bodyKind
          }
          allowDeselect={false}
        />
        <TextInput
          label={t('profile.parentBody')}
          description={t('profile.parentBodyHelp')}
          value={values.parentBody}
          onChange={(e) => update('parentBody', e.currentTarget.value)}
          error={fieldErrors.parentBody}
        />
        <TextInput
          label={t('profile.issuingBody')}
          description={t('profile.issuingBodyHelp')}
          value={values.issuingBody}
          onChange={(e) => update('issuingBody', e.currentTarget.value)}
          error={fieldErrors.issuingBody}
        />
        <TextInput
          label={t('profile.placeName')}
          description={t('profile.placeNameHelp')}
          required
          value={values.placeName}
          onChange={(e) => update('placeName', e.currentTarget.value)}
          error={fieldErrors.placeName}
        />
        <HeadingPreview
          bodyKind={values.bodyKind}
          parentBody={values.parentBody}
          issuingBody={values.issuingBody}
          placeName={values.placeName}
        />
        <TextInput
          label={t('profile.pointCode')}
          description={t('profile.pointCodeHelp')}
          value={values.pointCode}
          onChange={(e) => update('pointCode', e.currentTarget.value)}
          error={fieldErrors.pointCode}
          autoComplete="off"
        />
        <TextInput
          label={t('profile.operatorName')}
          required
          value={values.operatorName}
          onChange={(e) => update('operatorName', e.currentTarget.value)}
          error={fieldErrors.operatorName}
        />
        <Group>
          <Button type="submit" size="md" loading={busy}>
            {t('profile.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
