import { Survey } from 'backstage-plugin-platform-product-common';
import { Translate } from '../../translation';

/** Who a survey asks: "All teams" or "3 teams". */
export function formatAudience(t: Translate, survey: Survey): string {
  const count = survey.teamRefs.length;
  return count === 0
    ? t('surveys.audience.all')
    : t('surveys.audience.teams', { count });
}
