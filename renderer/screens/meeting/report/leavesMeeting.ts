/** A tab of the same meeting keeps the edit (the store holds it); anything else leaves it. */
export function leavesMeeting(meetingId: string, pathname: string): boolean {
  const base = `/meetings/${meetingId}`;
  return !(pathname === base || (pathname.startsWith(`${base}/`) && pathname !== `${base}/edit`));
}
