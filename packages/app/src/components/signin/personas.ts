/**
 * People of the example company (examples/org.yaml) offered on the sign-in page, so that one
 * can try the portal as a developer or as a maintainer of Platform Product.
 */
export const personas = [
  {
    name: 'alex.morgan',
    title: 'Alex Morgan',
    description: 'Developer in the Storefront team',
  },
  {
    name: 'liam.walsh',
    title: 'Liam Walsh',
    description: 'Developer in the Checkout team',
  },
  {
    name: 'sven.eriksen',
    title: 'Sven Eriksen',
    description: 'Platform team: maintainer of Platform Product',
  },
];
