import { List, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useMemo } from 'react';
import type { Inline } from './markdown';
import { parseMarkdown } from './markdown';

function renderInline(spans: Inline[]): ReactNode[] {
  return spans.map((s, i) => {
    let node: ReactNode = s.text;
    if (s.italic) node = <em>{node}</em>;
    if (s.bold) node = <strong>{node}</strong>;
    return <span key={i}>{node}</span>;
  });
}

/** A note's Markdown as React elements (text nodes only, never HTML from the note). */
export function MarkdownView({ source }: { source: string }) {
  const blocks = useMemo(() => parseMarkdown(source), [source]);
  return (
    <>
      {blocks.map((block, i) => {
        if (block.kind === 'paragraph') {
          return (
            <Text key={i} mb="xs">
              {block.lines.map((line, j) => (
                <span key={j}>
                  {j > 0 && <br />}
                  {renderInline(line)}
                </span>
              ))}
            </Text>
          );
        }
        return (
          <List
            key={i}
            type={block.kind === 'numbered' ? 'ordered' : 'unordered'}
            start={block.kind === 'numbered' ? block.start : undefined}
            mb="xs"
            withPadding
          >
            {block.items.map((item, j) => (
              <List.Item key={j}>{renderInline(item)}</List.Item>
            ))}
          </List>
        );
      })}
    </>
  );
}
