import { timeAgo } from './format';

/** "3 days ago", with the exact date and time on hover. */
export function RelativeTime(props: { date: string }) {
  return (
    <time dateTime={props.date} title={new Date(props.date).toLocaleString()}>
      {timeAgo(props.date)}
    </time>
  );
}
