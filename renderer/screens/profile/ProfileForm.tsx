import { Button, Group, Stack, TextInput } from '@mantine/core';
import type { FormEvent } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Profile } from '../../../shared/api/schemas';
import { OTHER_PROVINCE } from '../../../shared/api/schemas';
import { useApiAction } from '../../api/useApiAction';
import type { FieldSpec } from '../../errors/fieldErrors';
import { ProvinceSelect } from './ProvinceSelect';

interface ProfileValues {
  pointName: string;
  provinceCode: string | null;
  provinceOther: string;
  parentBody: string;
  operatorName: string;
}

const FIELDS = ['pointName', 'provinceCode', 'provinceOther', 'parentBody', 'operatorName'];
const PROFILE_FIELDS: FieldSpec = { claims: (key) => FIELDS.includes(key) };

function initialValues(profile: Profile | null): ProfileValues {
  return {
    pointName: profile?.pointName ?? '',
    provinceCode: profile?.provinceCode || null,
    provinceOther: profile?.provinceOther ?? '',
    parentBody: profile?.parentBody ?? '',
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

  const update = <K extends keyof ProfileValues>(key: K, value: ProfileValues[K]) => {
    setValues((v) => ({ ...v, [key]: value }));
    clearFieldError(key);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const saved = await run(
      'profile.save',
      { ...values, provinceCode: values.provinceCode ?? '' },
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
          placeholder={t('profile.pointNamePlaceholder')}
          required
          data-autofocus
          value={values.pointName}
          onChange={(e) => update('pointName', e.currentTarget.value)}
          error={fieldErrors.pointName}
        />
        <ProvinceSelect
          value={values.provinceCode}
          onChange={(code) => update('provinceCode', code)}
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
        <TextInput
          label={t('profile.parentBody')}
          placeholder={t('profile.parentBodyPlaceholder')}
          value={values.parentBody}
          onChange={(e) => update('parentBody', e.currentTarget.value)}
          error={fieldErrors.parentBody}
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
