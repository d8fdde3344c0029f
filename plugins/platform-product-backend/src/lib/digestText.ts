import { parseEntityRef } from '@backstage/catalog-model';
import {
  Digest,
  DigestChange,
  DigestRoadmapChange,
  RoadmapLane,
} from 'backstage-plugin-platform-product-common';

/**
 * The digest as the notification's plain-text description (what the email and Slack processors
 * deliver): one section per non-empty part, one line per item.
 */
export function describeDigest(
  digest: Digest,
  laneTitles: Record<RoadmapLane, string>,
): string {
  const sections: [string, string[]][] = [
    ['What changed in the tools your teams use', digest.changes.map(change)],
    [
      'Roadmap items you voted for',
      digest.roadmap.map(item => roadmapLine(item, laneTitles)),
    ],
    [
      'Surveys waiting for your answer',
      digest.surveys.map(
        s => `- ${s.title} (closes ${s.closesAt.slice(0, 10)})`,
      ),
    ],
    [
      'New champions of your teams',
      digest.champions.map(
        c => `- ${parseEntityRef(c.userRef).name} (${c.teamTitle})`,
      ),
    ],
  ];
  return sections
    .filter(([, lines]) => lines.length)
    .map(([title, lines]) => [`${title}:`, ...lines].join('\n'))
    .join('\n\n');
}

function change({ title, toolTitles, excerpt }: DigestChange): string {
  const head = `- ${title} (${toolTitles.join(', ')})`;
  const body = [
    excerpt.before && `Before: ${excerpt.before}`,
    excerpt.after && `After: ${excerpt.after}`,
    excerpt.text,
  ].filter(Boolean);
  return [head, ...body.map(line => `  ${line!.replace(/\n/g, '\n  ')}`)].join(
    '\n',
  );
}

function roadmapLine(
  item: DigestRoadmapChange,
  laneTitles: Record<RoadmapLane, string>,
): string {
  if (item.kind === 'shipped') return `- ${item.title}: shipped`;
  if (item.kind === 'killed') return `- ${item.title}: will not be done`;
  const lane = (l?: RoadmapLane) => (l ? laneTitles[l] : '?');
  return `- ${item.title}: moved from ${lane(item.fromLane)} to ${lane(
    item.toLane,
  )}`;
}
