import { Badge, Button, Group, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PositionRule } from '../../../shared/api/directorySchemas';
import { useApiAction } from '../../api/useApiAction';
import { useGroups, useReferenceStore } from '../../stores/referenceStore';
import type { DraftRule } from './ruleDrafts';
import {
  draftsAfterChange,
  draftsOf,
  inputsOf,
  newDraft,
  sameRules,
  withExistingGroups,
} from './ruleDrafts';
import { RuleRow } from './RuleRow';

const ALL_FIELDS = { prefix: ['rules'], claims: () => true };

/** The position rules, edited as a whole and saved in one call (rules.save replaces the list). */
export function RulesEditor({ rules, onSaved }: { rules: PositionRule[]; onSaved: () => void }) {
  const { t } = useTranslation();
  const groups = useGroups();
  // null until loaded: an empty list must not be read as "every group was deleted".
  const loadedGroups = useReferenceStore((s) => s.groups);
  const [groupsSeen, setGroupsSeen] = useState(loadedGroups);
  const [drafts, setDrafts] = useState<DraftRule[]>(() => draftsOf(rules));
  const [source, setSource] = useState(rules);
  const [focusKey, setFocusKey] = useState<string | null>(null);
  const { run, busy, fieldErrors, resetFieldErrors } = useApiAction(ALL_FIELDS);
  const groupIds = loadedGroups ? new Set(loadedGroups.map((g) => g.id)) : null;
  if (source !== rules) {
    setSource(rules);
    setDrafts(draftsAfterChange(drafts, source, rules, groupIds));
  }
  if (groupsSeen !== loadedGroups) {
    // A group deleted here or in another window: its draft rules cannot be saved any more.
    setGroupsSeen(loadedGroups);
    if (groupIds) setDrafts((list) => withExistingGroups(list, groupIds));
  }
  const dirty = !sameRules(drafts, rules);

  const update = (key: string, patch: Partial<DraftRule>) => {
    setDrafts((list) => list.map((d) => (d.key === key ? { ...d, ...patch } : d)));
    resetFieldErrors(); // issue paths are indexes: any edit may shift them
  };
  const remove = (key: string) => {
    setDrafts((list) => list.filter((d) => d.key !== key));
    resetFieldErrors();
  };
  const add = () => {
    const draft = newDraft(groups[0]?.id ?? '');
    setDrafts((list) => [...list, draft]);
    setFocusKey(draft.key);
  };
  const save = async () => {
    const saved = await run('rules.save', { rules: inputsOf(drafts) }, (list) =>
      t('groups.rules.saved', { count: list.length }),
    );
    if (saved) onSaved();
  };

  return (
    <Stack gap="sm">
      {drafts.length === 0 ? (
        <Text c="dimmed">{t('groups.rules.empty')}</Text>
      ) : (
        <Table verticalSpacing={4} data-testid="rules-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={50}>#</Table.Th>
              <Table.Th>{t('groups.rules.pattern')}</Table.Th>
              <Table.Th w={300}>{t('groups.rules.group')}</Table.Th>
              <Table.Th w={110}>{t('groups.rules.rank')}</Table.Th>
              <Table.Th w={80} />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {drafts.map((d, i) => (
              <RuleRow
                key={d.key}
                draft={d}
                index={i}
                groups={groups}
                errors={fieldErrors}
                autoFocus={d.key === focusKey}
                onChange={(patch) => update(d.key, patch)}
                onRemove={() => remove(d.key)}
              />
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Group justify="space-between">
        <Button variant="light" onClick={add} disabled={groups.length === 0}>
          {t('groups.rules.add')}
        </Button>
        <Group gap="sm">
          {dirty && (
            <Badge color="orange" variant="light" tt="none">
              {t('groups.rules.unsaved')}
            </Badge>
          )}
          <Button
            variant="default"
            disabled={!dirty || busy}
            onClick={() => {
              setDrafts(draftsOf(rules));
              resetFieldErrors();
            }}
          >
            {t('groups.rules.undo')}
          </Button>
          <Button onClick={() => void save()} loading={busy} disabled={!dirty}>
            {t('groups.rules.save')}
          </Button>
        </Group>
      </Group>
    </Stack>
  );
}
