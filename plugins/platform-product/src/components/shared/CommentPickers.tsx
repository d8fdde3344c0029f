import { useApi } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { platformProductApiRef } from '../../api';
import { platformProductTranslationRef } from '../../translation';
import { PickerOption, PickerProps, SearchPicker } from './SearchPicker';

/** A rating's or a survey answer's comment, or a survey, as a picker shows it. */
export type IdOption = PickerOption & { key: number };

/**
 * How many comments or surveys a picker reads (one page, the most the server gives): their
 * lists have no text search, so the picker filters that page by what is typed.
 */
const PAGE = 100;

/** The first `limit` of `items` whose text has `q` in it, whatever the case. */
function matching<T>(
  items: T[],
  text: (item: T) => string,
  q: string,
  limit: number,
) {
  const wanted = q.toLocaleLowerCase();
  return items
    .filter(item => text(item).toLocaleLowerCase().includes(wanted))
    .slice(0, limit);
}

/** Finds a comment of the tool's ratings by its text, most stars first. */
export function RatingCommentPicker(
  props: PickerProps<IdOption> & { toolRef: string },
) {
  const { toolRef, ...picker } = props;
  const api = useApi(platformProductApiRef);
  const { t } = useTranslationRef(platformProductTranslationRef);
  const search = async (q: string, limit: number) => {
    const { items } = await api.getRatingComments(toolRef, { limit: PAGE });
    return matching(items, c => c.comment, q, limit).map(c => ({
      key: c.commentId,
      title: c.comment,
      detail: t('roadmap.evidence.stars', { score: String(c.stars) }),
    }));
  };
  return <SearchPicker {...picker} search={search} />;
}

/** Finds a survey by its title, newest first. */
export function SurveyPicker(props: PickerProps<IdOption>) {
  const api = useApi(platformProductApiRef);
  const search = async (q: string, limit: number) => {
    const { items } = await api.listSurveys({ limit: PAGE });
    return matching(items, s => s.title, q, limit).map(s => ({
      key: s.id,
      title: s.title,
      detail: s.question,
    }));
  };
  return <SearchPicker {...props} search={search} />;
}

/** Finds a "why" of the survey's answers by its text. */
export function SurveyCommentPicker(
  props: PickerProps<IdOption> & { surveyId: number },
) {
  const { surveyId, ...picker } = props;
  const api = useApi(platformProductApiRef);
  const { t } = useTranslationRef(platformProductTranslationRef);
  const search = async (q: string, limit: number) => {
    const { items } = await api.getSurveyComments(surveyId, { limit: PAGE });
    return matching(items, c => c.reason, q, limit).map(c => ({
      key: c.commentId,
      title: c.reason,
      detail: t('roadmap.evidence.npsScore', { score: String(c.score) }),
    }));
  };
  return <SearchPicker {...picker} search={search} />;
}
