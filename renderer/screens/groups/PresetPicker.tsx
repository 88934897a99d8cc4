import { Button, Group, Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiAction } from '../../api/useApiAction';
import { useApiQuery } from '../../api/useApiQuery';
import { openConfirm } from '../../components/openConfirm';
import { useReferenceStore } from '../../stores/referenceStore';

/** Applies a ready-made set of groups and rules ("Điểm cầu Tỉnh ủy", "Điểm cầu UBND tỉnh"). */
export function PresetPicker({ onApplied }: { onApplied: () => void }) {
  const { t } = useTranslation();
  const presets = useApiQuery('groups.presets', {});
  const [presetId, setPresetId] = useState<string | null>(null);
  const { run, busy } = useApiAction();
  const setGroups = useReferenceStore((s) => s.setGroups);
  const preset = presets.data?.find((p) => p.id === presetId);

  const apply = () => {
    if (!preset) return;
    openConfirm({
      title: t('groups.presets.confirmTitle', { name: preset.name }),
      children: <Text>{t('groups.presets.help')}</Text>,
      labels: { confirm: t('groups.presets.apply'), cancel: t('common.cancel') },
      onConfirm: async () => {
        const result = await run('groups.applyPreset', { presetId: preset.id }, () =>
          t('groups.presets.applied', { name: preset.name }),
        );
        if (result) {
          setGroups(result.groups);
          onApplied();
        }
      },
    });
  };

  return (
    <Stack gap="xs">
      <Group align="flex-end" gap="sm">
        <Select
          w={380}
          label={t('groups.presets.label')}
          placeholder={t('groups.presets.placeholder')}
          data={(presets.data ?? []).map((p) => ({ value: p.id, label: p.name }))}
          value={presetId}
          onChange={setPresetId}
        />
        <Button onClick={apply} disabled={!preset} loading={busy} variant="light">
          {t('groups.presets.apply')}
        </Button>
      </Group>
      <Text size="sm" c="dimmed">
        {t('groups.presets.help')}
      </Text>
    </Stack>
  );
}
