import { Field, ObjectType } from 'type-graphql';

@ObjectType({ description: 'Your calendar feed, without its address: that is shown only when it is made.' })
export class CalendarFeedStatus {
  @Field({ description: 'When the current address was made.' })
  createdAt!: Date;

  @Field({ description: 'The language of the events: the one you used when you made the address (nl or en).' })
  locale!: string;
}

@ObjectType({ description: 'A new calendar feed address. Keep it secret: whoever has it sees your audits and deadlines.' })
export class CalendarFeedAddress {
  @Field({ description: 'Subscribe to this address in your calendar program. It is shown only now.' })
  url!: string;

  @Field()
  createdAt!: Date;
}
