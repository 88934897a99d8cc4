import {
  Alert,
  Button,
  FileButton,
  Group,
  Paper,
  PasswordInput,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import type { PasswordInputProps } from '@mantine/core';
import type { ReactNode } from 'react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ApiAction } from '../../api/useApiAction';
import { useApiAction } from '../../api/useApiAction';
import { useApiQuery } from '../../api/useApiQuery';
import { QueryError } from '../../components/QueryError';
import { ScreenHeader } from '../../components/ScreenHeader';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { bytesToBase64 } from '../../files/base64';
import { downloadBase64 } from '../../files/download';
import { formatDateTime } from '../../format/vietnameseDate';
import { useSessionStore } from '../../stores/sessionStore';
import { OutboxLine, RetryDismiss } from './OutboxLines';

const REFRESH = { 'sync.changed': true, 'data.replaced': true } as const;
const SETTINGS_FIELDS = { claims: (key: string) => key === 'centerUrl' || key === 'caPem' };
const SECRET_FIELD = { claims: (key: string) => key === 'secret' };

/** One of the screen's bordered sections, under its heading; `aside` sits beside the heading. */
function Section(props: { title: string; aside?: ReactNode; children: ReactNode }) {
  const heading = (
    <Title order={3} size="h4">
      {props.title}
    </Title>
  );
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        {props.aside ? (
          <Group justify="space-between">
            {heading}
            {props.aside}
          </Group>
        ) : (
          heading
        )}
        {props.children}
      </Stack>
    </Paper>
  );
}

/** The enrolment secret the center gave; `action`'s error for it shows, and clears on typing. */
function SecretInput({
  action,
  value,
  onChange,
  ...rest
}: {
  action: ApiAction;
  value: string;
  onChange: (value: string) => void;
} & Pick<PasswordInputProps, 'size' | 'disabled' | 'style'> & { 'data-testid': string }) {
  const { t } = useTranslation();
  return (
    <PasswordInput
      {...rest}
      label={t('sync.secret')}
      value={value}
      onChange={(e) => {
        onChange(e.currentTarget.value);
        action.clearFieldError('secret');
      }}
      error={action.fieldErrors.secret}
      autoComplete="off"
    />
  );
}

/** The center's address and the private CA, saved together. */
function ConnectionSection() {
  const { t } = useTranslation();
  const settings = useApiQuery('sync.settings', {}, REFRESH);
  const [url, setUrl] = useState('');
  // undefined: keep the saved CA; null: remove it; text: the picked file's PEM.
  const [ca, setCa] = useState<{ pem: string | null; name: string } | undefined>(undefined);
  const save = useApiAction(SETTINGS_FIELDS);
  useEffect(() => {
    if (settings.data) setUrl(settings.data.centerUrl);
  }, [settings.data]);
  if (settings.error && !settings.data) {
    return <QueryError error={settings.error} onRetry={settings.reload} />;
  }
  const data = settings.data;
  const pickCa = async (file: File | null) => {
    if (file) setCa({ pem: await file.text(), name: file.name });
  };
  const submit = async () => {
    // No CA picked: the saved one (never sent back to the page) is kept.
    const done = await save.run(
      'sync.saveSettings',
      ca === undefined ? { centerUrl: url } : { centerUrl: url, caPem: ca.pem },
      t('sync.saved'),
    );
    if (done) setCa(undefined);
  };
  return (
    <Section title={t('sync.connection')}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <Stack gap="sm">
          <TextInput
            size="md"
            label={t('sync.url')}
            description={t('sync.urlHint')}
            value={url}
            onChange={(e) => {
              setUrl(e.currentTarget.value);
              save.clearFieldError('centerUrl');
            }}
            error={save.fieldErrors.centerUrl}
            data-testid="center-url"
            autoComplete="off"
            spellCheck={false}
          />
          <Stack gap={4}>
            <Text size="sm" fw={500}>
              {t('sync.ca')}
            </Text>
            <Text size="sm" c="dimmed">
              {t('sync.caHint')}
            </Text>
            {ca?.pem ? (
              <Text size="sm">{t('sync.caPicked', { name: ca.name })}</Text>
            ) : ca === undefined && data?.caSubject ? (
              <Text size="sm">{t('sync.caSet', { subject: data.caSubject })}</Text>
            ) : null}
            {save.fieldErrors.caPem && (
              <Text size="sm" c="red.8">
                {save.fieldErrors.caPem}
              </Text>
            )}
            <Group gap="xs">
              <FileButton onChange={(f) => void pickCa(f)} accept=".pem,.crt,.cer">
                {(props) => (
                  <Button variant="default" {...props}>
                    {t('sync.caChoose')}
                  </Button>
                )}
              </FileButton>
              {(ca?.pem || (ca === undefined && data?.caSubject)) && (
                <Button variant="subtle" onClick={() => setCa({ pem: null, name: '' })}>
                  {t('sync.caRemove')}
                </Button>
              )}
            </Group>
          </Stack>
          {data?.urlWarning === 'plain_http_lan' && (
            <Alert color="yellow" data-testid="center-http-warning">
              {t('sync.httpWarning')}
            </Alert>
          )}
          <Group>
            <Button type="submit" loading={save.busy}>
              {t('sync.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Section>
  );
}

function EnrolSection() {
  const { t } = useTranslation();
  const settings = useApiQuery('sync.settings', {}, REFRESH);
  const transport = useSessionStore((s) => s.info?.transport);
  const [secret, setSecret] = useState('');
  const enrol = useApiAction(SECRET_FIELD);
  const data = settings.data;
  if (!data) return null;
  const plain =
    data.tokenProtection === 'plain' || (data.tokenProtection === null && transport === 'http');
  return (
    <Section title={t('sync.enrolTitle')}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void enrol.run('sync.enrol', { secret }, t('sync.enrolledOk')).then((done) => {
            if (done) setSecret('');
          });
        }}
      >
        <Stack gap="sm">
          {data.pointCode ? (
            <Text>{t('sync.pointCode', { code: data.pointCode })}</Text>
          ) : (
            <Alert color="yellow">
              {t('sync.pointCodeMissing')} <Link to="/profile">{t('nav.profile')}</Link>
            </Alert>
          )}
          <Text data-testid="center-enrolment">
            {data.enrolledAt
              ? t('sync.enrolledAt', { time: formatDateTime(data.enrolledAt) })
              : t('sync.notEnrolled')}
          </Text>
          {!data.centerUrl && <Text c="dimmed">{t('sync.needUrl')}</Text>}
          <SecretInput
            action={enrol}
            value={secret}
            onChange={setSecret}
            size="md"
            data-testid="center-secret"
            disabled={!data.centerUrl || !data.pointCode}
          />
          {plain ? (
            <Alert color="yellow" data-testid="token-plain">
              {t('sync.tokenPlain')}
            </Alert>
          ) : data.tokenProtection === 'os' ? (
            <Text size="sm" c="dimmed">
              {t('sync.tokenOs')}
            </Text>
          ) : null}
          <Group>
            <Button
              type="submit"
              loading={enrol.busy}
              disabled={!data.centerUrl || !data.pointCode || secret.trim() === ''}
            >
              {data.enrolledAt ? t('sync.enrolAgain') : t('sync.enrol')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Section>
  );
}

function StatusSection() {
  const { t } = useTranslation();
  const status = useApiQuery('sync.status', {}, REFRESH);
  const act = useApiAction();
  if (status.error && !status.data) {
    return <QueryError error={status.error} onRetry={status.reload} />;
  }
  const s = status.data;
  if (!s) return null;
  return (
    <Section title={t('sync.statusTitle')}>
      <Text data-testid="center-state">
        {t(`sync.state.${s.center.state}`)}
        {s.center.checkedAt ? ` · ${formatDateTime(s.center.checkedAt)}` : ''}
        {' · '}
        {t('sync.pending', { count: s.pending })}
        {s.lastSentAt ? ` · ${t('sync.sentAt', { time: formatDateTime(s.lastSentAt) })}` : ''}
      </Text>
      {s.center.error && (
        <Text size="sm" c="dimmed">
          {t('sync.lastError', { error: s.center.error })}
        </Text>
      )}
      <Title order={4} size="h5">
        {t('sync.failedTitle')}
      </Title>
      {s.failed.length === 0 ? (
        <Text c="dimmed">{t('sync.failedNone')}</Text>
      ) : (
        <Stack gap="sm" data-testid="sync-failed">
          {s.failed.map((e) => (
            <OutboxLine
              key={e.id}
              entry={e}
              actions={
                <RetryDismiss
                  entry={e}
                  busy={act.busy}
                  onRetry={() => void act.run('sync.retry', { id: e.id })}
                  onDismiss={() => void act.run('sync.dismiss', { id: e.id })}
                />
              }
            />
          ))}
        </Stack>
      )}
      <Title order={4} size="h5">
        {t('sync.recentTitle')}
      </Title>
      {s.recent.length === 0 ? (
        <Text c="dimmed">{t('sync.recentNone')}</Text>
      ) : (
        <Stack gap="sm">
          {s.recent.map((e) => (
            <OutboxLine key={e.id} entry={e} />
          ))}
        </Stack>
      )}
    </Section>
  );
}

function OfflineSection() {
  const { t } = useTranslation();
  const settings = useApiQuery('sync.settings', {}, REFRESH);
  const exporter = useApiAction();
  const importer = useApiAction();
  const enroller = useApiAction(SECRET_FIELD);
  const [secret, setSecret] = useState('');
  const pointCode = settings.data?.pointCode ?? '';
  const exportEnrolment = async () => {
    const file = await enroller.run(
      'sync.exportEnrolment',
      { secret },
      t('sync.enrolmentExported'),
    );
    if (!file) return;
    downloadBase64(file.fileName, file.mimeType, file.dataBase64);
    setSecret('');
  };
  const exportBundle = async () => {
    const file = await exporter.run('sync.exportBundle', {}, (f) =>
      f.rows === 0 ? t('sync.nothingToExport') : t('sync.exported', { count: f.rows }),
    );
    if (file && file.rows > 0) downloadBase64(file.fileName, file.mimeType, file.dataBase64);
  };
  const importReceipts = async (file: File | null) => {
    if (!file) return;
    const dataBase64 = bytesToBase64(new Uint8Array(await file.arrayBuffer()));
    await importer.run('sync.importReceipts', { dataBase64 }, (r) => t('sync.imported', r));
  };
  return (
    <Section title={t('sync.offlineTitle')}>
      <Text size="sm">{t('sync.offlineHint')}</Text>
      <Group>
        <Button variant="default" loading={exporter.busy} onClick={() => void exportBundle()}>
          {t('sync.exportBundle')}
        </Button>
        <FileButton onChange={(f) => void importReceipts(f)} accept=".json">
          {(props) => (
            <Button variant="default" loading={importer.busy} {...props}>
              {t('sync.importReceipts')}
            </Button>
          )}
        </FileButton>
      </Group>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void exportEnrolment();
        }}
      >
        <Stack gap="xs">
          <Title order={4} size="h5">
            {t('sync.enrolByFileTitle')}
          </Title>
          <Text size="sm">{t('sync.enrolByFileHint')}</Text>
          <Group align="flex-end">
            <SecretInput
              action={enroller}
              value={secret}
              onChange={setSecret}
              data-testid="enrolment-file-secret"
              disabled={!pointCode}
              style={{ flex: 1 }}
            />
            <Button
              type="submit"
              variant="default"
              loading={enroller.busy}
              disabled={!pointCode || secret.trim() === ''}
            >
              {t('sync.exportEnrolment')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Section>
  );
}

function CenterMeetingsSection() {
  const { t } = useTranslation();
  const cached = useApiQuery('sync.centerMeetings', {}, { ...REFRESH, 'meetings.changed': true });
  const pull = useApiAction();
  const create = useApiAction();
  const meetings = cached.data?.meetings ?? [];
  return (
    <Section
      title={t('sync.meetingsTitle')}
      aside={
        <Button
          variant="default"
          loading={pull.busy}
          onClick={() => void pull.run('sync.pullMeetings', {}).then(() => cached.reload())}
        >
          {t('sync.pullMeetings')}
        </Button>
      }
    >
      {meetings.length === 0 ? (
        <Text c="dimmed">{t('sync.meetingsNone')}</Text>
      ) : (
        <Stack gap="xs" data-testid="center-meetings">
          {meetings.map((m) => (
            <Group key={m.id} justify="space-between" wrap="wrap">
              <Stack gap={0}>
                <Text fw={600}>{m.title}</Text>
                <Text size="sm" c="dimmed">
                  {m.startTime} {m.date.split('-').reverse().join('/')} ·{' '}
                  {t('sync.agendaCount', { count: m.agenda.length })}
                </Text>
              </Stack>
              {m.localMeetingId ? (
                <Button component={Link} to={`/meetings/${m.localMeetingId}`} variant="light">
                  {t('sync.openMeeting')}
                </Button>
              ) : (
                <Button
                  disabled={create.busy}
                  onClick={() =>
                    void create.run('sync.createMeeting', { centerMeetingId: m.id }, (made) =>
                      t('sync.meetingCreated', { title: made.title }),
                    )
                  }
                >
                  {t('sync.createMeeting')}
                </Button>
              )}
            </Group>
          ))}
        </Stack>
      )}
    </Section>
  );
}

/** `#/center`: the center's address, enrolment, what was sent and what failed, the file way. */
export function CenterScreen() {
  const { t } = useTranslation();
  useDocumentTitle(t('sync.title'));
  return (
    <Stack gap="md" maw={900}>
      <ScreenHeader title={t('sync.title')} />
      <Text>{t('sync.intro')}</Text>
      <ConnectionSection />
      <EnrolSection />
      <StatusSection />
      <OfflineSection />
      <CenterMeetingsSection />
    </Stack>
  );
}
