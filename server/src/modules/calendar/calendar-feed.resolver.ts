import { Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { CalendarFeedAddress, CalendarFeedStatus } from './calendar-feed.view';

/** Open to every signed-in user, each for their own feed only: there is no argument naming anyone else. */
@Resolver()
export class CalendarFeedResolver {
  @Authorized()
  @Query(() => CalendarFeedStatus, { nullable: true, description: 'Whether you have a calendar feed address, and since when; null when none.' })
  async calendarFeed(@Ctx() ctx: Context): Promise<CalendarFeedStatus | null> {
    const feed = await ctx.services.calendarFeeds.current(ctx.em, ctx.user!);
    return feed && { createdAt: feed.createdAt, locale: feed.locale };
  }

  @Authorized()
  @Mutation(() => CalendarFeedAddress, {
    description: 'Makes a new secret calendar feed address in your language (Accept-Language); a previous address stops working at once.',
  })
  async renewCalendarFeed(@Ctx() ctx: Context): Promise<CalendarFeedAddress> {
    const { url, feed } = await ctx.services.calendarFeeds.renew(ctx.em, ctx.user!, ctx.locale);
    return { url, createdAt: feed.createdAt };
  }

  @Authorized()
  @Mutation(() => Boolean, { description: 'Stops your calendar feed address; false when you had none.' })
  stopCalendarFeed(@Ctx() ctx: Context): Promise<boolean> {
    return ctx.services.calendarFeeds.stop(ctx.em, ctx.user!);
  }
}
