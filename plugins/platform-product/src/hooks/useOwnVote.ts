import { useState } from 'react';

interface Votable {
  voteCount: number;
  voted: boolean;
}

/**
 * An item as the reader's own vote left it, until a reload brings the item with other votes
 * than the ones the vote was cast on (someone else voted, or the reload includes this vote):
 * then the reloaded item wins. For cells that keep their vote out of the table's data.
 */
export function useOwnVote<T extends Votable>(
  item: T,
): [T, (voted: T) => void] {
  const votes = `${item.voteCount}/${item.voted}`;
  const [own, setOwn] = useState<{ on: string; item: T }>();
  return [
    own?.on === votes ? own.item : item,
    voted => setOwn({ on: votes, item: voted }),
  ];
}
