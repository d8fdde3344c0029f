import { ProxiedSignInPage } from '@backstage/core-components';
import { SignInPageProps } from '@backstage/core-plugin-api';

/**
 * Local-development sign-in: the backend's dev-only `demo` provider signs in as the catalog user
 * named by `?as=` (e.g. `/?as=sven.eriksen`), Alex Morgan of the example company by default.
 */
export function DemoSignInPage(props: SignInPageProps) {
  const userName =
    new URLSearchParams(window.location.search).get('as') ?? 'alex.morgan';
  return (
    <ProxiedSignInPage
      {...props}
      provider="demo"
      headers={{ 'x-demo-user': userName }}
    />
  );
}
