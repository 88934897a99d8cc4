import { Button, NativeSelect, NumberInput, Table, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ProtocolGroup } from '../../../shared/api/schemas';
import type { FieldErrors } from '../../errors/fieldErrors';
import type { DraftRule } from './ruleDrafts';

interface RuleRowProps {
  draft: DraftRule;
  index: number;
  groups: ProtocolGroup[];
  errors: FieldErrors;
  autoFocus: boolean;
  onChange: (patch: Partial<DraftRule>) => void;
  onRemove: () => void;
}

export function RuleRow({
  draft,
  index,
  groups,
  errors,
  autoFocus,
  onChange,
  onRemove,
}: RuleRowProps) {
  const { t } = useTranslation();
  const n = index + 1;
  const known = groups.some((g) => g.id === draft.groupId);
  return (
    <Table.Tr data-testid={`rule-row-${index}`}>
      <Table.Td>{n}</Table.Td>
      <Table.Td>
        <TextInput
          size="xs"
          aria-label={t('groups.rules.patternFor', { index: n })}
          value={draft.pattern}
          autoFocus={autoFocus}
          onChange={(e) => onChange({ pattern: e.currentTarget.value })}
          error={errors[`${index}.pattern`]}
        />
      </Table.Td>
      <Table.Td>
        <NativeSelect
          size="xs"
          aria-label={t('groups.rules.groupFor', { index: n })}
          data={[
            ...(known ? [] : [{ value: draft.groupId, label: '—' }]),
            ...groups.map((g) => ({ value: g.id, label: g.name })),
          ]}
          value={draft.groupId}
          onChange={(e) => onChange({ groupId: e.currentTarget.value })}
          error={errors[`${index}.groupId`]}
        />
      </Table.Td>
      <Table.Td>
        <NumberInput
          size="xs"
          aria-label={t('groups.rules.rankFor', { index: n })}
          min={1}
          max={9999}
          allowDecimal={false}
          allowNegative={false}
          value={draft.rank}
          onChange={(v) => onChange({ rank: typeof v === 'number' ? v : '' })}
          error={errors[`${index}.rank`]}
        />
      </Table.Td>
      <Table.Td>
        <Button
          size="xs"
          variant="subtle"
          color="red"
          onClick={onRemove}
          aria-label={t('groups.rules.removeFor', { index: n })}
        >
          {t('groups.rules.remove')}
        </Button>
      </Table.Td>
    </Table.Tr>
  );
}
