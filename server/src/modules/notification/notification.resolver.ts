import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { PageOf } from '../../common/pagination';
import type { Context } from '../../graphql/context';
import { MarkNotificationsReadInput } from './dto/mark-notifications-read.input';
import { NotificationsArgs } from './dto/notifications.args';
import { noticeText } from '../cycle/process-texts';
import { Notification } from './notification.entity';
import { categoryOf, NoticeCategory, topicOf } from './notice-category';

export const NotificationPage = PageOf(Notification, 'NotificationPage');

/** Open to every signed-in user: each sees and marks only their own notifications. */
@Resolver(() => Notification)
export class NotificationResolver {
  @Authorized()
  @Query(() => NotificationPage, { description: 'Your notifications, newest first.' })
  notifications(@Args() args: NotificationsArgs, @Ctx() ctx: Context) {
    return ctx.services.notifications.list(ctx.em, ctx.user!, { first: args.first, after: args.after, unreadOnly: args.unreadOnly ?? false, category: args.category });
  }

  @Authorized()
  @Query(() => Int, { description: 'How many of your notifications are unread.' })
  unreadNotificationCount(@Ctx() ctx: Context): Promise<number> {
    return ctx.services.notifications.unreadCount(ctx.em, ctx.user!);
  }

  @Authorized()
  @Mutation(() => Int, { description: 'Marks your notifications read; returns how many were unread. An id that is not one of yours is NOT_FOUND, and nothing is marked.' })
  markNotificationsRead(@Arg('input') input: MarkNotificationsReadInput, @Ctx() ctx: Context): Promise<number> {
    return ctx.services.notifications.markRead(ctx.em, ctx.user!, input.ids);
  }

  @FieldResolver(() => String, { description: "In the reader's language (Accept-Language: nl or en)." })
  title(@Root() notification: Notification, @Ctx() ctx: Context): string {
    return notification.message ? noticeText(notification.message, ctx.locale).title : notification.title;
  }

  @FieldResolver(() => String, { description: "In the reader's language; a person's own words (a reason, comments) as written." })
  body(@Root() notification: Notification, @Ctx() ctx: Context): string {
    return notification.message ? noticeText(notification.message, ctx.locale).body : notification.body;
  }

  @FieldResolver(() => NoticeCategory, { description: 'Whether it asks you to act, reports progress, or is about a deadline.' })
  category(@Root() notification: Notification): NoticeCategory {
    return categoryOf(notification.kind, notification.asksToAct);
  }

  @FieldResolver(() => String, {
    description: 'The occasion, the same for every cycle ("dates", "draft", "remind-SELF_EVALUATION", "respondent-invited"): which step it is about, so a link can lead to that step.',
  })
  topic(@Root() notification: Notification): string {
    return topicOf(notification.key);
  }

  @FieldResolver(() => ID, { nullable: true, description: 'The cycle it is about, if any.' })
  cycleId(@Root() notification: Notification): string | null {
    return notification.cycle?.id ?? null;
  }
}
