import { Box, Paper, Stack, Text } from '@mantine/core';
import { Fragment, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportContent } from '../../../../shared/report/content';
import { documentHeading } from '../../../../shared/documents/heading';
import type { ReportBlock } from '../../../../shared/report/prose';
import { reportDocument } from '../../../../shared/report/prose';
import type { Run } from '../../../../shared/report/markdown';
import { markdownLines } from '../../../../shared/report/markdown';
import { DOCUMENT_FONT, DocumentHeadingView } from '../../../components/DocumentHeadingView';
import { useSessionStore } from '../../../stores/sessionStore';

function Runs({ runs }: { runs: Run[] }) {
  return (
    <>
      {runs.map((r, i) => (
        <Text
          key={i}
          span
          fw={r.bold ? 700 : undefined}
          fs={r.italic ? 'italic' : undefined}
          inherit
        >
          {r.text}
        </Text>
      ))}
    </>
  );
}

/**
 * An item of the operator's (Markdown) as administrative texts list: "- " before the item,
 * "+ " before the lines it lists, further lines as they are.
 */
function Item({ text }: { text: string }) {
  return (
    <>
      {markdownLines(text).map((line, i) => (
        <Text key={i} inherit pl={line.bullet && i > 0 ? 'md' : 0}>
          {i === 0 ? '- ' : line.bullet ? '+ ' : ''}
          <Runs runs={line.runs} />
        </Text>
      ))}
    </>
  );
}

function Block({ block }: { block: ReportBlock }) {
  if (block.kind === 'paragraph') {
    return (
      <Text inherit style={{ textIndent: '1cm' }} ta="justify">
        {block.text}
      </Text>
    );
  }
  return (
    <Stack gap={4} pl="1cm">
      {block.items.map((item, i) => (
        <Item key={i} text={item} />
      ))}
    </Stack>
  );
}

interface ReportPreviewProps {
  content: ReportContent;
  /** The date the report bears (YYYY-MM-DD). */
  issuedOn: string;
}

/**
 * The report as the document will read, in the administrative layout: the heading of the
 * point's body kind, the place and date line, the title, then the numbered sections. The words
 * come from shared/report/prose.ts, what the exports print.
 */
export function ReportPreview({ content, issuedOn }: ReportPreviewProps) {
  const { t } = useTranslation();
  const profile = useSessionStore((s) => s.profile);
  const doc = useMemo(() => reportDocument(content, { issuedOn }), [content, issuedOn]);
  const heading = profile?.bodyKind
    ? documentHeading({
        bodyKind: profile.bodyKind,
        parentBody: profile.parentBody,
        issuingBody: profile.issuingBody,
      })
    : null;
  return (
    <Paper
      withBorder
      shadow="xs"
      p="lg"
      ff={DOCUMENT_FONT}
      fz={15}
      lh={1.45}
      c="black"
      bg="white"
      aria-label={t('report.preview')}
      data-testid="report-preview"
    >
      {heading ? (
        <DocumentHeadingView heading={heading} dateLine={doc.dateLine} size="sm" />
      ) : (
        <Text inherit fs="italic" ta="right">
          {doc.dateLine}
        </Text>
      )}
      <Box my="lg" ta="center">
        <Text inherit fw={700} fz={16}>
          {doc.title}
        </Text>
        <Text inherit fw={700}>
          {doc.subtitle}
        </Text>
        {/* The short rule under a document's title. */}
        <Box mx="auto" mt={4} w={120} style={{ borderTop: '1px solid black' }} />
      </Box>
      <Stack gap={6}>
        {doc.sections.map((s) => (
          <Fragment key={s.number}>
            <Text inherit fw={700} mt={6}>
              {s.number}. {s.heading.toLocaleUpperCase('vi')}
            </Text>
            {s.blocks.map((b, i) => (
              <Block key={i} block={b} />
            ))}
          </Fragment>
        ))}
      </Stack>
    </Paper>
  );
}
