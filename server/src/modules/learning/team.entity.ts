import { Entity, Index, ManyToOne, Property, Unique, type Ref } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { Organisation } from '../organisation/organisation.entity';
import { User } from '../user/user.entity';

/**
 * A unit of the organisation whose people learn together. A cycle's scope names units as free text; a team is
 * its own record because people belong to it and its learning figures are kept per month.
 */
@ObjectType()
@Entity({ tableName: 'team' })
@Index({ properties: ['organisation', 'createdAt', 'id'] })
export class Team extends BaseEntity<'archivedAt'> {
  @ManyToOne(() => Organisation, { ref: true })
  organisation!: Ref<Organisation>;

  @Field()
  @Property({ type: 'text' })
  name!: string;

  @Field(() => Date, { nullable: true, description: 'When the team was archived; archived teams take no new members and no notes.' })
  @Property({ type: 'timestamptz', nullable: true })
  archivedAt: Date | null = null;
}

/** A person in a team; a person may be in several teams. A team lead leads the teams they are a member of. */
@Entity({ tableName: 'team_member' })
@Unique({ properties: ['team', 'person'] })
export class TeamMember extends BaseEntity {
  @ManyToOne(() => Team, { ref: true, deleteRule: 'cascade' })
  team!: Ref<Team>;

  @Index()
  @ManyToOne(() => User, { ref: true })
  person!: Ref<User>;
}
