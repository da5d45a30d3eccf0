import { AuthenticationError, type AuthChecker } from 'type-graphql';
import type { Context } from './context';

/**
 * Coarse gate for `@Authorized(...roles)`: signed in, and one of the roles if any are named.
 * Which organisation or cycle a user may touch is decided in the services, where the data is.
 */
export const authChecker: AuthChecker<Context> = ({ context }, roles) => {
  // Signed out is UNAUTHENTICATED even where roles are named (returning false there would say NOT_ALLOWED).
  if (!context.user) throw new AuthenticationError();
  return roles.length === 0 || roles.includes(context.user.role);
};
