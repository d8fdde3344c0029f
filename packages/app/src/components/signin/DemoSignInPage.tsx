import { useState } from 'react';
import {
  Content,
  Header,
  InfoCard,
  Page,
  ProxiedSignInPage,
} from '@backstage/core-components';
import { IdentityApi, SignInPageProps } from '@backstage/core-plugin-api';
import {
  Button,
  Grid,
  List,
  ListItem,
  ListItemText,
  TextField,
} from '@material-ui/core';
import { personas } from './personas';

const STORAGE_KEY = 'northwind-portal.signed-in-as';
const GUEST = '(guest)';

/** Signs out of the chosen identity and forgets the choice, so the picker shows again. */
function forgetChoiceOnSignOut(identity: IdentityApi): IdentityApi {
  return {
    getProfileInfo: () => identity.getProfileInfo(),
    getBackstageIdentity: () => identity.getBackstageIdentity(),
    getCredentials: () => identity.getCredentials(),
    signOut: async () => {
      localStorage.removeItem(STORAGE_KEY);
      await identity.signOut();
    },
  };
}

/**
 * Local-development sign-in for the example portal: pick a person of the example company (the
 * backend's dev-only `demo` provider signs in as that catalog user) or continue as guest.
 */
export function DemoSignInPage(props: SignInPageProps) {
  const [chosen, setChosen] = useState(() => localStorage.getItem(STORAGE_KEY));
  const [typed, setTyped] = useState('');

  const choose = (name: string) => {
    localStorage.setItem(STORAGE_KEY, name);
    setChosen(name);
  };
  const onSignInSuccess = (identity: IdentityApi) =>
    props.onSignInSuccess(forgetChoiceOnSignOut(identity));
  const onError = () => {
    localStorage.removeItem(STORAGE_KEY);
    setChosen(null);
  };

  if (chosen === GUEST) {
    return (
      <ProxiedSignInPage
        {...props}
        onSignInSuccess={onSignInSuccess}
        provider="guest"
      />
    );
  }
  if (chosen) {
    return (
      <ProxiedSignInPage
        {...props}
        onSignInSuccess={onSignInSuccess}
        provider="demo"
        headers={{ 'x-demo-user': chosen }}
        ErrorComponent={({ error }) => (
          <Page themeId="home">
            <Header title="Sign-in failed" />
            <Content>
              <InfoCard title={error?.message ?? 'Unknown error'}>
                <Button variant="contained" color="primary" onClick={onError}>
                  Choose someone else
                </Button>
              </InfoCard>
            </Content>
          </Page>
        )}
      />
    );
  }
  return (
    <Page themeId="home">
      <Header
        title="Northwind Portal"
        subtitle="Example portal for Platform Product"
      />
      <Content>
        <Grid container spacing={3}>
          <Grid item xs={12} md={6}>
            <InfoCard title="Sign in as someone from the example company">
              <List>
                {personas.map(persona => (
                  <ListItem
                    key={persona.name}
                    button
                    onClick={() => choose(persona.name)}
                  >
                    <ListItemText
                      primary={persona.title}
                      secondary={persona.description}
                    />
                  </ListItem>
                ))}
                <ListItem button onClick={() => choose(GUEST)}>
                  <ListItemText
                    primary="Guest"
                    secondary="Not in the catalog: belongs to no team"
                  />
                </ListItem>
              </List>
            </InfoCard>
          </Grid>
          <Grid item xs={12} md={6}>
            <InfoCard title="Or anyone else">
              <form
                onSubmit={event => {
                  event.preventDefault();
                  if (typed.trim()) choose(typed.trim());
                }}
              >
                <TextField
                  id="demo-sign-in-user-name"
                  label="User name from the catalog"
                  placeholder="e.g. priya.shah"
                  value={typed}
                  onChange={event => setTyped(event.target.value)}
                  fullWidth
                  margin="normal"
                />
                <Button type="submit" variant="contained" color="primary">
                  Sign in
                </Button>
              </form>
            </InfoCard>
          </Grid>
        </Grid>
      </Content>
    </Page>
  );
}
