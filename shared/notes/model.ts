/**
 * What the operator writes down during a meeting. The kinds are the ones a Vietnamese summary
 * report has sections for: opinions raised, the chair's conclusions, the province's
 * recommendations and proposals, tasks assigned (with who and by when), and anything else.
 */
export const NOTE_KINDS = ['opinion', 'conclusion', 'recommendation', 'task', 'general'] as const;
export type NoteKind = (typeof NOTE_KINDS)[number];

/** Technical incidents of the connection, as an operator logs them. */
export const INCIDENT_KINDS = ['sound', 'picture', 'unstable', 'backup_line', 'other'] as const;
export type IncidentKind = (typeof INCIDENT_KINDS)[number];

/** A note's text is prose, not a document: about ten typed pages. */
export const MAX_NOTE_LENGTH = 20_000;
