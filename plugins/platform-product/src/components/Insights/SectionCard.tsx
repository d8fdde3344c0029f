import { ReactNode, useId } from 'react';
import { InfoCard } from '@backstage/core-components';

/**
 * An InfoCard that is a landmark region named by its title (a level-3 heading), so that
 * screen reader users jump between sections and its buttons can be found within it.
 */
export function SectionCard(props: {
  title: string;
  subheader?: string;
  action?: ReactNode;
  noPadding?: boolean;
  children: ReactNode;
}) {
  const { title, subheader, action, noPadding, children } = props;
  const id = useId();
  return (
    <section aria-labelledby={id} style={{ height: '100%' }}>
      <InfoCard
        title={title}
        subheader={subheader}
        action={action}
        noPadding={noPadding}
        variant="gridItem"
        headerProps={{
          titleTypographyProps: { id, role: 'heading', 'aria-level': 3 },
        }}
      >
        {children}
      </InfoCard>
    </section>
  );
}
