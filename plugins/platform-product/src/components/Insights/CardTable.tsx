import { ReactNode, useEffect, useRef } from 'react';
import { TableProps } from '@backstage/core-components';
import { DataTable, TableRow } from '../shared/DataTable';

/** The card is the table's frame: no second paper inside it. */
function Frame(props: { style?: object; children?: ReactNode }) {
  return <div style={props.style}>{props.children}</div>;
}

/**
 * Backstage's `Table` inside a card (which gives the title and actions): no toolbar, no
 * paper of its own, and its `<table>` named `name`, which material-table leaves unnamed.
 */
export function CardTable<T extends TableRow>(
  props: TableProps<T> & { name: string; data: T[] },
) {
  const { name, options, ...tableProps } = props;
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.querySelector('table')?.setAttribute('aria-label', name);
  });
  return (
    <div ref={ref}>
      <DataTable<T>
        {...tableProps}
        title={name}
        options={{ toolbar: false, search: false, ...options }}
        components={{ Container: Frame }}
      />
    </div>
  );
}
