import type { ReportContent } from '../report/content';
import { markdownLines } from '../report/markdown';
import type { ClockOf, ReportBlock } from '../report/prose';
import { reportDocument } from '../report/prose';
import { dateLine } from './dateLine';
import type { MeetingFacts, PointProfile } from './frame';
import { documentFrame, fileStem } from './frame';
import type { Block } from './model';
import type { DocumentModel } from './model';
import { TITLES } from './wording';

/** Which text of the report a document prints: a saved revision, or the draft of now. */
export interface ReportSource {
  content: ReportContent;
  /** Null for a draft nobody has saved yet. */
  revision: number | null;
  /** YYYY-MM-DD: the day it was finalized, else saved, else today (reportIssueDate). */
  issuedOn: string;
  /** Who finalized or saved it; the profile's operator for a draft. */
  signedBy: string | null;
}

/**
 * An item of the operator's (Markdown) as administrative texts list it, as the report's
 * preview draws it: "- " before the item, "+ " before the lines it lists.
 */
function itemBlocks(text: string): Block[] {
  return markdownLines(text).map((line, i) => ({
    kind: 'paragraph' as const,
    runs: [{ text: i === 0 ? '- ' : line.bullet ? '+ ' : '' }, ...line.runs].filter(
      (r) => r.text !== '',
    ),
  }));
}

function proseBlocks(block: ReportBlock): Block[] {
  return block.kind === 'paragraph'
    ? [{ kind: 'paragraph', runs: [{ text: block.text }] }]
    : block.items.flatMap(itemBlocks);
}

/**
 * The summary report as a document: the words of shared/report/prose.ts (what the report's own
 * preview shows), in the frame every document has: the heading of the body kind, the place and
 * the date the revision bears, "BÁO CÁO" and what it reports on, the numbered sections, and the
 * signature of whoever finalized or saved it.
 */
export function reportDocumentModel(
  profile: PointProfile,
  meeting: MeetingFacts,
  source: ReportSource,
  clockOf?: ClockOf,
): DocumentModel {
  const prose = reportDocument(source.content, { issuedOn: source.issuedOn, clockOf });
  const frame = documentFrame('report', TITLES.report, profile, meeting);
  const stem = fileStem(TITLES.report, meeting.date);
  return {
    ...frame,
    placeDate: dateLine(profile.placeName, source.issuedOn),
    subtitle: [prose.subtitle],
    orientation: 'portrait',
    blocks: prose.sections.flatMap((s): Block[] => [
      { kind: 'heading', text: `${s.number}. ${s.heading.toLocaleUpperCase('vi')}` },
      ...s.blocks.flatMap(proseBlocks),
    ]),
    signature: frame.signature && {
      role: frame.signature.role,
      name: source.signedBy?.trim() || frame.signature.name,
    },
    fileStem: source.revision === null ? stem : `${stem}-ban-${source.revision}`,
  };
}
