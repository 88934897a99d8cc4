import { Button, Fieldset, Grid, NumberInput, Paper, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ClockInput } from '../../components/ClockInput';
import type { FieldErrors } from '../../errors/fieldErrors';
import type { AgendaValues } from './meetingFormValues';
import { emptyAgendaItem } from './meetingFormValues';

interface AgendaFieldProps {
  items: AgendaValues[];
  onChange: (items: AgendaValues[]) => void;
  /** Called with the field's path ("agenda.0.plannedStart") when a planned start is edited. */
  onEditTime: (key: string) => void;
  errors: FieldErrors;
  disabled: boolean;
}

/** The programme: items in running order, each with an optional planned start and length. */
export function AgendaField({ items, onChange, onEditTime, errors, disabled }: AgendaFieldProps) {
  const { t } = useTranslation();
  const update = (index: number, patch: Partial<AgendaValues>) =>
    onChange(items.map((a, i) => (i === index ? { ...a, ...patch } : a)));

  return (
    <Fieldset legend={t('meetingForm.agenda')} disabled={disabled}>
      {items.length === 0 && (
        <Text c="dimmed" mb="sm">
          {t('meetingForm.agendaEmpty')}
        </Text>
      )}
      {items.map((item, i) => {
        const n = i + 1;
        const err = (field: string) => errors[`agenda.${i}.${field}`];
        return (
          <Paper key={item.key} withBorder p="sm" mb="sm" data-testid={`agenda-item-${n}`}>
            <Grid align="flex-start">
              <Grid.Col span={12}>
                <TextInput
                  label={t('meetingForm.agendaTitle', { index: n })}
                  required
                  value={item.title}
                  onChange={(e) => update(i, { title: e.currentTarget.value })}
                  error={err('title')}
                />
              </Grid.Col>
              <Grid.Col span={{ base: 6, md: 3 }}>
                <TextInput
                  label={t('meetingForm.agendaPresenter', { index: n })}
                  value={item.presenter}
                  onChange={(e) => update(i, { presenter: e.currentTarget.value })}
                  error={err('presenter')}
                />
              </Grid.Col>
              {/* Wide enough for "Hiểu là: 14:30 (2 giờ 30 chiều)" under the field. Narrow (200%
                  zoom), the fields take two lines rather than push the form sideways. */}
              <Grid.Col span={{ base: 6, md: 3 }}>
                <ClockInput
                  label={t('meetingForm.agendaStart', { index: n })}
                  value={item.plannedStart}
                  onChange={(value) => {
                    update(i, { plannedStart: value });
                    onEditTime(`agenda.${i}.plannedStart`);
                  }}
                  error={err('plannedStart')}
                />
              </Grid.Col>
              <Grid.Col span={{ base: 4, md: 2 }}>
                <NumberInput
                  label={t('meetingForm.agendaDuration', { index: n })}
                  min={0}
                  max={1440}
                  allowDecimal={false}
                  allowNegative={false}
                  value={item.durationMinutes}
                  onChange={(v) => update(i, { durationMinutes: typeof v === 'number' ? v : '' })}
                  error={err('durationMinutes')}
                />
              </Grid.Col>
              <Grid.Col span={{ base: 4, md: 2 }}>
                <NumberInput
                  label={t('meetingForm.agendaSpeechMinutes', { index: n })}
                  min={1}
                  max={180}
                  allowDecimal={false}
                  allowNegative={false}
                  value={item.speechMinutes}
                  onChange={(v) => update(i, { speechMinutes: typeof v === 'number' ? v : '' })}
                  error={err('speechMinutes')}
                />
              </Grid.Col>
              <Grid.Col span={{ base: 4, md: 2 }}>
                <Button
                  mt={25}
                  variant="subtle"
                  color="red"
                  onClick={() => onChange(items.filter((_, j) => j !== i))}
                >
                  {t('meetingForm.removeAgenda', { index: n })}
                </Button>
              </Grid.Col>
            </Grid>
          </Paper>
        );
      })}
      <Button variant="light" onClick={() => onChange([...items, emptyAgendaItem()])}>
        {t('meetingForm.addAgenda')}
      </Button>
    </Fieldset>
  );
}
