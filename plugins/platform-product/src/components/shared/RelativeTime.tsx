import { timeAgo } from './format';

/** "3 days ago" (never broken across lines), with the exact date and time on hover. */
export function RelativeTime(props: { date: string }) {
  return (
    <time
      dateTime={props.date}
      title={new Date(props.date).toLocaleString()}
      style={{ whiteSpace: 'nowrap' }}
    >
      {timeAgo(props.date)}
    </time>
  );
}
