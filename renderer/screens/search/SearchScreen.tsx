import { useDocumentTitle } from '../../components/useDocumentTitle';
import { Anchor, Badge, Group, Loader, Paper, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { SearchHit } from '../../../shared/api/notesSchemas';
import { useApiQuery } from '../../api/useApiQuery';
import { QueryError } from '../../components/QueryError';
import { ScreenHeader } from '../../components/ScreenHeader';
import { useLongDate } from '../../format/useDateFormat';
import { splitBySpans } from './highlight';

/** Where a hit leads: its note, framed, on the meeting's notes tab; a report to the meeting. */
function hitLink(hit: SearchHit): string {
  return hit.source === 'note'
    ? `/meetings/${hit.meetingId}/notes?note=${encodeURIComponent(hit.refId)}`
    : `/meetings/${hit.meetingId}`;
}

function HitCard({ hit }: { hit: SearchHit }) {
  const { t } = useTranslation();
  const longDate = useLongDate();
  return (
    <Paper withBorder p="sm" data-testid="search-hit">
      <Group justify="space-between" mb={4} wrap="nowrap">
        <Anchor component={Link} to={hitLink(hit)} fw={600}>
          {hit.meetingTitle}
        </Anchor>
        <Group gap="xs" wrap="nowrap">
          <Badge variant="light" color={hit.source === 'note' ? 'teal' : 'grape'}>
            {hit.kind ? t(`notes.kinds.${hit.kind}`) : t(`search.sources.${hit.source}`)}
          </Badge>
          <Text size="sm" c="dimmed">
            {longDate(hit.meetingDate)}
          </Text>
        </Group>
      </Group>
      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
        {hit.clippedStart && '…'}
        {splitBySpans(hit.excerpt, hit.spans).map((p, i) =>
          p.marked ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>,
        )}
        {hit.clippedEnd && '…'}
      </Text>
    </Paper>
  );
}

/**
 * `#/search?q=`: every meeting's notes and reports, accent-insensitively ("ket luan" finds
 * "kết luận"). The query lives in the address, so going back from a hit shows the same hits.
 */
export function SearchScreen() {
  const { t } = useTranslation();
  useDocumentTitle(t('search.title'));
  const [params, setParams] = useSearchParams();
  // The box keeps its own text (an input method composes in it); the address follows.
  const [query, setQuery] = useState(() => params.get('q') ?? '');
  const [debounced] = useDebouncedValue(query.trim(), 250);
  useEffect(() => {
    setParams(debounced ? { q: debounced } : {}, { replace: true });
  }, [debounced, setParams]);
  const result = useApiQuery('notes.search', debounced === '' ? null : { query: debounced });
  const hits = debounced === '' ? [] : (result.data?.hits ?? []);

  return (
    <Stack gap="md" maw={960}>
      <ScreenHeader title={t('search.title')} />
      <TextInput
        size="md"
        label={t('search.query')}
        placeholder={t('search.placeholder')}
        value={query}
        autoFocus
        onChange={(e) => setQuery(e.currentTarget.value)}
      />
      {result.error && <QueryError error={result.error} onRetry={result.reload} />}
      {result.loading && <Loader size="sm" />}
      {debounced !== '' && !result.loading && result.data && hits.length === 0 && (
        <Text c="dimmed">{t('search.none', { query: debounced })}</Text>
      )}
      {hits.length > 0 && (
        <Text size="sm" c="dimmed">
          {t('search.count', { count: hits.length })}
        </Text>
      )}
      {hits.map((hit) => (
        <HitCard key={`${hit.source}-${hit.refId}`} hit={hit} />
      ))}
    </Stack>
  );
}
