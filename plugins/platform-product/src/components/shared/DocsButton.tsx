import { LinkButton } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { platformProductTranslationRef } from '../../translation';
import { docsUrl } from './docsUrl';

/** The action of a guided empty state: opens the page of the docs that says what to configure. */
export function DocsButton(props: { page: string; anchor?: string }) {
  const { t } = useTranslationRef(platformProductTranslationRef);
  return (
    <LinkButton
      variant="outlined"
      color="primary"
      to={docsUrl(props.page, props.anchor)}
    >
      {t('common.docsLink')}
    </LinkButton>
  );
}
