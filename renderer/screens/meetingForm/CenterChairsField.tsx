import { Button, Fieldset, Group, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FieldErrors } from '../../errors/fieldErrors';
import type { ChairValues } from './meetingFormValues';
import { emptyChair } from './meetingFormValues';

interface CenterChairsFieldProps {
  chairs: ChairValues[];
  onChange: (chairs: ChairValues[]) => void;
  errors: FieldErrors;
  disabled: boolean;
}

/** The comrades chairing at the central point, in the order they are announced. */
export function CenterChairsField({ chairs, onChange, errors, disabled }: CenterChairsFieldProps) {
  const { t } = useTranslation();
  const update = (index: number, patch: Partial<ChairValues>) =>
    onChange(chairs.map((c, i) => (i === index ? { ...c, ...patch } : c)));

  return (
    <Fieldset legend={t('meetingForm.centerChairs')} disabled={disabled}>
      {chairs.map((chair, i) => {
        const n = i + 1;
        return (
          <Group key={chair.key} align="flex-start" wrap="nowrap" mb="sm">
            <TextInput
              flex={1}
              label={t('meetingForm.chairName', { index: n })}
              value={chair.name}
              onChange={(e) => update(i, { name: e.currentTarget.value })}
              error={errors[`centerChairs.${i}.name`]}
            />
            <TextInput
              flex={1}
              label={t('meetingForm.chairPosition', { index: n })}
              value={chair.position}
              onChange={(e) => update(i, { position: e.currentTarget.value })}
              error={errors[`centerChairs.${i}.position`]}
            />
            <Button
              mt={25}
              variant="subtle"
              color="red"
              onClick={() => onChange(chairs.filter((_, j) => j !== i))}
            >
              {t('meetingForm.removeChair', { index: n })}
            </Button>
          </Group>
        );
      })}
      <Button variant="light" onClick={() => onChange([...chairs, emptyChair()])}>
        {t('meetingForm.addChair')}
      </Button>
    </Fieldset>
  );
}
