import { ScreenHeader } from '../../components/ScreenHeader';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { Button, Stack, Tabs } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { MeetingWhen } from '../../../shared/api/schemas';
import { MeetingsTable } from './MeetingsTable';

// Today first: it is what the operator opens the app for.
const TABS: readonly MeetingWhen[] = ['today', 'upcoming', 'past', 'archived'];

function isTab(value: string | null): value is MeetingWhen {
  return (TABS as readonly (string | null)[]).includes(value);
}

export function MeetingsListScreen() {
  const { t } = useTranslation();
  useDocumentTitle(t('meetings.title'));
  const [params, setParams] = useSearchParams();
  const requested = params.get('tab');
  const tab: MeetingWhen = isTab(requested) ? requested : 'today';

  return (
    <Stack gap="md">
      <ScreenHeader title={t('meetings.title')}>
        <Button component={Link} to="/meetings/new" size="md">
          {t('meetings.new')}
        </Button>
      </ScreenHeader>
      <Tabs
        value={tab}
        onChange={(value) => {
          if (isTab(value)) setParams({ tab: value }, { replace: true });
        }}
      >
        <Tabs.List>
          {TABS.map((when) => (
            <Tabs.Tab key={when} value={when} fz="md">
              {t(`meetings.tabs.${when}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value={tab} pt="md">
          <MeetingsTable when={tab} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
