import { foldText } from '../text/fold';

/**
 * Suggesting a protocol group and rank from a position (chức vụ) such as
 * "Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch Thường trực UBND tỉnh".
 *
 * A position may list several posts; each post is matched against the rules by its beginning
 * (so "Phó Bí thư Tỉnh ủy" never matches the rule for "Bí thư Tỉnh ủy"), the longest matching
 * pattern wins for a post, and the person ranks by their highest post.
 */
export interface PositionRule {
  id: string;
  pattern: string;
  groupId: string;
  rank: number;
}

export interface RuleSuggestion {
  ruleId: string;
  groupId: string;
  rank: number;
}

/** Long forms and their usual abbreviations fold to the same text. */
const ABBREVIATIONS: [RegExp, string][] = [
  [/\bhoi dong nhan dan\b/g, 'hdnd'],
  [/\buy ban nhan dan\b/g, 'ubnd'],
  [/\buy ban mat tran to quoc viet nam\b/g, 'ubmttq'],
  [/\buy ban mttq viet nam\b/g, 'ubmttq'],
  [/\buy ban mat tran to quoc\b/g, 'ubmttq'],
  [/\buy ban mttq\b/g, 'ubmttq'],
  [/\bmat tran to quoc\b/g, 'mttq'],
  [/\bban chap hanh\b/g, 'bch'],
  [/\bban thuong vu\b/g, 'btv'],
  [/\bthanh pho\b/g, 'tp'],
];

export function foldPosition(text: string): string {
  let folded = foldText(text).replace(/[.]/g, ' ').replace(/\s+/g, ' ').trim();
  for (const [re, short] of ABBREVIATIONS) folded = folded.replace(re, short);
  return folded;
}

/** Splits a position into posts: commas, semicolons, dashes between posts, "kiêm". */
export function splitPosts(position: string): string[] {
  return foldPosition(position)
    .split(/\s*(?:,|;|\s-\s|\s–\s|\bkiem\b)\s*/)
    .map((p) => p.trim())
    .filter(Boolean);
}

function startsWithWords(post: string, pattern: string): boolean {
  return post === pattern || post.startsWith(`${pattern} `);
}

/**
 * Prepares the rules once (folding every pattern) and returns the matcher; an import calls it
 * for thousands of rows. `groupOrder` gives each group's place in the protocol order.
 */
export function compileRules(
  rules: readonly PositionRule[],
  groupOrder: ReadonlyMap<string, number>,
): (position: string) => RuleSuggestion | null {
  const prepared = rules
    .map((rule) => ({ rule, folded: foldPosition(rule.pattern) }))
    .filter((r) => r.folded)
    // Longest pattern first: the first that matches a post is the most specific.
    .sort((a, b) => b.folded.length - a.folded.length);
  return (position) => {
    let best: RuleSuggestion | null = null;
    for (const post of splitPosts(position)) {
      const match = prepared.find((c) => startsWithWords(post, c.folded));
      if (!match) continue;
      const s = { ruleId: match.rule.id, groupId: match.rule.groupId, rank: match.rule.rank };
      if (!best || outranks(s, best, groupOrder)) best = s;
    }
    return best;
  };
}

/** The group and rank for one position, or null when no rule matches. */
export function suggestFromPosition(
  position: string,
  rules: readonly PositionRule[],
  groupOrder: ReadonlyMap<string, number>,
): RuleSuggestion | null {
  return compileRules(rules, groupOrder)(position);
}

function outranks(
  a: RuleSuggestion,
  b: RuleSuggestion,
  order: ReadonlyMap<string, number>,
): boolean {
  const ga = order.get(a.groupId) ?? Number.MAX_SAFE_INTEGER;
  const gb = order.get(b.groupId) ?? Number.MAX_SAFE_INTEGER;
  return ga !== gb ? ga < gb : a.rank < b.rank;
}
