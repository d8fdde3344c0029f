import { PropsWithChildren } from 'react';
import CategoryIcon from '@material-ui/icons/Category';
import { Sidebar, SidebarItem, SidebarPage } from '@backstage/core-components';
import { PlatformProductSidebarItem } from 'backstage-plugin-platform-product';

export const Root = ({ children }: PropsWithChildren<{}>) => (
  <SidebarPage>
    <Sidebar>
      <PlatformProductSidebarItem />
      <SidebarItem icon={CategoryIcon} to="catalog" text="Catalog" />
    </Sidebar>
    {children}
  </SidebarPage>
);
