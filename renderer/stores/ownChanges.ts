/**
 * Tells the events our own writes cause from everyone else's, so a change this window has
 * already applied from the write's answer is not fetched a second time, while a change made in
 * another window (the room display, a second operator) still is.
 *
 * The core's events carry no origin, only "this meeting changed", so they are told apart by
 * counting: every write the core accepts sends exactly one event, and a write whose answer was
 * applied here earns one credit that the next event spends instead of a refetch.
 * - The event may arrive before the write's answer (over HTTP they travel on different
 *   connections), so events that arrive while a write is on its way are held until it is
 *   answered, then matched against the credits; any left over refetch.
 * - A credit may be spent on another window's event that happened to come first; our own event
 *   then still arrives later, finds no credit, and refetches, which brings both changes.
 * - A write that failed sends no event and earns no credit, so held events refetch.
 * - A credit not spent within `creditMs` is dropped, so an own event lost on the way (a broken
 *   connection) cannot swallow some later change made elsewhere. The default is generous because
 *   events are only read when the page's main thread is free: after re-rendering a long list it
 *   may be busy for seconds, and a credit that ran out meanwhile costs a needless refetch.
 */
export interface OwnChanges {
  /** Call just before sending a write; call what it returns once the write is answered. */
  begin(): (applied: boolean) => void;
  /** An event for this data arrived. */
  onEvent(): void;
}

export interface OwnChangesOptions {
  now?: () => number;
  creditMs?: number;
}

export function createOwnChanges(
  refresh: () => void,
  { now = () => Date.now(), creditMs = 10_000 }: OwnChangesOptions = {},
): OwnChanges {
  let inFlight = 0;
  let held = 0;
  let credits: number[] = []; // expiry times, oldest first

  const dropExpired = () => {
    const t = now();
    credits = credits.filter((expiry) => expiry > t);
  };

  const settle = () => {
    while (held > 0 && credits.length > 0) {
      held--;
      credits.shift();
    }
    if (inFlight === 0 && held > 0) {
      held = 0;
      refresh();
    }
  };

  return {
    begin() {
      inFlight++;
      let answered = false;
      return (applied) => {
        if (answered) return;
        answered = true;
        inFlight--;
        dropExpired();
        if (applied) credits.push(now() + creditMs);
        settle();
      };
    },
    onEvent() {
      dropExpired();
      if (credits.length > 0) credits.shift();
      else if (inFlight > 0) held++;
      else refresh();
    },
  };
}
