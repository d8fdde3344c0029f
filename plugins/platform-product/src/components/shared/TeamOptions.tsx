import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { Team } from 'backstage-plugin-platform-product-common';
import { platformProductTranslationRef } from '../../translation';

/** The options of a native team select: the reader's own teams first, then the others. */
export function TeamOptions(props: {
  teams: Team[];
  yourTeamRefs: string[];
  /** Listed by its ref if it is not among `teams`, so that a preset team stays visible. */
  selectedRef?: string;
}) {
  const { teams, yourTeamRefs, selectedRef } = props;
  const { t } = useTranslationRef(platformProductTranslationRef);
  const options = (list: Team[]) =>
    list.map(team => (
      <option key={team.ref} value={team.ref}>
        {team.title}
      </option>
    ));
  const yours = teams.filter(team => yourTeamRefs.includes(team.ref));
  const others = teams.filter(team => !yourTeamRefs.includes(team.ref));
  const unknown = selectedRef && !teams.some(team => team.ref === selectedRef);
  return (
    <>
      {unknown && <option value={selectedRef}>{selectedRef}</option>}
      {yours.length > 0 && (
        <optgroup label={t('champions.teamOptions.yours')}>
          {options(yours)}
        </optgroup>
      )}
      <optgroup
        label={
          yours.length
            ? t('champions.teamOptions.others')
            : t('champions.teamOptions.all')
        }
      >
        {options(others)}
      </optgroup>
    </>
  );
}
