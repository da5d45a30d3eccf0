import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { CertifyingInstitution } from '../certifying-institution/certifying-institution.entity';
import { Organisation } from '../organisation/organisation.entity';
import { User } from './user.entity';

@Resolver(() => User)
export class UserResolver {
  @FieldResolver(() => Organisation, { nullable: true, description: 'Set when the user belongs to an organisation.' })
  organisation(@Root() user: User): Promise<Organisation> | null {
    return user.organisation ? user.organisation.load() as Promise<Organisation> : null;
  }

  @FieldResolver(() => CertifyingInstitution, { nullable: true })
  certifyingInstitution(@Root() user: User): Promise<CertifyingInstitution> | null {
    return user.certifyingInstitution ? user.certifyingInstitution.load() as Promise<CertifyingInstitution> : null;
  }

  /** Only the user's own e-mail is readable; others see it hidden. */
  @FieldResolver(() => String)
  email(@Root() user: User, @Ctx() ctx: Context): string {
    return ctx.user?.id === user.id ? user.email : '';
  }
}
