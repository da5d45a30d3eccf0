import { Field, ID, ObjectType } from 'type-graphql';
import { Role } from './role';
import type { User } from './user.entity';

/** A person as others see them next to their work: a name and a role, no contact details. */
@ObjectType()
export class UserSummary {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => Role)
  role!: Role;
}

export function userSummary(user: User): UserSummary {
  return { id: user.id, name: user.name, role: user.role };
}
